/** Advances (R2191-3 ff.). */

import { ccp } from '../sources.js';
import type { ParameterDefinition } from '../types.js';
import { def, dv } from './build.js';

/** Advances (R2191-3 ff.). */
export const ADVANCE_PARAMETERS = {
  'advance.mandatory.minAmount': def({
    key: 'advance.mandatory.minAmount',
    label: { fr: 'Montant au-delà duquel l’avance est obligatoire', en: 'Amount above which an advance is mandatory' },
    unit: 'EUR excl. tax',
    basis: 'launch',
    kind: 'law',
    values: [dv('50000', '2019-04-01', null, [ccp('R2191-3')], 'confirmed', 'Strictly above.')],
  }),
  'advance.mandatory.minDuration': def({
    key: 'advance.mandatory.minDuration',
    label: {
      fr: 'Durée d’exécution au-delà de laquelle l’avance est obligatoire',
      en: 'Execution period above which an advance is mandatory',
    },
    unit: 'months',
    basis: 'launch',
    kind: 'law',
    values: [dv(2, '2019-04-01', null, [ccp('R2191-3')], 'confirmed', 'Strictly above.')],
  }),
  'advance.rate.min': def({
    key: 'advance.rate.min',
    label: { fr: 'Taux minimal de l’avance', en: 'Minimum advance rate' },
    unit: 'share',
    basis: 'launch',
    kind: 'law',
    values: [dv(0.05, '2019-04-01', null, [ccp('R2191-7')], 'confirmed', 'Of the initial amount incl. tax; annualised beyond 12 months.')],
  }),
  'advance.rate.sme.state': def({
    key: 'advance.rate.sme.state',
    label: { fr: 'Taux minimal de l’avance versée à une PME par l’État', en: 'Minimum advance rate for an SME, State buyers' },
    unit: 'share',
    basis: 'launch',
    kind: 'law',
    values: [
      dv(0.2, '2019-04-01', '2022-12-31', [ccp('R2191-7', 'décret n° 2018-1225')], 'confirmed', 'Start date partly confirmed.'),
      dv(0.3, '2023-01-01', null, [ccp('R2191-7', 'décret n° 2022-1683')]),
    ],
  }),
  'advance.rate.sme.largeLocal': def({
    key: 'advance.rate.sme.largeLocal',
    label: {
      fr: 'Taux minimal de l’avance versée à une PME par les collectivités et EPA de plus de 60 M€ de dépenses de fonctionnement',
      en: 'Minimum advance rate for an SME, local authorities and administrative bodies with operating expenditure above 60 M€',
    },
    unit: 'share',
    basis: 'launch',
    kind: 'law',
    values: [
      dv(
        0.05,
        '2019-04-01',
        '2019-12-31',
        [ccp('R2191-7')],
        'unconfirmed',
        'Before décret n° 2019-1344 these buyers had no higher SME minimum (unconfirmed).',
      ),
      dv(0.1, '2020-01-01', null, [ccp('R2191-7', 'décret n° 2019-1344')]),
    ],
  }),
} as const satisfies Record<string, ParameterDefinition>;
