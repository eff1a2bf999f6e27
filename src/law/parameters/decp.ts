/** Essential data (DECP, R2196-1). */

import { ccp } from '../sources.js';
import type { ParameterDefinition } from '../types.js';
import { def, dv } from './build.js';

/** Essential data (DECP, R2196-1). */
export const DECP_PARAMETERS = {
  'decp.threshold': def({
    key: 'decp.threshold',
    label: { fr: 'Seuil de publication des données essentielles', en: 'Essential-data publication threshold' },
    unit: 'EUR excl. tax',
    basis: 'notification',
    kind: 'law',
    values: [
      dv(
        '25000',
        '2019-04-01',
        '2019-12-31',
        [ccp('R2196-1')],
        'unconfirmed',
        'Aligned on the dispense threshold of the time (unconfirmed).',
      ),
      dv(
        '40000',
        '2020-01-01',
        '2023-12-31',
        [ccp('R2196-1', 'décret n° 2019-1344')],
        'unconfirmed',
        'Aligned on the dispense threshold of the time (unconfirmed).',
      ),
      dv(
        '40000',
        '2024-01-01',
        null,
        [ccp('R2196-1', 'arrêté du 22 décembre 2022')],
        'confirmed',
        'Published on data.gouv.fr since 1 January 2024.',
      ),
    ],
  }),
  'decp.publicationDelay': def({
    key: 'decp.publicationDelay',
    label: {
      fr: 'Délai de publication des données essentielles après la notification',
      en: 'Delay to publish the essential data after notification',
    },
    unit: 'months',
    basis: 'notification',
    kind: 'law',
    values: [
      dv(
        2,
        '2024-01-01',
        null,
        [ccp('R2196-1', 'arrêté du 22 décembre 2022')],
        'confirmed',
        'Within two months of notification, on the national open-data portal, for marchés of 40 000 € HT or more notified from 1 January 2024.',
      ),
    ],
  }),
} as const satisfies Record<string, ParameterDefinition>;
