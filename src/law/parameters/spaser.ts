/** SPASER (L2111-3, D2111-3). */

import { ccp } from '../sources.js';
import type { ParameterDefinition } from '../types.js';
import { def, dv } from './build.js';

/** SPASER (L2111-3, D2111-3). */
export const SPASER_PARAMETERS = {
  'spaser.threshold': def({
    key: 'spaser.threshold',
    label: {
      fr: 'Montant annuel d’achats au-delà duquel un SPASER est obligatoire',
      en: 'Annual purchases above which a SPASER is mandatory',
    },
    unit: 'EUR excl. tax',
    basis: 'year',
    kind: 'law',
    values: [
      dv(
        '100000000',
        '2015-01-01',
        '2022-12-31',
        [ccp('D2111-3')],
        'unconfirmed',
        'Value confirmed; start date (décret n° 2015-90) unconfirmed.',
      ),
      dv('50000000', '2023-01-01', null, [ccp('D2111-3', 'décret n° 2022-767 art. 1')]),
    ],
  }),
} as const satisfies Record<string, ParameterDefinition>;
