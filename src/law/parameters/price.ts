/** Price clauses (R2112-9 ff.) and the buyers' price-variation indicator. */

import { ccp, OPH_SHEETS } from '../sources.js';
import type { ParameterDefinition } from '../types.js';
import { def, dv } from './build.js';

/** Price clauses (R2112-9 ff.) and the buyers' price-variation indicator. */
export const PRICE_PARAMETERS = {
  'price.actualisation.delay': def({
    key: 'price.actualisation.delay',
    label: {
      fr: 'Délai au-delà duquel le prix ferme doit être actualisé (date d’établissement du prix → début d’exécution)',
      en: 'Delay beyond which a firm price must be actualised (price date → start of execution)',
    },
    unit: 'months',
    basis: 'launch',
    kind: 'law',
    values: [dv(3, '2019-04-01', null, [ccp('R2112-11')])],
  }),
  'price.actualisation.referenceLag': def({
    key: 'price.actualisation.referenceLag',
    label: {
      fr: 'Date des conditions économiques de l’actualisation : mois avant le début d’exécution',
      en: 'Economic conditions used for actualisation: months before the start of execution',
    },
    unit: 'months',
    basis: 'launch',
    kind: 'law',
    values: [dv(3, '2019-04-01', null, [ccp('R2112-11'), ccp('R2112-12')])],
  }),
  'price.revision.worldMarket.minDuration': def({
    key: 'price.revision.worldMarket.minDuration',
    label: {
      fr: 'Durée d’exécution au-delà de laquelle l’exposition aux cours mondiaux impose un prix révisable',
      en: 'Execution period beyond which world-market exposure requires a revisable price',
    },
    unit: 'months',
    basis: 'launch',
    kind: 'law',
    values: [
      dv(3, '2019-04-01', null, [ccp('R2112-14')], 'confirmed', 'Same rule since décret n° 2016-360; the period must exceed this value.'),
    ],
  }),
  'indicator.priceVariation.minAmount': def({
    key: 'indicator.priceVariation.minAmount',
    label: {
      fr: 'Montant au-delà duquel l’indicateur des acheteurs attend une clause de variation de prix',
      en: 'Amount above which the buyers’ indicator expects a price-variation clause',
    },
    unit: 'EUR excl. tax',
    basis: 'notification',
    kind: 'practice',
    values: [
      dv(
        '40000',
        '2019-04-01',
        null,
        [OPH_SHEETS, ccp('R2196-1', 'seuil des données essentielles')],
        'confirmed',
        'A buyers’ indicator, not a legal duty; strictly above the amount.',
      ),
    ],
  }),
} as const satisfies Record<string, ParameterDefinition>;
