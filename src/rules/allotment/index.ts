import type { Rule } from '../rule.js';
import { notDividedJustificationRule } from './not-divided-justification.js';
import { smallLotsRule } from './small-lots.js';

/** The allotment rules (L2113-10, L2113-11, R2123-1 2°). */
export const ALLOTMENT_RULES: readonly Rule[] = [notDividedJustificationRule, smallLotsRule];
