/** Reserved markets (L2113-12 ff., R2113-7, L2113-16). */

import { ccp } from '../sources.js';
import type { ParameterDefinition } from '../types.js';
import { def, dv } from './build.js';

/** Reserved markets (L2113-12 ff., R2113-7, L2113-16). */
export const RESERVED_PARAMETERS = {
  'reserved.disabledWorkers.minShare': def({
    key: 'reserved.disabledWorkers.minShare',
    label: {
      fr: 'Part minimale de travailleurs handicapés (marché réservé L2113-12)',
      en: 'Minimum share of disabled workers (reserved under L2113-12)',
    },
    unit: 'share',
    basis: 'launch',
    kind: 'law',
    values: [dv(0.5, '2019-04-01', null, [ccp('R2113-7')])],
  }),
  'reserved.disadvantagedWorkers.minShare': def({
    key: 'reserved.disadvantagedWorkers.minShare',
    label: {
      fr: 'Part minimale de travailleurs défavorisés (marché réservé L2113-13)',
      en: 'Minimum share of disadvantaged workers (reserved under L2113-13)',
    },
    unit: 'share',
    basis: 'launch',
    kind: 'law',
    values: [dv(0.5, '2019-04-01', null, [ccp('R2113-7')])],
  }),
  'reserved.detainees.minShare': def({
    key: 'reserved.detainees.minShare',
    label: {
      fr: 'Part minimale de personnes détenues (marché réservé L2113-13-1)',
      en: 'Minimum share of detainees (reserved under L2113-13-1)',
    },
    unit: 'share',
    basis: 'launch',
    kind: 'law',
    values: [
      dv(
        0.5,
        '2023-01-01',
        null,
        [ccp('L2113-13-1', 'décret n° 2022-1683')],
        'confirmed',
        'The R-article carrying the share is unconfirmed.',
      ),
    ],
  }),
  'reserved.ess.maxDuration': def({
    key: 'reserved.ess.maxDuration',
    label: { fr: 'Durée maximale d’un marché réservé à l’ESS', en: 'Maximum duration of a contract reserved to the social economy' },
    unit: 'years',
    basis: 'launch',
    kind: 'law',
    values: [
      dv(3, '2019-04-01', null, [ccp('L2113-16')], 'unconfirmed', 'Given from Directive 2014/24/UE art. 77; L2113-16 text not read.'),
    ],
  }),
  'reserved.ess.cooldown': def({
    key: 'reserved.ess.cooldown',
    label: {
      fr: 'Période sans nouvelle attribution réservée ESS au même titulaire',
      en: 'Period without a new social-economy reserved award to the same holder',
    },
    unit: 'years',
    basis: 'launch',
    kind: 'law',
    values: [
      dv(3, '2019-04-01', null, [ccp('L2113-16')], 'unconfirmed', 'Given from Directive 2014/24/UE art. 77; L2113-16 text not read.'),
    ],
  }),
} as const satisfies Record<string, ParameterDefinition>;
