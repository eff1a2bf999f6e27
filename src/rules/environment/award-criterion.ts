import { ccp } from '../../law/sources.js';
import type { Contract } from '../../model/contract-schema.js';
import { CLIMAT_DATE_CHOICE, defenceOutOfScope, launchedBeforeClimat } from '../climat-scope.js';
import { CONTRACTS_AND_CONCESSIONS, fail, notApplicable, pass, type Rule, unknown } from '../rule.js';

/** Whether at least one award criterion is environmental: the explicit flag first, then the list of criteria. */
function environmentalCriterion(c: Contract): boolean | undefined {
  const flag = c.environmental?.awardCriterion;
  if (flag !== undefined) return flag;
  const criteria = c.award?.criteria;
  return criteria === undefined ? undefined : criteria.includes('environmental');
}

/** True when the offers are compared on price alone, by flag or because price is the only criterion listed. */
function priceOnly(c: Contract): boolean {
  if (c.award?.priceOnly === true) return true;
  const criteria = c.award?.criteria;
  return criteria !== undefined && criteria.length > 0 && criteria.every((k) => k === 'price');
}

/**
 * L2152-7 / R2152-7 (marchés) and L3124-5 / R3124-4 (concessions), from 21 August 2026: at least one award criterion
 * takes the environmental characteristics of the offer into account; the single criterion of price is banned.
 */
export const environmentalAwardCriterionRule: Rule = {
  id: 'environment.award-criterion',
  family: 'environment',
  kind: 'law',
  title: {
    fr: 'Critère d’attribution environnemental obligatoire, prix seul interdit',
    en: 'Mandatory environmental award criterion, price-only award banned',
  },
  description: {
    fr: `Pour les consultations engagées à partir de la date d’entrée en vigueur de la loi Climat et Résilience, au moins un critère d’attribution prend en compte les caractéristiques environnementales de l’offre (L2152-7, R2152-7 ; concessions L3124-5, R3124-4) ; le critère unique du prix n’est plus permis (le critère unique du coût reste possible s’il intègre les caractéristiques environnementales). Les marchés de défense ou de sécurité ne sont pas concernés. Les marchés passés sans publicité ni mise en concurrence sont tenus pour non concernés, faute de comparaison d’offres (interprétation non confirmée). ${CLIMAT_DATE_CHOICE.fr}`,
    en: `For consultations launched from the Climat et Résilience date, at least one award criterion takes the environmental characteristics of the offer into account (L2152-7, R2152-7; concessions L3124-5, R3124-4); the single criterion of price is no longer allowed (a single cost criterion remains possible when it includes the environmental characteristics). Defence-or-security contracts are out of scope. Contracts awarded without publicity or competition are treated as out of scope, since no offers are compared (unconfirmed interpretation). ${CLIMAT_DATE_CHOICE.en}`,
  },
  legalBasis: [ccp('L2152-7'), ccp('R2152-7', 'décret n° 2022-767 art. 2'), ccp('L3124-5'), ccp('R3124-4', 'décret n° 2022-767 art. 7')],
  scope: CONTRACTS_AND_CONCESSIONS,
  dateBasis: 'launch',
  parameters: ['climat.envAwardCriterion.mandatory'],
  fields: [
    'kind',
    'procedure',
    'buyer.defenceOrSecurity',
    'dates.consultationLaunch',
    'award.priceOnly',
    'award.criteria',
    'environmental.awardCriterion',
  ],
  examples: [
    {
      title: 'Supplies awarded on price alone, consultation launched in September 2026',
      contract: {
        id: 'ex-env-award-fail',
        kind: 'contract',
        nature: 'supplies',
        procedure: 'open',
        dates: { consultationLaunch: '2026-09-01' },
        award: { priceOnly: true, criteria: ['price'] },
      },
      expected: 'fail',
    },
    {
      title: 'Price, quality and environmental performance criteria',
      contract: {
        id: 'ex-env-award-pass',
        kind: 'contract',
        nature: 'services',
        procedure: 'open',
        dates: { consultationLaunch: '2026-09-01' },
        award: { criteria: ['price', 'quality', 'environmental'] },
      },
      expected: 'pass',
    },
    {
      title: 'Defence-or-security contract on price alone',
      contract: {
        id: 'ex-env-award-defence',
        kind: 'contract',
        buyer: { kind: 'state', defenceOrSecurity: true },
        dates: { consultationLaunch: '2026-09-01' },
        award: { priceOnly: true },
      },
      expected: 'not-applicable',
    },
  ],
  applies(c, ctx) {
    const defence = defenceOutOfScope(c);
    if (defence) return defence;
    if (c.procedure === 'without-publicity') {
      return notApplicable(
        'Marché passé sans publicité ni mise en concurrence : aucune offre n’est comparée sur des critères (interprétation non confirmée).',
        'Contract awarded without publicity or competition: no offers are compared on criteria (unconfirmed interpretation).',
      );
    }
    if (ctx.param('climat.envAwardCriterion.mandatory') !== true) {
      return launchedBeforeClimat({ fr: 'le critère d’attribution environnemental', en: 'the environmental award criterion' });
    }
    return true;
  },
  check(c) {
    const articles = c.kind === 'concession' ? 'L3124-5, R3124-4' : 'L2152-7, R2152-7';
    if (priceOnly(c)) {
      return fail(
        `Attribution sur le seul critère du prix : interdite pour les consultations engagées à partir du 21 août 2026 (${articles}).`,
        `Award on the single criterion of price: banned for consultations launched from 21 August 2026 (${articles}).`,
      );
    }
    const env = environmentalCriterion(c);
    if (env === undefined) return unknown('environmental.awardCriterion');
    if (env) {
      return pass(
        'Au moins un critère d’attribution prend en compte les caractéristiques environnementales de l’offre.',
        'At least one award criterion takes the environmental characteristics of the offer into account.',
      );
    }
    return fail(
      `Aucun critère d’attribution ne prend en compte les caractéristiques environnementales de l’offre (${articles}).`,
      `No award criterion takes the environmental characteristics of the offer into account (${articles}).`,
    );
  },
};
