/** Price clauses (R2112-9 ff.) and the buyers' price-variation indicator. */

import { ccp, DECRET_2016_360_URL, OPH_SHEETS, source } from '../sources.js';
import type { ParameterDefinition } from '../types.js';
import { def, dv } from './build.js';

// Before the Code de la commande publique (1 April 2019), décret n° 2016-360 (in force from 1 April 2016) laid down the
// same price rules in its articles 18 and 19: firm price actualised when more than three months pass between the price
// date and the start of execution, on conditions three months before that start; revision clause for contracts over
// three months exposed to world-market prices. The history starts there, so that 2016-2019 records are judged too.
const decret2016 = source('Décret n° 2016-360', 'art. 18 et 19 (prix des marchés publics)', DECRET_2016_360_URL);
const BEFORE_CODE = 'Décret n° 2016-360 (1 April 2016 – 31 March 2019), same rule as the code since.';
const BEFORE_CODE_UNREAD =
  'Décret n° 2016-360 (1 April 2016 – 31 March 2019), same rule as the code since: given from the review of the texts then in force, the article of the décret was not read here.';

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
    values: [
      dv(3, '2016-04-01', '2019-03-31', [decret2016], 'unconfirmed', BEFORE_CODE_UNREAD),
      dv(3, '2019-04-01', null, [ccp('R2112-11')], 'confirmed', 'Strictly more than this delay.'),
    ],
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
    values: [
      dv(3, '2016-04-01', '2019-03-31', [decret2016], 'unconfirmed', BEFORE_CODE_UNREAD),
      dv(3, '2019-04-01', null, [ccp('R2112-11'), ccp('R2112-12')]),
    ],
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
      dv(3, '2016-04-01', '2019-03-31', [decret2016], 'confirmed', BEFORE_CODE),
      dv(3, '2019-04-01', null, [ccp('R2112-14')], 'confirmed', 'The period must exceed this value.'),
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
        '2016-04-01',
        null,
        [OPH_SHEETS, ccp('R2196-1', 'seuil des données essentielles')],
        'confirmed',
        'A buyers’ indicator, not a legal duty; strictly above the amount. The indicator names one amount and no date: it is applied to every record from the 2016 reform on, so that 2016-2019 contracts are counted too.',
      ),
    ],
  }),
} as const satisfies Record<string, ParameterDefinition>;
