import { INSERTION_RULES } from './insertion/index.js';
import { PRICE_RULES } from './price/index.js';
import type { Rule } from './rule.js';

/** Every rule clausier ships, in evaluation order. */
export const RULES: readonly Rule[] = [...PRICE_RULES, ...INSERTION_RULES];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The shipped rule with this id, or `undefined`. */
export const findRule = (id: string): Rule | undefined => BY_ID.get(id);
