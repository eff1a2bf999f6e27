/** EU thresholds (annex 2 of the CCP), by category of buyer and nature. */

import { source } from '../sources.js';
import type { DatedValue, ParameterDefinition } from '../types.js';
import { def, dv } from './build.js';

const EU_2014_24 = 'https://eur-lex.europa.eu/eli/dir/2014/24/oj';
const euReg = (n: string) => source('Règlement délégué (UE)', n, EU_2014_24);

/**
 * EU thresholds have the same periods; this builds the five periods for one category. The history ends on
 * 31 December 2027: the Commission revises the thresholds every two years from 1 January, and the 2028-2029 values were
 * not published when these were checked. A lookup after 2027 answers « not yet published », never the last value.
 */
function euThreshold(values: [string, string, string, string, string], regs: [string, string, string, string]): DatedValue<string>[] {
  return [
    dv(
      values[0],
      '2018-01-01',
      '2019-12-31',
      [euReg('2017/2365')],
      'unconfirmed',
      '2018-2019 value not checked against Delegated Regulation (EU) 2017/2365; shown unconfirmed.',
    ),
    dv(values[1], '2020-01-01', '2021-12-31', [euReg(regs[0])], 'confirmed', 'Regulation number unconfirmed; value confirmed.'),
    dv(values[2], '2022-01-01', '2023-12-31', [euReg(regs[1])], 'confirmed', 'Regulation number unconfirmed; value confirmed.'),
    dv(values[3], '2024-01-01', '2025-12-31', [euReg(regs[2])]),
    dv(values[4], '2026-01-01', '2027-12-31', [euReg(regs[3])]),
  ];
}

/** EU thresholds (annex 2 of the CCP), by category of buyer and nature. */
export const EU_THRESHOLD_PARAMETERS = {
  'eu.suppliesServices.central': def({
    key: 'eu.suppliesServices.central',
    label: {
      fr: 'Seuil européen, fournitures et services, autorités publiques centrales',
      en: 'EU threshold, supplies and services, central government authorities',
    },
    unit: 'EUR excl. tax',
    basis: 'launch',
    kind: 'law',
    values: euThreshold(['144000', '139000', '140000', '143000', '140000'], ['2019/1828', '2021/1952', '2023/2495', '2025/2152']),
  }),
  'eu.suppliesServices.subCentral': def({
    key: 'eu.suppliesServices.subCentral',
    label: {
      fr: 'Seuil européen, fournitures et services, autres pouvoirs adjudicateurs',
      en: 'EU threshold, supplies and services, sub-central authorities',
    },
    unit: 'EUR excl. tax',
    basis: 'launch',
    kind: 'law',
    values: euThreshold(['221000', '214000', '215000', '221000', '216000'], ['2019/1828', '2021/1952', '2023/2495', '2025/2152']),
  }),
  'eu.suppliesServices.utilitiesDefence': def({
    key: 'eu.suppliesServices.utilitiesDefence',
    label: {
      fr: 'Seuil européen, fournitures et services, entités adjudicatrices et défense ou sécurité',
      en: 'EU threshold, supplies and services, utilities and defence or security',
    },
    unit: 'EUR excl. tax',
    basis: 'launch',
    kind: 'law',
    values: euThreshold(
      ['443000', '428000', '431000', '443000', '432000'],
      [
        '2019/1828 companions (Dir. 2014/25/UE, 2009/81/CE)',
        '2021/1952 companions (Dir. 2014/25/UE, 2009/81/CE)',
        '2023/2495 companions (Dir. 2014/25/UE, 2009/81/CE)',
        '2025/2150 and 2025/2487',
      ],
    ),
  }),
  'eu.worksConcessions': def({
    key: 'eu.worksConcessions',
    label: { fr: 'Seuil européen, travaux et concessions', en: 'EU threshold, works and concessions' },
    unit: 'EUR excl. tax',
    basis: 'launch',
    kind: 'law',
    values: euThreshold(
      ['5548000', '5350000', '5382000', '5538000', '5404000'],
      ['2019/1828', '2021/1952', '2023/2495', '2025/2152 and 2025/2151'],
    ),
  }),
  'eu.socialServices': def({
    key: 'eu.socialServices',
    label: {
      fr: 'Seuil européen, services sociaux et autres services spécifiques',
      en: 'EU threshold, social and other specific services',
    },
    unit: 'EUR excl. tax',
    basis: 'launch',
    kind: 'law',
    values: [
      dv(
        '750000',
        '2016-04-18',
        null,
        [source('Directive 2014/24/UE', 'art. 4 d)', EU_2014_24)],
        'confirmed',
        'Value confirmed for 2024-2027; start date unconfirmed.',
      ),
    ],
  }),
  'eu.socialServices.utilities': def({
    key: 'eu.socialServices.utilities',
    label: { fr: 'Seuil européen, services sociaux, entités adjudicatrices', en: 'EU threshold, social services, utilities' },
    unit: 'EUR excl. tax',
    basis: 'launch',
    kind: 'law',
    values: [
      dv(
        '1000000',
        '2016-04-18',
        null,
        [source('Directive 2014/25/UE', 'art. 15 c)', 'https://eur-lex.europa.eu/eli/dir/2014/25/oj')],
        'confirmed',
        'Value confirmed for 2024-2027; start date unconfirmed.',
      ),
    ],
  }),
} as const satisfies Record<string, ParameterDefinition>;
