/** Selection of candidates and SME access (R2142-7, R2171-23). */

import { ccp } from '../sources.js';
import type { ParameterDefinition } from '../types.js';
import { def, dv } from './build.js';

/** Selection of candidates and SME access (R2142-7, R2171-23). */
export const CANDIDATES_PARAMETERS = {
  'capacity.turnover.maxMultiple': def({
    key: 'capacity.turnover.maxMultiple',
    label: {
      fr: 'Chiffre d’affaires minimal exigible, en multiple de la valeur estimée',
      en: 'Maximum minimum-turnover requirement, as a multiple of the estimated value',
    },
    unit: 'share',
    basis: 'launch',
    kind: 'law',
    values: [dv(2, '2019-04-01', '2025-12-31', [ccp('R2142-7')]), dv(1.5, '2026-01-01', null, [ccp('R2142-7', 'décret n° 2025-1383')])],
  }),
  'sme.globalContracts.minShare': def({
    key: 'sme.globalContracts.minShare',
    label: {
      fr: 'Part minimale confiée à des PME dans les marchés globaux et de partenariat',
      en: 'Minimum share entrusted to SMEs in global and partnership contracts',
    },
    unit: 'share',
    basis: 'launch',
    kind: 'law',
    values: [
      dv(0.1, '2019-04-01', '2024-12-31', [ccp('R2171-23')], 'unconfirmed', 'Article number unconfirmed.'),
      dv(0.2, '2025-01-01', null, [ccp('R2171-23', 'décret n° 2024-1251')], 'unconfirmed', 'Value confirmed; article number unconfirmed.'),
    ],
  }),
} as const satisfies Record<string, ParameterDefinition>;
