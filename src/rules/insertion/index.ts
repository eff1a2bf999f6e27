import type { Rule } from '../rule.js';
import { insertionClauseHoursRule } from './clause-hours.js';

/** The insertion-clause rules (facilitator practice on insertion hours). */
export const INSERTION_RULES: readonly Rule[] = [insertionClauseHoursRule];
