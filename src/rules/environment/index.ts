import type { Rule } from '../rule.js';
import { environmentalAwardCriterionRule } from './award-criterion.js';
import { environmentalAwardMethodRule } from './award-method.js';
import { environmentalExecutionConditionRule } from './execution-condition.js';

/**
 * The environmental duties of loi Climat et Résilience art. 35: legislative (L2112-2, L3114-2, L2152-7, L3124-5, from
 * 22 August 2026) and regulatory (R2152-7, R3124-4, R2362-13 of décret n° 2022-767, from 21 August 2026).
 */
export const ENVIRONMENT_RULES: readonly Rule[] = [
  environmentalExecutionConditionRule,
  environmentalAwardCriterionRule,
  environmentalAwardMethodRule,
];
