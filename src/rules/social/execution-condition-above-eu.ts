import { ccp } from '../../law/sources.js';
import type { Contract } from '../../model/contract-schema.js';
import { compareMoney, formatEuros, type Money } from '../../model/money.js';
import { defenceOutOfScope, fromClimatDate } from '../climat-scope.js';
import { formatDate, formatParameterEuros } from '../format-parameter.js';
import { CONTRACTS_AND_CONCESSIONS, fail, notApplicable, type Outcome, pass, type Rule, unknown, withNotes } from '../rule.js';
import { euThresholdFor } from './eu-threshold.js';

const DISPENSATION_FR: Record<string, string> = {
  'immediately-available-solution': 'besoin satisfait par une solution immédiatement disponible',
  'no-link-with-subject-matter': 'absence de lien suffisant avec l’objet du marché',
  'restricts-competition': 'restriction de la concurrence',
  'technical-or-economic-difficulty': 'difficulté technique ou économique d’exécution',
};

/**
 * L2112-2-1 (marchés) and L3114-2-1 (concessions), created by loi Climat et Résilience art. 35, for consultations
 * launched from the legislative date (22 August 2026): a contract whose estimated value is at or above the EU threshold
 * of its type must include social or employment considerations in its execution conditions, unless the buyer dispenses
 * with them on one of the grounds the article allows, and justifies it.
 */
export const socialExecutionConditionAboveEuRule: Rule = {
  id: 'social.execution-condition-above-eu',
  family: 'social',
  kind: 'law',
  title: {
    fr: 'Condition d’exécution sociale au-dessus des seuils européens (L2112-2-1, L3114-2-1)',
    en: 'Social execution condition above EU thresholds (L2112-2-1, L3114-2-1)',
  },
  description: {
    fr: 'Pour les consultations engagées (ou les avis envoyés) à partir du 22 août 2026, date d’application des dispositions législatives de l’article 35 de la loi Climat et Résilience, un marché dont la valeur estimée est égale ou supérieure au seuil européen de sa catégorie (nature, catégorie d’acheteur, services sociaux) comporte une condition d’exécution prenant en compte des considérations relatives au domaine social ou à l’emploi (L2112-2-1) ; de même un contrat de concession dont la valeur estimée atteint le seuil européen des concessions (L3114-2-1). Le seuil est celui en vigueur à la date d’engagement de la consultation ; après la dernière période publiée des seuils (2027), le verdict est « inconnu ». Sans `socialOrSpecificServices`, le code CPV principal dit si des services relèvent de l’annexe XIV de la directive 2014/24/UE (services sociaux et autres services spécifiques, seuil propre) ; la constatation le signale. L’acheteur peut se dispenser de la condition (solution immédiatement disponible, absence de lien avec l’objet, atteinte à la concurrence, difficulté technique ou économique), en le justifiant : ces cas de dispense et le texte exact des articles sont NON CONFIRMÉS. Les marchés de défense ou de sécurité ne sont pas concernés.',
    en: 'For consultations launched (or notices sent) from 22 August 2026, the date the legislative provisions of article 35 of loi Climat et Résilience apply from, a public contract whose estimated value is equal to or above the EU threshold of its category (nature, buyer category, social services) includes an execution condition taking social or employment considerations into account (L2112-2-1); so does a concession contract whose estimated value reaches the EU concession threshold (L3114-2-1). The threshold is the one in force on the launch date; after the last published period of the thresholds (2027) the verdict is “unknown”. Without `socialOrSpecificServices`, the main CPV code says whether services are in Annex XIV of Directive 2014/24/EU (social and other specific services, their own threshold); the finding says so. The buyer may dispense with the condition (immediately available solution, no link with the subject-matter, restriction of competition, technical or economic difficulty), with a justification: these grounds and the articles’ exact wording are UNCONFIRMED. Defence-or-security contracts are out of scope.',
  },
  legalBasis: [ccp('L2112-2-1'), ccp('L3114-2-1'), ccp('L2112-2')],
  scope: CONTRACTS_AND_CONCESSIONS,
  dateBasis: 'launch',
  parameters: [
    'climat.legislativeDate',
    'eu.suppliesServices.central',
    'eu.suppliesServices.subCentral',
    'eu.suppliesServices.utilitiesDefence',
    'eu.worksConcessions',
    'eu.socialServices',
    'eu.socialServices.utilities',
  ],
  fields: [
    'kind',
    'nature',
    'buyer.kind',
    'buyer.defenceOrSecurity',
    'socialOrSpecificServices',
    'cpv',
    'estimatedValueExclTax',
    'dates.consultationLaunch',
    'social.executionClause',
    'social.dispensation.ground',
    'social.dispensation.justification',
  ],
  examples: [
    {
      title: 'Local-authority services at exactly the 2026-2027 EU threshold (216 000 €), no social condition',
      contract: {
        id: 'ex-social-fail',
        kind: 'contract',
        nature: 'services',
        socialOrSpecificServices: false,
        buyer: { kind: 'local-authority' },
        estimatedValueExclTax: '216000',
        dates: { consultationLaunch: '2026-10-01' },
        social: { executionClause: false },
      },
      expected: 'fail',
    },
    {
      title: 'Same contract one cent below the threshold',
      contract: {
        id: 'ex-social-na',
        kind: 'contract',
        nature: 'services',
        socialOrSpecificServices: false,
        buyer: { kind: 'local-authority' },
        estimatedValueExclTax: '215999.99',
        dates: { consultationLaunch: '2026-10-01' },
        social: { executionClause: false },
      },
      expected: 'not-applicable',
    },
    {
      title: 'Works above the threshold with a justified dispensation',
      contract: {
        id: 'ex-social-dispensed',
        kind: 'contract',
        nature: 'works',
        buyer: { kind: 'social-landlord' },
        estimatedValueExclTax: '6000000',
        dates: { consultationLaunch: '2026-10-01' },
        social: {
          executionClause: false,
          dispensation: {
            ground: 'technical-or-economic-difficulty',
            justification: 'Chantier de 3 semaines en site occupé, sans poste accessible.',
          },
        },
      },
      expected: 'pass',
    },
    {
      title: 'Cleaning services (CPV 90910000, not in Annex XIV) at 300 000 € HT, no social condition',
      contract: {
        id: 'ex-social-cpv',
        kind: 'contract',
        nature: 'services',
        cpv: ['90910000-9'],
        buyer: { kind: 'local-authority' },
        estimatedValueExclTax: '300000',
        dates: { consultationLaunch: '2026-10-01' },
        social: { executionClause: false },
      },
      expected: 'fail',
    },
    {
      title: 'Home-help services (CPV 85312000, Annex XIV) at 300 000 € HT: below their own threshold',
      contract: {
        id: 'ex-social-cpv-annex',
        kind: 'contract',
        nature: 'services',
        cpv: ['85312000-9'],
        buyer: { kind: 'local-authority' },
        estimatedValueExclTax: '300000',
        dates: { consultationLaunch: '2026-10-01' },
        social: { executionClause: false },
      },
      expected: 'not-applicable',
    },
    {
      title: 'Water-supply concession of 12 M€ without a social condition (L3114-2-1)',
      contract: {
        id: 'ex-social-concession',
        kind: 'concession',
        estimatedValueExclTax: '12000000',
        dates: { consultationLaunch: '2026-10-01' },
        social: { executionClause: false },
      },
      expected: 'fail',
    },
  ],
  applies(c, ctx) {
    const defence = defenceOutOfScope(c);
    if (defence) return defence;
    const concession = c.kind === 'concession';
    const from = fromClimatDate(c, ctx, 'climat.legislativeDate', {
      fr: 'la condition d’exécution sociale',
      en: 'the social execution condition',
      article: concession ? 'L3114-2-1' : 'L2112-2-1',
    });
    if (from !== true) return from;
    const choice = euThresholdFor(c);
    const value = c.estimatedValueExclTax;
    if ('missing' in choice) return value === undefined ? unknown(...choice.missing, 'estimatedValueExclTax') : unknown(...choice.missing);
    const notes = choice.inferred === undefined ? undefined : [choice.inferred.note];
    if (value === undefined) return withNotes(unknown('estimatedValueExclTax'), notes);
    const threshold = ctx.param(choice.key) as Money;
    if (compareMoney(value, threshold) >= 0) return true;
    return withNotes(
      notApplicable(
        `Valeur estimée ${formatEuros(value, 'fr')} inférieure au seuil européen applicable (${formatParameterEuros(threshold, 'fr')}).`,
        `Estimated value ${formatEuros(value, 'en')} below the applicable EU threshold (${formatParameterEuros(threshold, 'en')}).`,
      ),
      notes,
    );
  },
  check(c, ctx) {
    const choice = euThresholdFor(c);
    const notes = 'key' in choice && choice.inferred !== undefined ? [choice.inferred.note] : undefined;
    return withNotes(checkCondition(c, ctx.param('climat.legislativeDate') as string), notes);
  },
};

function checkCondition(c: Contract, date: string): Outcome {
  const article = c.kind === 'concession' ? 'L3114-2-1' : 'L2112-2-1';
  const s = c.social;
  if (s?.executionClause === true) {
    return pass(
      'Une condition d’exécution prend en compte des considérations sociales ou d’emploi.',
      'An execution condition takes social or employment considerations into account.',
    );
  }
  const d = s?.dispensation;
  if (d !== undefined) {
    const justified = d.justification !== undefined && d.justification.trim() !== '';
    if (d.ground === undefined) return unknown('social.dispensation.ground');
    if (!justified) {
      return fail(
        `Dispense de condition d’exécution sociale invoquée sans justification : l’acheteur doit la justifier (${article}).`,
        `Dispensation from the social execution condition without a justification: the buyer must justify it (${article}).`,
      );
    }
    return pass(
      `Dispense justifiée de condition d’exécution sociale (${DISPENSATION_FR[d.ground] ?? d.ground}).`,
      `Justified dispensation from the social execution condition (${d.ground}).`,
    );
  }
  if (s?.executionClause === undefined) return unknown('social.executionClause');
  return fail(
    `Valeur estimée égale ou supérieure au seuil européen : une condition d’exécution sociale ou d’emploi est obligatoire pour les consultations engagées à partir du ${formatDate(date, 'fr')}, sauf dispense justifiée (${article}).`,
    `Estimated value at or above the EU threshold: a social or employment execution condition is mandatory for consultations launched from ${formatDate(date, 'en')} unless a dispensation is justified (${article}).`,
  );
}
