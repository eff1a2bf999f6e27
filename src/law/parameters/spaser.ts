/** SPASER (L2111-3, D2111-3). */

import { ccp, source } from '../sources.js';
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
  'spaser.scope.allBuyers': def({
    key: 'spaser.scope.allBuyers',
    label: {
      fr: 'Le SPASER est dû par tout acheteur au-delà du seuil (et non plus seulement par les collectivités territoriales et les acheteurs dont le statut est fixé par la loi)',
      en: 'A SPASER is owed by every buyer above the threshold (no longer only by local authorities and buyers whose status is set by law)',
    },
    unit: 'boolean',
    basis: 'year',
    kind: 'law',
    values: [
      dv(
        false,
        '2015-01-01',
        '2023-10-24',
        [ccp('L2111-3')],
        'confirmed',
        'Before loi n° 2023-973: local authorities and buyers whose status is set by law (« dont le statut est fixé par la loi »).',
      ),
      dv(
        true,
        '2023-10-25',
        null,
        [
          ccp('L2111-3', 'loi n° 2023-973 (industrie verte)'),
          source(
            'Loi n° 2023-973 (industrie verte)',
            'modification de L2111-3',
            'https://www.legifrance.gouv.fr/search/all?query=loi%202023-973',
          ),
        ],
        'unconfirmed',
        'Extension to every buyer (the State included) confirmed; its entry-into-force date (taken as the day after publication in the JORF of 24 October 2023) was not read.',
      ),
    ],
  }),
  'spaser.indicators.period': def({
    key: 'spaser.indicators.period',
    label: {
      fr: 'Périodicité de publication des indicateurs du SPASER (taux réels d’achats socialement et écologiquement responsables)',
      en: 'Period of publication of the SPASER indicators (actual rates of socially and ecologically responsible purchases)',
    },
    unit: 'years',
    basis: 'year',
    kind: 'law',
    values: [
      dv(0, '2015-01-01', '2022-12-31', [ccp('L2111-3')], 'confirmed', 'No published indicators required before 1 January 2023.'),
      dv(2, '2023-01-01', null, [ccp('L2111-3', 'loi n° 2021-1104 art. 35'), ccp('D2111-3', 'décret n° 2022-767')]),
    ],
  }),
} as const satisfies Record<string, ParameterDefinition>;
