import type { Rule } from '../rule.js';
import { actualisationRule } from './actualisation.js';
import { revisionMajorHazardsRule } from './revision-major-hazards.js';
import { revisionWorldMarketRule } from './revision-world-market.js';
import { variationClauseIndicatorRule } from './variation-clause-indicator.js';

/** The price-variation rules (R2112-9 ff.) and the buyers' 40 000 € indicator. */
export const PRICE_RULES: readonly Rule[] = [
  actualisationRule,
  revisionWorldMarketRule,
  revisionMajorHazardsRule,
  variationClauseIndicatorRule,
];
