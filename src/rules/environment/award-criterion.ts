import { ccp } from '../../law/sources.js';
import { defenceOutOfScope, fromClimatDate } from '../climat-scope.js';
import { formatDate } from '../format-parameter.js';
import { CONTRACTS_AND_CONCESSIONS, contradictory, fail, pass, type Rule, unknown, withNotes } from '../rule.js';
import { AWARD_FIELDS, environmentalCriterion, notesOf, PRICE_AND_ENVIRONMENT, priceAlone, withoutCompetition } from './award-facts.js';

/**
 * L2152-7 (marchés) and L3124-5 (concessions), as amended by loi Climat et Résilience art. 35: for consultations
 * launched from the legislative date (22 August 2026), at least one award criterion takes the environmental
 * characteristics of the offer into account.
 */
export const environmentalAwardCriterionRule: Rule = {
  id: 'environment.award-criterion',
  family: 'environment',
  kind: 'law',
  title: {
    fr: 'Au moins un critère d’attribution environnemental (L2152-7, L3124-5)',
    en: 'At least one environmental award criterion (L2152-7, L3124-5)',
  },
  description: {
    fr: 'Pour les consultations engagées (ou les avis envoyés) à partir du 22 août 2026, date d’application des dispositions législatives de l’article 35 de la loi Climat et Résilience, au moins un des critères d’attribution prend en compte les caractéristiques environnementales de l’offre : marchés (L2152-7) et contrats de concession (L3124-5). Une consultation engagée le 21 août 2026 relève déjà de R2152-7 (règle environment.award-method) mais pas encore de cet article. Les marchés de défense ou de sécurité ne sont pas concernés. Les marchés passés sans publicité ni mise en concurrence sont tenus pour non concernés, faute de comparaison d’offres (interprétation non confirmée). Précédence des données : `environmental.awardCriterion`, puis la liste `award.criteria` ; leur désaccord est signalé dans la constatation, et donne « inconnu » lorsqu’il pourrait changer le verdict.',
    en: 'For consultations launched (or notices sent) from 22 August 2026, the date the legislative provisions of article 35 of loi Climat et Résilience apply from, at least one award criterion takes the environmental characteristics of the offer into account: public contracts (L2152-7) and concession contracts (L3124-5). A consultation launched on 21 August 2026 already falls under R2152-7 (rule environment.award-method) but not yet under this article. Defence-or-security contracts are out of scope. Contracts awarded without publicity or competition are treated as out of scope, since no offers are compared (unconfirmed interpretation). Data precedence: `environmental.awardCriterion`, then the list `award.criteria`; when they disagree the finding says so, and answers “unknown” when the disagreement could change the verdict.',
  },
  legalBasis: [ccp('L2152-7'), ccp('L3124-5')],
  scope: CONTRACTS_AND_CONCESSIONS,
  dateBasis: 'launch',
  parameters: ['climat.legislativeDate'],
  fields: AWARD_FIELDS,
  examples: [
    {
      title: 'Supplies awarded on price and quality, no environmental criterion, consultation launched on 22 August 2026',
      contract: {
        id: 'ex-env-award-fail',
        kind: 'contract',
        nature: 'supplies',
        procedure: 'open',
        dates: { consultationLaunch: '2026-08-22' },
        award: { criteria: ['price', 'quality'] },
      },
      expected: 'fail',
    },
    {
      title: 'Same contract launched on 21 August 2026 (R2152-7 applies, L2152-7 not yet)',
      contract: {
        id: 'ex-env-award-na',
        kind: 'contract',
        nature: 'supplies',
        procedure: 'open',
        dates: { consultationLaunch: '2026-08-21' },
        award: { criteria: ['price', 'quality'] },
      },
      expected: 'not-applicable',
    },
    {
      title: 'Concession with price, quality and environmental performance criteria (L3124-5)',
      contract: {
        id: 'ex-env-award-pass',
        kind: 'concession',
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
    const noCompetition = withoutCompetition(c);
    if (noCompetition) return noCompetition;
    return fromClimatDate(c, ctx, 'climat.legislativeDate', {
      fr: 'le critère d’attribution environnemental',
      en: 'the environmental award criterion',
      article: c.kind === 'concession' ? 'L3124-5' : 'L2152-7',
    });
  },
  check(c, ctx) {
    const article = c.kind === 'concession' ? 'L3124-5' : 'L2152-7';
    const env = environmentalCriterion(c);
    const alone = priceAlone(c);
    const notes = notesOf(env, alone);
    if (env.value === true) {
      if (alone.value === true) return contradictory(['award.criteria'], [...(notes ?? []), PRICE_AND_ENVIRONMENT]);
      return withNotes(
        pass(
          'Au moins un critère d’attribution prend en compte les caractéristiques environnementales de l’offre.',
          'At least one award criterion takes the environmental characteristics of the offer into account.',
        ),
        notes,
      );
    }
    const date = ctx.param('climat.legislativeDate') as string;
    if (env.value === false || alone.value === true) {
      return withNotes(
        fail(
          `Aucun critère d’attribution ne prend en compte les caractéristiques environnementales de l’offre${alone.value === true ? ' (attribution au seul prix)' : ''} : au moins un est obligatoire pour les consultations engagées à partir du ${formatDate(date, 'fr')} (${article}).`,
          `No award criterion takes the environmental characteristics of the offer into account${alone.value === true ? ' (award on price alone)' : ''}: at least one is mandatory for consultations launched from ${formatDate(date, 'en')} (${article}).`,
        ),
        notes,
      );
    }
    if (env.note !== undefined) return contradictory(['environmental.awardCriterion'], notes ?? [env.note]);
    return withNotes(unknown('environmental.awardCriterion'), notes);
  },
};
