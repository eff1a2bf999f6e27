import type { Rule } from '../rule.js';
import { socialExecutionConditionAboveEuRule } from './execution-condition-above-eu.js';

/** The social duty above EU thresholds (L2112-2-1). */
export const SOCIAL_RULES: readonly Rule[] = [socialExecutionConditionAboveEuRule];
