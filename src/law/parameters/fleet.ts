/** Clean vehicles in fleet renewals (C. env. L224-7 to L224-8-2, ordonnance n° 2021-1490). */

import { cenv } from '../sources.js';
import type { ParameterDefinition } from '../types.js';
import { def, dv } from './build.js';

const PARTLY =
  'Partly confirmed: value and date read in secondary sources; the split between L224-7 and L224-8-2 and any later amendment (e.g. a 2024-2025 fleet-greening law) were not read. Re-check on Légifrance.';

/** Minimum shares of low-emission vehicles among a buyer's yearly renewals of light vehicles. */
export const FLEET_PARAMETERS = {
  'fleet.minFleetSize': def({
    key: 'fleet.minFleetSize',
    label: {
      fr: 'Taille de flotte de véhicules légers au-delà de laquelle la part minimale de véhicules à faibles émissions s’applique',
      en: 'Size of a light-vehicle fleet above which the minimum share of low-emission vehicles applies',
    },
    unit: 'count',
    basis: 'year',
    kind: 'law',
    values: [
      dv(20, '2021-11-18', null, [cenv('L224-7', 'ordonnance n° 2021-1490')], 'unconfirmed', `Strictly more than this number. ${PARTLY}`),
    ],
  }),
  'fleet.state.lowEmission.minShare': def({
    key: 'fleet.state.lowEmission.minShare',
    label: {
      fr: 'État et ses établissements publics : part minimale de véhicules à faibles émissions dans les renouvellements',
      en: 'State and its public bodies: minimum share of low-emission vehicles in renewals',
    },
    unit: 'share',
    basis: 'year',
    kind: 'law',
    values: [
      dv(0.5, '2021-11-18', '2026-12-31', [cenv('L224-7', 'ordonnance n° 2021-1490')], 'unconfirmed', PARTLY),
      dv(0.7, '2027-01-01', null, [cenv('L224-7', 'ordonnance n° 2021-1490')], 'unconfirmed', PARTLY),
    ],
  }),
  'fleet.localAuthorities.lowEmission.minShare': def({
    key: 'fleet.localAuthorities.lowEmission.minShare',
    label: {
      fr: 'Collectivités territoriales et groupements : part minimale de véhicules à faibles émissions dans les renouvellements',
      en: 'Local authorities and groupings: minimum share of low-emission vehicles in renewals',
    },
    unit: 'share',
    basis: 'year',
    kind: 'law',
    values: [
      dv(
        0.3,
        '2021-07-01',
        '2024-12-31',
        [cenv('L224-8', 'ordonnance n° 2021-1490')],
        'unconfirmed',
        `30 % from 1 July 2021 under the earlier text, kept by ordonnance n° 2021-1490 (in force for local authorities on 1 July 2022). ${PARTLY}`,
      ),
      dv(0.4, '2025-01-01', '2029-12-31', [cenv('L224-8', 'ordonnance n° 2021-1490')], 'unconfirmed', PARTLY),
      dv(0.7, '2030-01-01', null, [cenv('L224-8', 'ordonnance n° 2021-1490')], 'unconfirmed', PARTLY),
    ],
  }),
  'fleet.otherBuyers.lowEmission.minShare': def({
    key: 'fleet.otherBuyers.lowEmission.minShare',
    label: {
      fr: 'Autres acheteurs : part minimale de véhicules à faibles émissions dans les renouvellements',
      en: 'Other buyers: minimum share of low-emission vehicles in renewals',
    },
    unit: 'share',
    basis: 'year',
    kind: 'law',
    values: [
      dv(
        0.4,
        '2022-01-01',
        null,
        [cenv('L224-7 à L224-8-2', 'ordonnance n° 2021-1490')],
        'unconfirmed',
        `Which buyers count as “other buyers” was not read in the text. ${PARTLY}`,
      ),
    ],
  }),
} as const satisfies Record<string, ParameterDefinition>;
