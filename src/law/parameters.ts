/**
 * The dated parameter tree: every threshold, rate, duration and date the rules use.
 * Seeded from `shared/law/law-facts.md` §8. Values marked `unconfirmed` are shown as such to users.
 * Keys are dotted paths; the tree is kept flat so that a lookup is one property access.
 */
import { MEF_SUD_77, WEKA_INSERTION } from './insertion-sources.js';
import { ccp, cenv, LOI_CLIMAT_URL, OPH_SHEETS, source, FACT_SHEET_VERIFIED_ON as V } from './sources.js';
import type { Confidence, DatedValue, LegalSource, ParameterDefinition, ParameterValue } from './types.js';

const dv = <T extends ParameterValue>(
  value: T,
  from: string,
  to: string | null,
  sources: LegalSource[],
  confidence: Confidence = 'confirmed',
  note?: string,
): DatedValue<T> =>
  note === undefined
    ? { value, from, to, sources, confidence, verifiedOn: V }
    : { value, from, to, sources, confidence, verifiedOn: V, note };

const EU_2014_24 = 'https://eur-lex.europa.eu/eli/dir/2014/24/oj';
const euReg = (n: string) => source('Règlement délégué (UE)', n, EU_2014_24);
const CARRIED =
  'Carried forward: the 2028-2029 EU thresholds were not published when this value was checked; the Commission revises them every two years from 1 January.';

/** EU thresholds have the same periods; this builds the five periods for one category. */
function euThreshold(values: [string, string, string, string, string], regs: [string, string, string, string]): DatedValue<string>[] {
  return [
    dv(
      values[0],
      '2018-01-01',
      '2019-12-31',
      [euReg('2017/2365')],
      'unconfirmed',
      '2018-2019 value given from memory; not in the fact sheet.',
    ),
    dv(values[1], '2020-01-01', '2021-12-31', [euReg(regs[0])], 'confirmed', 'Regulation number unconfirmed; value confirmed.'),
    dv(values[2], '2022-01-01', '2023-12-31', [euReg(regs[1])], 'confirmed', 'Regulation number unconfirmed; value confirmed.'),
    dv(values[3], '2024-01-01', '2025-12-31', [euReg(regs[2])]),
    dv(values[4], '2026-01-01', '2027-12-31', [euReg(regs[3])]),
    dv(values[4], '2028-01-01', null, [euReg(regs[3])], 'unconfirmed', CARRIED),
  ];
}

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

const def = <T extends ParameterValue>(p: ParameterDefinition<T>): ParameterDefinition<T> => p;

const TREE = {
  // ——— Prices (R2112-9 ff.) ———
  'price.actualisation.delay': def({
    key: 'price.actualisation.delay',
    label: {
      fr: 'Délai au-delà duquel le prix ferme doit être actualisé (date d’établissement du prix → début d’exécution)',
      en: 'Delay beyond which a firm price must be actualised (price date → start of execution)',
    },
    unit: 'months',
    basis: 'launch',
    kind: 'law',
    values: [dv(3, '2019-04-01', null, [ccp('R2112-11')])],
  }),
  'price.actualisation.referenceLag': def({
    key: 'price.actualisation.referenceLag',
    label: {
      fr: 'Date des conditions économiques de l’actualisation : mois avant le début d’exécution',
      en: 'Economic conditions used for actualisation: months before the start of execution',
    },
    unit: 'months',
    basis: 'launch',
    kind: 'law',
    values: [dv(3, '2019-04-01', null, [ccp('R2112-11'), ccp('R2112-12')])],
  }),
  'price.revision.worldMarket.minDuration': def({
    key: 'price.revision.worldMarket.minDuration',
    label: {
      fr: 'Durée d’exécution au-delà de laquelle l’exposition aux cours mondiaux impose un prix révisable',
      en: 'Execution period beyond which world-market exposure requires a revisable price',
    },
    unit: 'months',
    basis: 'launch',
    kind: 'law',
    values: [
      dv(3, '2019-04-01', null, [ccp('R2112-14')], 'confirmed', 'Same rule since décret n° 2016-360; the period must exceed this value.'),
    ],
  }),
  'indicator.priceVariation.minAmount': def({
    key: 'indicator.priceVariation.minAmount',
    label: {
      fr: 'Montant au-delà duquel l’indicateur des acheteurs attend une clause de variation de prix',
      en: 'Amount above which the buyers’ indicator expects a price-variation clause',
    },
    unit: 'EUR excl. tax',
    basis: 'notification',
    kind: 'practice',
    values: [
      dv(
        '40000',
        '2019-04-01',
        null,
        [OPH_SHEETS, ccp('R2196-1', 'seuil des données essentielles')],
        'confirmed',
        'A buyers’ indicator, not a legal duty; strictly above the amount.',
      ),
    ],
  }),
  // ——— Thresholds of procedure ———
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
  // ——— EU thresholds (annex 2 of the CCP) ———
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
  // ——— Climat et Résilience (art. 35) ———
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
  // ——— SPASER ———
  'spaser.threshold': def({
    key: 'spaser.threshold',
    label: {
      fr: 'Montant annuel d’achats au-delà duquel un SPASER est obligatoire',
      en: 'Annual purchases above which a SPASER is mandatory',
    },
    unit: 'EUR excl. tax',
    basis: 'year',
    kind: 'law',
    values: [
      dv(
        '100000000',
        '2015-01-01',
        '2022-12-31',
        [ccp('D2111-3')],
        'unconfirmed',
        'Value confirmed; start date (décret n° 2015-90) unconfirmed.',
      ),
      dv('50000000', '2023-01-01', null, [ccp('D2111-3', 'décret n° 2022-767 art. 1')]),
    ],
  }),
  // ——— Advances (R2191-3 ff.) ———
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
  // ——— Reserved markets ———
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
  // ——— Other dated values of the fact sheet ———
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
  'decp.threshold': def({
    key: 'decp.threshold',
    label: { fr: 'Seuil de publication des données essentielles', en: 'Essential-data publication threshold' },
    unit: 'EUR excl. tax',
    basis: 'notification',
    kind: 'law',
    values: [
      dv(
        '25000',
        '2019-04-01',
        '2019-12-31',
        [ccp('R2196-1')],
        'unconfirmed',
        'Aligned on the dispense threshold of the time (unconfirmed).',
      ),
      dv(
        '40000',
        '2020-01-01',
        '2023-12-31',
        [ccp('R2196-1', 'décret n° 2019-1344')],
        'unconfirmed',
        'Aligned on the dispense threshold of the time (unconfirmed).',
      ),
      dv(
        '40000',
        '2024-01-01',
        null,
        [ccp('R2196-1', 'arrêté du 22 décembre 2022')],
        'confirmed',
        'Published on data.gouv.fr since 1 January 2024.',
      ),
    ],
  }),
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
  // ——— Insertion clauses: facilitator practice, not law (law-facts §4) ———
  'insertion.rate.typical': def({
    key: 'insertion.rate.typical',
    label: {
      fr: 'Taux d’insertion usuel : part des heures travaillées réservée à l’insertion (pratique des facilitateurs)',
      en: 'Usual insertion rate: share of the hours worked reserved for insertion (facilitator practice)',
    },
    unit: 'share',
    basis: 'launch',
    kind: 'practice',
    values: [
      dv(
        0.05,
        '2019-04-01',
        null,
        [WEKA_INSERTION, MEF_SUD_77, ccp('L2112-2')],
        'confirmed',
        'Practice, not law: usually 5–10 % of the hours worked, 5–20 % depending on the buyer and local capacity; the low end is kept, as the DAJ advises a modest requirement checked with the facilitator.',
      ),
    ],
  }),
  'insertion.hourlyCost.typical': def({
    key: 'insertion.hourlyCost.typical',
    label: {
      fr: 'Coût horaire moyen chargé de la main-d’œuvre retenu pour le calcul des heures (pratique des facilitateurs)',
      en: 'Average charged hourly labour cost used to compute the hours (facilitator practice)',
    },
    unit: 'EUR per hour',
    basis: 'launch',
    kind: 'practice',
    values: [
      dv(
        '30',
        '2019-04-01',
        null,
        [MEF_SUD_77],
        'confirmed',
        'Practice, not law: facilitators quote 25–30 € per hour, charged; the worked example uses 30 €/h. Not indexed over time.',
      ),
    ],
  }),
  'insertion.labourShare.works': def({
    key: 'insertion.labourShare.works',
    label: {
      fr: 'Part de main-d’œuvre usuelle d’un marché de travaux (pratique des facilitateurs)',
      en: 'Usual labour share of a works contract (facilitator practice)',
    },
    unit: 'share',
    basis: 'launch',
    kind: 'practice',
    values: [
      dv(
        0.5,
        '2019-04-01',
        null,
        [MEF_SUD_77],
        'unconfirmed',
        'Practice, not law: the value of a facilitator’s worked example (and of masonry lots), not a published average; lots range from ~20 % (steel frames) to ~70 % (interior painting). No sourced value for supplies or services.',
      ),
    ],
  }),
  'insertion.labourShare.works.interiorPainting': def({
    key: 'insertion.labourShare.works.interiorPainting',
    label: { fr: 'Part de main-d’œuvre usuelle d’un lot de peinture intérieure', en: 'Usual labour share of an interior-painting lot' },
    unit: 'share',
    basis: 'launch',
    kind: 'practice',
    values: [dv(0.7, '2019-04-01', null, [MEF_SUD_77], 'confirmed', 'Practice, not law: approximate value quoted by facilitators.')],
  }),
  'insertion.labourShare.works.masonry': def({
    key: 'insertion.labourShare.works.masonry',
    label: { fr: 'Part de main-d’œuvre usuelle d’un lot de maçonnerie', en: 'Usual labour share of a masonry lot' },
    unit: 'share',
    basis: 'launch',
    kind: 'practice',
    values: [dv(0.5, '2019-04-01', null, [MEF_SUD_77], 'confirmed', 'Practice, not law: approximate value quoted by facilitators.')],
  }),
  'insertion.labourShare.works.steelFrame': def({
    key: 'insertion.labourShare.works.steelFrame',
    label: { fr: 'Part de main-d’œuvre usuelle d’un lot de charpente métallique', en: 'Usual labour share of a steel-frame lot' },
    unit: 'share',
    basis: 'launch',
    kind: 'practice',
    values: [dv(0.2, '2019-04-01', null, [MEF_SUD_77], 'confirmed', 'Practice, not law: approximate value quoted by facilitators.')],
  }),
} as const satisfies Record<string, ParameterDefinition>;

/** The key of a known parameter. */
export type ParameterKey = keyof typeof TREE;

/** Every parameter clausier knows, by key. */
export const PARAMETERS: Readonly<Record<ParameterKey, ParameterDefinition>> = TREE;
