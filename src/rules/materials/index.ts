import type { Rule } from '../rule.js';
import { biobasedMaterialsRule } from './biobased.js';

/** The building-materials rule (C. env. L228-4). */
export const MATERIALS_RULES: readonly Rule[] = [biobasedMaterialsRule];
