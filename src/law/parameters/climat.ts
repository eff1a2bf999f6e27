/** Loi Climat et Résilience (art. 35) and loi APER: dates from which the environmental and social duties bite. */

import { ccp, LOI_CLIMAT_URL, source } from '../sources.js';
import type { Confidence, DatedValue, LegalSource, ParameterDefinition } from '../types.js';
import { def, dv } from './build.js';

const climatLaw = (article: string) => source('Loi n° 2021-1104 (Climat et Résilience)', `art. 35 (${article})`, LOI_CLIMAT_URL);
const CLIMAT_DATE_NOTE =
  'Décret n° 2022-767 sets 21 August 2026 for R2152-7 / R3124-4; the law’s long-stop is 22 August 2026 (Légifrance « à venir 22 août 2026 »). clausier applies the duty to consultations launched from 21 August 2026 included.';

/** Builds a duty switched on at the Climat et Résilience date for consultations launched from then. */
function climatDuty(sources: LegalSource[], confidence: Confidence): DatedValue<boolean>[] {
  return [
    dv(
      false,
      '2019-04-01',
      '2026-08-20',
      sources,
      'confirmed',
      'Before the Climat et Résilience date the consideration is optional (« peuvent »).',
    ),
    dv(true, '2026-08-21', null, [...sources, climatLaw('IV: entry into force')], confidence, CLIMAT_DATE_NOTE),
  ];
}

/** Loi Climat et Résilience (art. 35) and loi APER: dates from which the environmental and social duties bite. */
export const CLIMAT_PARAMETERS = {
  'climat.envExecutionCondition.mandatory': def({
    key: 'climat.envExecutionCondition.mandatory',
    label: { fr: 'Condition d’exécution environnementale obligatoire', en: 'Environmental execution condition mandatory' },
    unit: 'boolean',
    basis: 'launch',
    kind: 'law',
    values: climatDuty([ccp('L2112-2'), ccp('L3114-2')], 'confirmed'),
  }),
  'climat.envAwardCriterion.mandatory': def({
    key: 'climat.envAwardCriterion.mandatory',
    label: {
      fr: 'Critère d’attribution environnemental obligatoire (prix seul interdit)',
      en: 'Environmental award criterion mandatory (price-only award banned)',
    },
    unit: 'boolean',
    basis: 'launch',
    kind: 'law',
    values: climatDuty([ccp('L2152-7'), ccp('R2152-7', 'décret n° 2022-767 art. 2'), ccp('L3124-5'), ccp('R3124-4')], 'confirmed'),
  }),
  'climat.socialExecutionCondition.mandatoryAboveEu': def({
    key: 'climat.socialExecutionCondition.mandatoryAboveEu',
    label: {
      fr: 'Condition d’exécution sociale obligatoire au-dessus des seuils européens',
      en: 'Social execution condition mandatory above EU thresholds',
    },
    unit: 'boolean',
    basis: 'launch',
    kind: 'law',
    values: climatDuty([ccp('L2112-2-1')], 'unconfirmed'),
  }),
  'climat.renewableEnergy.envCriterion.mandatory': def({
    key: 'climat.renewableEnergy.envCriterion.mandatory',
    label: {
      fr: 'Critère environnemental obligatoire pour les installations d’énergie renouvelable',
      en: 'Environmental criterion mandatory for renewable-energy installations',
    },
    unit: 'boolean',
    basis: 'launch',
    kind: 'law',
    values: [
      dv(
        false,
        '2019-04-01',
        '2024-06-30',
        [source('Loi n° 2023-175 (APER)', 'article not read', 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047294244')],
        'confirmed',
      ),
      dv(
        true,
        '2024-07-01',
        null,
        [source('Loi n° 2023-175 (APER)', 'article not read', 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047294244')],
        'unconfirmed',
        'Confirmed by secondary sources; exact article of loi APER not read.',
      ),
    ],
  }),
} as const satisfies Record<string, ParameterDefinition>;
