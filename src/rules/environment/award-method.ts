import { ccp } from '../../law/sources.js';
import type { Contract } from '../../model/contract-schema.js';
import { fromClimatDate } from '../climat-scope.js';
import { formatDate } from '../format-parameter.js';
import { CONTRACTS_AND_CONCESSIONS, contradictory, fail, type Outcome, pass, type Rule, unknown, withNotes } from '../rule.js';
import { AWARD_FIELDS, environmentalCriterion, notesOf, PRICE_AND_ENVIRONMENT, priceAlone, withoutCompetition } from './award-facts.js';

const singleCost = (c: Contract): boolean => {
  const criteria = c.award?.criteria;
  return criteria !== undefined && criteria.length === 1 && criteria[0] === 'cost';
};

/**
 * R2152-7 (marchés), R3124-4 (concessions) and R2362-13 (defence), as amended by décret n° 2022-767, for consultations
 * launched from the regulatory date (21 August 2026): the single criterion of price is no longer allowed; a single
 * criterion must be the cost, taking the environmental characteristics of the offer into account; several criteria
 * include price or cost and at least one takes those characteristics into account. Concessions: several criteria, at
 * least one environmental.
 */
export const environmentalAwardMethodRule: Rule = {
  id: 'environment.award-method',
  family: 'environment',
  kind: 'law',
  title: {
    fr: 'Méthode d’attribution : plus de prix seul, critère environnemental (R2152-7, R3124-4)',
    en: 'Award method: no more price alone, an environmental criterion (R2152-7, R3124-4)',
  },
  description: {
    fr: 'Pour les consultations engagées (ou les avis envoyés) à partir du 21 août 2026, date d’application des articles 2, 3, 5, 7 et 9 du décret n° 2022-767 : un marché est attribué soit sur le critère unique du coût, déterminé selon une approche globale qui prend en compte les caractéristiques environnementales de l’offre, soit sur une pluralité de critères comprenant le prix ou le coût dont au moins un prend en compte ces caractéristiques ; le critère unique du prix n’est plus permis (R2152-7). Une concession est attribuée sur une pluralité de critères dont au moins un prend en compte les caractéristiques environnementales (R3124-4). Les marchés de défense ou de sécurité relèvent de R2362-13, modifié par le même décret, dont le texte n’a pas été lu : « inconnu ». Une consultation engagée le 21 août 2026 relève de cette règle mais pas encore de L2152-7 (règle environment.award-criterion). Les marchés passés sans publicité ni mise en concurrence sont tenus pour non concernés (interprétation non confirmée). Même précédence des données que environment.award-criterion.',
    en: 'For consultations launched (or notices sent) from 21 August 2026, the date articles 2, 3, 5, 7 and 9 of décret n° 2022-767 apply from: a public contract is awarded either on the single criterion of cost, determined by a global approach that takes the environmental characteristics of the offer into account, or on several criteria including price or cost, at least one of which takes those characteristics into account; the single criterion of price is no longer allowed (R2152-7). A concession is awarded on several criteria, at least one taking the environmental characteristics into account (R3124-4). Defence-or-security contracts fall under R2362-13, amended by the same décret, whose text was not read: “unknown”. A consultation launched on 21 August 2026 falls under this rule but not yet under L2152-7 (rule environment.award-criterion). Contracts awarded without publicity or competition are treated as out of scope (unconfirmed interpretation). Same data precedence as environment.award-criterion.',
  },
  legalBasis: [
    ccp('R2152-7', 'décret n° 2022-767 art. 2'),
    ccp('R3124-4', 'décret n° 2022-767 art. 7'),
    ccp('R2362-13', 'décret n° 2022-767'),
  ],
  scope: CONTRACTS_AND_CONCESSIONS,
  dateBasis: 'launch',
  parameters: ['climat.regulatoryDate'],
  fields: AWARD_FIELDS,
  examples: [
    {
      title: 'Supplies awarded on price alone, consultation launched on 21 August 2026',
      contract: {
        id: 'ex-env-method-fail',
        kind: 'contract',
        nature: 'supplies',
        procedure: 'open',
        dates: { consultationLaunch: '2026-08-21' },
        award: { priceOnly: true, criteria: ['price'] },
      },
      expected: 'fail',
    },
    {
      title: 'Same contract launched on 20 August 2026',
      contract: {
        id: 'ex-env-method-na',
        kind: 'contract',
        nature: 'supplies',
        procedure: 'open',
        dates: { consultationLaunch: '2026-08-20' },
        award: { priceOnly: true, criteria: ['price'] },
      },
      expected: 'not-applicable',
    },
    {
      title: 'Single criterion of life-cycle cost taking the environmental characteristics into account (R2152-7 1°)',
      contract: {
        id: 'ex-env-method-cost',
        kind: 'contract',
        nature: 'supplies',
        procedure: 'open',
        dates: { consultationLaunch: '2026-09-01' },
        award: { criteria: ['cost'] },
        environmental: { awardCriterion: true },
      },
      expected: 'pass',
    },
    {
      title: 'Concession awarded on a single criterion (R3124-4 requires several)',
      contract: {
        id: 'ex-env-method-concession',
        kind: 'concession',
        dates: { consultationLaunch: '2026-09-01' },
        award: { criteria: ['environmental'] },
      },
      expected: 'fail',
    },
  ],
  applies(c, ctx) {
    const noCompetition = withoutCompetition(c);
    if (noCompetition) return noCompetition;
    const concession = c.kind === 'concession';
    const defence = c.buyer?.defenceOrSecurity === true;
    const applies = fromClimatDate(c, ctx, 'climat.regulatoryDate', {
      fr: 'le critère d’attribution environnemental',
      en: 'the environmental award criterion',
      article: concession ? 'R3124-4' : defence ? 'R2362-13' : 'R2152-7',
    });
    if (applies !== true || !defence || concession) return applies;
    return {
      status: 'unknown',
      missing: [],
      reason: 'unconfirmed-law',
      message: {
        fr: 'Marché de défense ou de sécurité : R2362-13, modifié par le décret n° 2022-767 à compter de la même date, n’a pas été lu ; pas de verdict.',
        en: 'Defence-or-security contract: R2362-13, amended by décret n° 2022-767 from the same date, was not read; no verdict.',
      },
    };
  },
  check(c, ctx): Outcome {
    const concession = c.kind === 'concession';
    const article = concession ? 'R3124-4' : 'R2152-7';
    const date = formatDate(ctx.param('climat.regulatoryDate') as string, 'fr');
    const dateEn = formatDate(ctx.param('climat.regulatoryDate') as string, 'en');
    const env = environmentalCriterion(c);
    const alone = priceAlone(c);
    const notes = notesOf(env, alone);
    if (alone.value === true && env.value === true) return contradictory(['award.criteria'], [...(notes ?? []), PRICE_AND_ENVIRONMENT]);
    if (alone.value === true) {
      return withNotes(
        fail(
          `Attribution sur le seul critère du prix : plus permise pour les consultations engagées à partir du ${date} (${article}).`,
          `Award on the single criterion of price: no longer allowed for consultations launched from ${dateEn} (${article}).`,
        ),
        notes,
      );
    }
    if (concession && c.award?.criteria?.length === 1) {
      return withNotes(
        fail(
          `Concession attribuée sur un critère unique : R3124-4 exige une pluralité de critères, dont au moins un environnemental, pour les consultations engagées à partir du ${date}.`,
          `Concession awarded on a single criterion: R3124-4 requires several criteria, at least one environmental, for consultations launched from ${dateEn}.`,
        ),
        notes,
      );
    }
    const cost = !concession && singleCost(c);
    if (env.value === true) {
      return withNotes(
        cost
          ? pass(
              'Critère unique du coût prenant en compte les caractéristiques environnementales de l’offre (R2152-7 1°).',
              'Single criterion of cost taking the environmental characteristics of the offer into account (R2152-7 1°).',
            )
          : pass(
              'Au moins un critère d’attribution prend en compte les caractéristiques environnementales de l’offre.',
              'At least one award criterion takes the environmental characteristics of the offer into account.',
            ),
        notes,
      );
    }
    if (env.value === false) {
      return withNotes(
        cost
          ? fail(
              `Critère unique du coût sans prise en compte des caractéristiques environnementales de l’offre : exigée pour les consultations engagées à partir du ${date} (R2152-7 1°).`,
              `Single criterion of cost without the environmental characteristics of the offer: required for consultations launched from ${dateEn} (R2152-7 1°).`,
            )
          : fail(
              `Aucun critère d’attribution ne prend en compte les caractéristiques environnementales de l’offre : au moins un est exigé pour les consultations engagées à partir du ${date} (${article}).`,
              `No award criterion takes the environmental characteristics of the offer into account: at least one is required for consultations launched from ${dateEn} (${article}).`,
            ),
        notes,
      );
    }
    if (env.note !== undefined) return contradictory(['environmental.awardCriterion'], notes ?? [env.note]);
    return withNotes(unknown('environmental.awardCriterion'), notes);
  },
};
