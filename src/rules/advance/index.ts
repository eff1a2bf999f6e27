import type { Rule } from '../rule.js';
import { advanceMandatoryRule } from './mandatory.js';
import { advanceMinimumRateRule } from './minimum-rate.js';

/** The advance rules (R2191-3, R2191-7). */
export const ADVANCE_RULES: readonly Rule[] = [advanceMandatoryRule, advanceMinimumRateRule];
