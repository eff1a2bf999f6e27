/** EGalim: public collective catering (Code rural L230-5-1, R230-30-1). */

import { source } from '../sources.js';
import type { ParameterDefinition } from '../types.js';
import { def, dv } from './build.js';

const CODE_RURAL_URL = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006071367';
const rural = (article: string, text?: string) => source('Code rural et de la pêche maritime', article, CODE_RURAL_URL, text);
const EGALIM_LAW = rural('L230-5-1', 'loi n° 2018-938 (EGalim)');
const NONE_BEFORE_2022 = 'L230-5-1 (loi n° 2018-938) sets the shares from 1 January 2022: no minimum before.';

/** EGalim minimum shares, per restaurant and calendar year, of the food purchases excluding tax. */
export const EGALIM_PARAMETERS = {
  'egalim.sustainableQuality.minShare': def({
    key: 'egalim.sustainableQuality.minShare',
    label: {
      fr: 'EGalim — part minimale de produits durables et de qualité dans les achats de denrées (par restaurant et année)',
      en: 'EGalim — minimum share of sustainable and quality products in food purchases (per restaurant and year)',
    },
    unit: 'share',
    basis: 'year',
    kind: 'law',
    values: [
      dv(0, '2018-11-02', '2021-12-31', [EGALIM_LAW], 'confirmed', NONE_BEFORE_2022),
      dv(0.5, '2022-01-01', null, [EGALIM_LAW, rural('R230-30-1')]),
    ],
  }),
  'egalim.organic.minShare': def({
    key: 'egalim.organic.minShare',
    label: {
      fr: 'EGalim — part minimale de produits biologiques (ou en conversion) dans les achats de denrées',
      en: 'EGalim — minimum share of organic products (or in conversion) in food purchases',
    },
    unit: 'share',
    basis: 'year',
    kind: 'law',
    values: [
      dv(0, '2018-11-02', '2021-12-31', [EGALIM_LAW], 'confirmed', NONE_BEFORE_2022),
      dv(0.2, '2022-01-01', null, [EGALIM_LAW, rural('R230-30-1')]),
    ],
  }),
  'egalim.meatFish.sustainableQuality.minShare': def({
    key: 'egalim.meatFish.sustainableQuality.minShare',
    label: {
      fr: 'EGalim — part minimale de produits durables et de qualité dans les achats de viandes et poissons',
      en: 'EGalim — minimum share of sustainable and quality products in meat and fish purchases',
    },
    unit: 'share',
    basis: 'year',
    kind: 'law',
    values: [
      dv(
        0,
        '2018-11-02',
        '2023-12-31',
        [EGALIM_LAW],
        'confirmed',
        'No meat-and-fish share before 1 January 2024 (added by loi n° 2021-1104).',
      ),
      dv(0.6, '2024-01-01', null, [rural('L230-5-1', 'loi n° 2021-1104 (Climat et Résilience)')]),
    ],
  }),
} as const satisfies Record<string, ParameterDefinition>;
