/** Loi Climat et Résilience (art. 35) and loi APER: dates from which the environmental and social duties bite. */
import { ccp, DECRET_2022_767_URL, LOI_CLIMAT_URL, source } from '../sources.js';
import type { ParameterDefinition } from '../types.js';
import { def, dv } from './build.js';

const climatLaw = (article: string) => source('Loi n° 2021-1104 (Climat et Résilience)', `art. 35 ${article}`, LOI_CLIMAT_URL);
const decret767 = (article: string) => source('Décret n° 2022-767', article, DECRET_2022_767_URL);

/** Loi Climat et Résilience (art. 35) and loi APER: dates from which the environmental and social duties bite. */
export const CLIMAT_PARAMETERS = {
  'climat.legislativeDate': def({
    key: 'climat.legislativeDate',
    label: {
      fr: 'Date d’application des obligations législatives de l’article 35 de la loi Climat et Résilience (consultations engagées à partir de cette date)',
      en: 'Date from which the legislative duties of article 35 of loi Climat et Résilience apply (consultations launched from that date)',
    },
    unit: 'date',
    basis: 'launch',
    kind: 'law',
    values: [
      dv(
        '2026-08-22',
        '2016-04-01',
        null,
        [climatLaw('IV'), ccp('L2112-2'), ccp('L2112-2-1'), ccp('L2152-7'), ccp('L3114-2'), ccp('L3114-2-1'), ccp('L3124-5')],
        'confirmed',
        'No decree set an earlier date for the legislative duties (environmental and social execution conditions, at least one environmental award criterion, and their concession twins): the five-year long-stop of art. 35 IV applies, and Légifrance shows the consolidated versions as « à venir, version du 22 août 2026 ». Applies to consultations engaged, or notices sent for publication, from that day. The value is the same whatever the launch date (history from the 2016 reform so that older records are compared with it).',
      ),
    ],
  }),
  'climat.regulatoryDate': def({
    key: 'climat.regulatoryDate',
    label: {
      fr: 'Date d’application des dispositions réglementaires du décret n° 2022-767 (R2152-7, R3124-4, R2362-13 ; consultations engagées à partir de cette date)',
      en: 'Date from which the regulatory provisions of décret n° 2022-767 apply (R2152-7, R3124-4, R2362-13; consultations launched from that date)',
    },
    unit: 'date',
    basis: 'launch',
    kind: 'law',
    values: [
      dv(
        '2026-08-21',
        '2016-04-01',
        null,
        [decret767('art. 11 (articles 2, 3, 5, 7 and 9)'), ccp('R2152-7'), ccp('R3124-4'), ccp('R2362-13')],
        'confirmed',
        'Décret n° 2022-767: its articles 2, 3, 5, 7 and 9 (R2152-7, R2162-57, R2362-13, R3124-4, R3131-3) apply to consultations engaged, or notices sent for publication, from 21 August 2026 — one day before the legislative duties. The value is the same whatever the launch date.',
      ),
    ],
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
