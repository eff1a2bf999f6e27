/** Thresholds of procedure: dispense of publicity (R2122-8), free online documents (R2132-2), small lots (R2123-1 2°). */

import { ccp, source } from '../sources.js';
import type { ParameterDefinition } from '../types.js';
import { def, dv } from './build.js';

/** Thresholds of procedure: dispense of publicity (R2122-8), free online documents (R2132-2), small lots (R2123-1 2°). */
export const PROCEDURE_PARAMETERS = {
  'dispense.suppliesServices': def({
    key: 'dispense.suppliesServices',
    label: {
      fr: 'Seuil de dispense de publicité et de mise en concurrence (fournitures et services)',
      en: 'No-publicity, no-competition threshold (supplies and services)',
    },
    unit: 'EUR excl. tax',
    basis: 'launch',
    kind: 'law',
    values: [
      dv(
        '25000',
        '2015-10-01',
        '2019-12-31',
        [source('Décret', 'n° 2015-1163', 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000031187487')],
        'confirmed',
      ),
      dv('40000', '2020-01-01', '2026-03-31', [ccp('R2122-8', 'décret n° 2019-1344')]),
      dv('60000', '2026-04-01', null, [ccp('R2122-8', 'décret n° 2025-1386')]),
    ],
  }),
  'dispense.works': def({
    key: 'dispense.works',
    label: {
      fr: 'Seuil de dispense de publicité et de mise en concurrence (travaux)',
      en: 'No-publicity, no-competition threshold (works)',
    },
    unit: 'EUR excl. tax',
    basis: 'launch',
    kind: 'law',
    values: [
      dv('25000', '2015-10-01', '2019-12-31', [
        source('Décret', 'n° 2015-1163', 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000031187487'),
      ]),
      dv('40000', '2020-01-01', '2020-07-23', [ccp('R2122-8', 'décret n° 2019-1344')], 'unconfirmed', 'End date unconfirmed.'),
      dv(
        '70000',
        '2020-07-24',
        '2020-12-08',
        [ccp('R2122-8', 'décret n° 2020-893')],
        'unconfirmed',
        'Temporary; start and end dates unconfirmed.',
      ),
      dv(
        '100000',
        '2020-12-09',
        '2022-12-31',
        [source('Loi n° 2020-1525 (ASAP)', 'art. 142', 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000042619877')],
        'unconfirmed',
        'Temporary; start date unconfirmed.',
      ),
      dv('100000', '2023-01-01', '2024-12-31', [ccp('R2122-8', 'décret n° 2022-1683 art. 6')], 'confirmed', 'Temporary.'),
      dv('100000', '2025-01-01', '2025-12-31', [ccp('R2122-8', 'décret n° 2024-1217')], 'confirmed', 'Temporary.'),
      dv('100000', '2026-01-01', null, [ccp('R2122-8', 'décret n° 2025-1386')]),
    ],
  }),
  'dispense.innovative': def({
    key: 'dispense.innovative',
    label: { fr: 'Seuil de dispense pour les achats innovants', en: 'No-publicity threshold for innovative purchases' },
    unit: 'EUR excl. tax',
    basis: 'launch',
    kind: 'law',
    values: [
      dv(
        '100000',
        '2018-12-25',
        null,
        [ccp('R2122-9-1', 'décret n° 2021-1634')],
        'confirmed',
        'A raise to 140 000 € HT was proposed in 2025 and appears not adopted (unconfirmed).',
      ),
    ],
  }),
  'freeOnlineDocuments.minAmount': def({
    key: 'freeOnlineDocuments.minAmount',
    label: {
      fr: 'Montant à partir duquel les documents de la consultation sont gratuits en ligne',
      en: 'Amount from which consultation documents must be free online',
    },
    unit: 'EUR excl. tax',
    basis: 'launch',
    kind: 'law',
    values: [
      dv('40000', '2020-01-01', '2026-03-31', [ccp('R2132-2')], 'unconfirmed', 'Start date partly confirmed.'),
      dv('60000', '2026-04-01', null, [ccp('R2132-2', 'décret n° 2025-1386')]),
    ],
  }),
  'smallLots.suppliesServices.max': def({
    key: 'smallLots.suppliesServices.max',
    label: {
      fr: 'Montant maximal d’un « petit lot » de fournitures ou services (MAPA)',
      en: 'Maximum value of a “small lot” of supplies or services (adapted procedure)',
    },
    unit: 'EUR excl. tax',
    basis: 'launch',
    kind: 'law',
    values: [dv('80000', '2019-04-01', null, [ccp('R2123-1', '2° a')])],
  }),
  'smallLots.works.max': def({
    key: 'smallLots.works.max',
    label: {
      fr: 'Montant maximal d’un « petit lot » de travaux (MAPA)',
      en: 'Maximum value of a “small lot” of works (adapted procedure)',
    },
    unit: 'EUR excl. tax',
    basis: 'launch',
    kind: 'law',
    values: [dv('1000000', '2019-04-01', null, [ccp('R2123-1', '2° a')])],
  }),
  'smallLots.cumulativeShare.max': def({
    key: 'smallLots.cumulativeShare.max',
    label: {
      fr: 'Part maximale cumulée des « petits lots » dans la valeur de tous les lots',
      en: 'Maximum cumulative share of “small lots” in the value of all lots',
    },
    unit: 'share',
    basis: 'launch',
    kind: 'law',
    values: [dv(0.2, '2019-04-01', null, [ccp('R2123-1', '2° b')])],
  }),
} as const satisfies Record<string, ParameterDefinition>;
