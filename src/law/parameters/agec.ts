/** AGEC art. 58 (loi n° 2020-105): minimum shares of goods from re-use or with recycled content, per product category. */

import { source } from '../sources.js';
import type { ParameterDefinition } from '../types.js';
import { def, dv } from './build.js';

const DECREE_2024_134 = source(
  'Décret',
  'n° 2024-134 du 21 février 2024, annexe (textiles hors EPI)',
  'https://www.legifrance.gouv.fr/search/all?query=d%C3%A9cret%202024-134',
);
const STEP_NOTE =
  'Value read in the decree’s 2024 / 2027 / 2030 trajectory; that the step starts on 1 January of that year is assumed (not read).';
const START_NOTE =
  'Décret n° 2024-134 applies from 1 July 2024; the textiles row of décret n° 2021-254 (before) was not read, so 2024 as a whole has no single value.';

/**
 * AGEC art. 58. Only the textiles row of the annex of décret n° 2024-134 was read; the other categories come from the
 * caller's rates file (see `parseAgecRates`), never from here.
 */
export const AGEC_PARAMETERS = {
  'agec.textiles.reuse.minShare': def({
    key: 'agec.textiles.reuse.minShare',
    label: {
      fr: 'AGEC — textiles (hors EPI) : part minimale de la dépense annuelle issue du réemploi ou de la réutilisation',
      en: 'AGEC — textiles (excluding PPE): minimum share of yearly spending from re-use or re-employment',
    },
    unit: 'share',
    basis: 'year',
    kind: 'law',
    values: [
      dv(0.08, '2024-07-01', '2026-12-31', [DECREE_2024_134], 'confirmed', START_NOTE),
      dv(0.15, '2027-01-01', '2029-12-31', [DECREE_2024_134], 'unconfirmed', STEP_NOTE),
      dv(0.15, '2030-01-01', null, [DECREE_2024_134], 'unconfirmed', STEP_NOTE),
    ],
  }),
  'agec.textiles.recycled.minShare': def({
    key: 'agec.textiles.recycled.minShare',
    label: {
      fr: 'AGEC — textiles (hors EPI) : part minimale de la dépense annuelle intégrant des matières recyclées',
      en: 'AGEC — textiles (excluding PPE): minimum share of yearly spending with recycled content',
    },
    unit: 'share',
    basis: 'year',
    kind: 'law',
    values: [
      dv(0.2, '2024-07-01', '2026-12-31', [DECREE_2024_134], 'confirmed', START_NOTE),
      dv(0.25, '2027-01-01', '2029-12-31', [DECREE_2024_134], 'unconfirmed', STEP_NOTE),
      dv(0.3, '2030-01-01', null, [DECREE_2024_134], 'unconfirmed', STEP_NOTE),
    ],
  }),
} as const satisfies Record<string, ParameterDefinition>;
