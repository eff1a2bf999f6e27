/** Building materials (C. env. L228-4). */

import { cenv } from '../sources.js';
import type { ParameterDefinition } from '../types.js';
import { def, dv } from './build.js';

/** Building materials (C. env. L228-4). */
export const MATERIALS_PARAMETERS = {
  'biobased.minShare': def({
    key: 'biobased.minShare',
    label: {
      fr: 'Part minimale des rénovations lourdes et constructions utilisant des matériaux biosourcés ou bas-carbone',
      en: 'Minimum share of heavy renovations and constructions using bio-based or low-carbon materials',
    },
    unit: 'share',
    basis: 'launch',
    kind: 'law',
    values: [
      dv(0, '2019-04-01', '2029-12-31', [cenv('L228-4')], 'confirmed', 'No minimum share before 2030.'),
      dv(
        0.25,
        '2030-01-01',
        null,
        [cenv('L228-4', 'loi n° 2021-1104 art. 39')],
        'confirmed',
        'Value and date confirmed; the implementing decree (scope) was not found.',
      ),
    ],
  }),
} as const satisfies Record<string, ParameterDefinition>;
