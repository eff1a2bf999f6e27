import { ADVANCE_BUYERS } from '../../law/buyer-scopes.js';
import type { RuleScope } from '../rule.js';

/** Advances (R2191-3 ff.): marchés publics of the buyers of L2191-1, offices publics de l'habitat excepted (R2191-1). */
export const ADVANCE_SCOPE: RuleScope = Object.freeze({ contracts: Object.freeze(['contract'] as const), buyers: ADVANCE_BUYERS });
