import { ccp } from '../../law/sources.js';
import { compareMoney, formatEuros, type Money } from '../../model/money.js';
import { defenceOutOfScope, launchedBeforeClimat } from '../climat-scope.js';
import { formatParameterEuros } from '../format-parameter.js';
import { CONTRACTS_ONLY, fail, notApplicable, pass, type Rule, unknown } from '../rule.js';
import { euThresholdFor } from './eu-threshold.js';

const DISPENSATION_FR: Record<string, string> = {
  'immediately-available-solution': 'besoin satisfait par une solution immédiatement disponible',
  'no-link-with-subject-matter': 'absence de lien suffisant avec l’objet du marché',
  'restricts-competition': 'restriction de la concurrence',
  'technical-or-economic-difficulty': 'difficulté technique ou économique d’exécution',
};

/**
 * L2112-2-1 (loi Climat et Résilience art. 35), from 21 August 2026: a contract whose estimated value is at or above
 * the EU threshold of its type must include social or employment considerations in its execution conditions,
 * unless the buyer dispenses with them on one of the grounds the article allows, and justifies it.
 */
export const socialExecutionConditionAboveEuRule: Rule = {
  id: 'social.execution-condition-above-eu',
  family: 'social',
  kind: 'law',
  title: {
    fr: 'Condition d’exécution sociale au-dessus des seuils européens',
    en: 'Social execution condition above EU thresholds',
  },
  description: {
    fr: 'Pour les consultations engagées à partir du 21 août 2026, un marché dont la valeur estimée est égale ou supérieure au seuil européen de sa catégorie (nature, catégorie d’acheteur, services sociaux) comporte une condition d’exécution prenant en compte des considérations relatives au domaine social ou à l’emploi (L2112-2-1). Le seuil est celui en vigueur à la date d’engagement de la consultation. L’acheteur peut s’en dispenser (solution immédiatement disponible, absence de lien avec l’objet, atteinte à la concurrence, difficulté technique ou économique), en le justifiant : ces cas de dispense et le texte exact de l’article sont NON CONFIRMÉS (paramètre marqué « unconfirmed »). Les concessions (pendant supposé L3114-2-1, non confirmé) et les marchés de défense ou de sécurité ne sont pas évalués.',
    en: 'For consultations launched from 21 August 2026, a contract whose estimated value is equal to or above the EU threshold of its category (nature, buyer category, social services) must include an execution condition taking social or employment considerations into account (L2112-2-1). The threshold is the one in force on the launch date. The buyer may dispense with it (immediately available solution, no link with the subject-matter, restriction of competition, technical or economic difficulty), with a justification: these grounds and the article’s exact wording are UNCONFIRMED (parameter flagged “unconfirmed”). Concessions (supposed twin L3114-2-1, unconfirmed) and defence-or-security contracts are not evaluated.',
  },
  legalBasis: [ccp('L2112-2-1'), ccp('L2112-2')],
  scope: CONTRACTS_ONLY,
  dateBasis: 'launch',
  parameters: [
    'climat.socialExecutionCondition.mandatoryAboveEu',
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
  ],
  applies(c, ctx) {
    if (c.kind === 'concession') {
      return notApplicable(
        'Concession : le pendant de L2112-2-1 pour les concessions (L3114-2-1 ?) n’est pas confirmé ; règle non évaluée.',
        'Concession: the concession twin of L2112-2-1 (L3114-2-1?) is unconfirmed; rule not evaluated.',
      );
    }
    const defence = defenceOutOfScope(c);
    if (defence) return defence;
    if (ctx.param('climat.socialExecutionCondition.mandatoryAboveEu') !== true) {
      return launchedBeforeClimat({ fr: 'la condition d’exécution sociale', en: 'the social execution condition' });
    }
    const choice = euThresholdFor(c);
    const value = c.estimatedValueExclTax;
    if ('missing' in choice) return value === undefined ? unknown(...choice.missing, 'estimatedValueExclTax') : unknown(...choice.missing);
    if (value === undefined) return unknown('estimatedValueExclTax');
    const threshold = ctx.param(choice.key) as Money;
    if (compareMoney(value, threshold) >= 0) return true;
    return notApplicable(
      `Valeur estimée ${formatEuros(value, 'fr')} inférieure au seuil européen applicable (${formatParameterEuros(threshold, 'fr')}).`,
      `Estimated value ${formatEuros(value, 'en')} below the applicable EU threshold (${formatParameterEuros(threshold, 'en')}).`,
    );
  },
  check(c) {
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
          'Dispense de condition d’exécution sociale invoquée sans justification : l’acheteur doit la justifier (L2112-2-1).',
          'Dispensation from the social execution condition without a justification: the buyer must justify it (L2112-2-1).',
        );
      }
      return pass(
        `Dispense justifiée de condition d’exécution sociale (${DISPENSATION_FR[d.ground] ?? d.ground}).`,
        `Justified dispensation from the social execution condition (${d.ground}).`,
      );
    }
    if (s?.executionClause === undefined) return unknown('social.executionClause');
    return fail(
      'Valeur estimée égale ou supérieure au seuil européen : une condition d’exécution sociale ou d’emploi est obligatoire, sauf dispense justifiée (L2112-2-1).',
      'Estimated value at or above the EU threshold: a social or employment execution condition is mandatory unless a dispensation is justified (L2112-2-1).',
    );
  },
};
