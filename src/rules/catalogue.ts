import { ADVANCE_RULES } from './advance/index.js';
import { ALLOTMENT_RULES } from './allotment/index.js';
import { ENVIRONMENT_RULES } from './environment/index.js';
import { INSERTION_RULES } from './insertion/index.js';
import { MATERIALS_RULES } from './materials/index.js';
import { PRICE_RULES } from './price/index.js';
import { RESERVED_RULES } from './reserved/index.js';
import type { Rule } from './rule.js';
import { SOCIAL_RULES } from './social/index.js';

/** Every rule clausier ships, in evaluation order. */
export const RULES: readonly Rule[] = [
  ...PRICE_RULES,
  ...ENVIRONMENT_RULES,
  ...SOCIAL_RULES,
  ...RESERVED_RULES,
  ...ADVANCE_RULES,
  ...ALLOTMENT_RULES,
  ...MATERIALS_RULES,
  ...INSERTION_RULES,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The shipped rule with this id, or `undefined`. */
export const findRule = (id: string): Rule | undefined => BY_ID.get(id);
