import type { Rule } from '../rule.js';
import { environmentalAwardCriterionRule } from './award-criterion.js';
import { environmentalExecutionConditionRule } from './execution-condition.js';

/** The environmental duties of loi Climat et Résilience art. 35 (L2112-2, L3114-2, L2152-7, R2152-7, L3124-5, R3124-4). */
export const ENVIRONMENT_RULES: readonly Rule[] = [environmentalExecutionConditionRule, environmentalAwardCriterionRule];
