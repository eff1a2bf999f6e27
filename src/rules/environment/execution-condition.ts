import { ccp } from '../../law/sources.js';
import { CLIMAT_DATE_CHOICE, defenceOutOfScope, launchedBeforeClimat } from '../climat-scope.js';
import { CONTRACTS_AND_CONCESSIONS, fail, pass, type Rule, unknown } from '../rule.js';

/**
 * L2112-2 (marchés) and L3114-2 (concessions), as amended by loi Climat et Résilience art. 35: for consultations
 * launched from 21 August 2026, the execution conditions must take environmental considerations into account.
 */
export const environmentalExecutionConditionRule: Rule = {
  id: 'environment.execution-condition',
  family: 'environment',
  kind: 'law',
  title: {
    fr: 'Condition d’exécution environnementale obligatoire',
    en: 'Mandatory environmental execution condition',
  },
  description: {
    fr: `Pour les consultations engagées à partir de la date d’entrée en vigueur de la loi Climat et Résilience, les conditions d’exécution des marchés (L2112-2) et des concessions (L3114-2) prennent en compte des considérations relatives à l’environnement. Les marchés de défense ou de sécurité ne sont pas concernés ; une consultation engagée avant la date donne « non applicable », jamais « échec ». Les marchés passés sans publicité ni mise en concurrence sont évalués comme les autres (lecture littérale de L2112-2, non confirmée). ${CLIMAT_DATE_CHOICE.fr}`,
    en: `For consultations launched from the Climat et Résilience date, the execution conditions of public contracts (L2112-2) and concessions (L3114-2) must take environmental considerations into account. Defence-or-security contracts are out of scope; a consultation launched before the date gives “not applicable”, never “fail”. Contracts awarded without publicity or competition are evaluated like the others (literal reading of L2112-2, unconfirmed). ${CLIMAT_DATE_CHOICE.en}`,
  },
  legalBasis: [ccp('L2112-2'), ccp('L3114-2'), ccp('L2312-1-1')],
  scope: CONTRACTS_AND_CONCESSIONS,
  dateBasis: 'launch',
  parameters: ['climat.envExecutionCondition.mandatory'],
  fields: ['kind', 'buyer.defenceOrSecurity', 'dates.consultationLaunch', 'environmental.executionClause'],
  examples: [
    {
      title: 'Cleaning services launched on 21 August 2026 without an environmental execution condition',
      contract: {
        id: 'ex-env-exec-fail',
        kind: 'contract',
        nature: 'services',
        dates: { consultationLaunch: '2026-08-21' },
        environmental: { executionClause: false },
      },
      expected: 'fail',
    },
    {
      title: 'Same contract launched on 20 August 2026',
      contract: {
        id: 'ex-env-exec-na',
        kind: 'contract',
        nature: 'services',
        dates: { consultationLaunch: '2026-08-20' },
        environmental: { executionClause: false },
      },
      expected: 'not-applicable',
    },
    {
      title: 'Concession launched in 2027 with an environmental execution condition',
      contract: {
        id: 'ex-env-exec-pass',
        kind: 'concession',
        dates: { consultationLaunch: '2027-01-15' },
        environmental: { executionClause: true },
      },
      expected: 'pass',
    },
  ],
  applies(c, ctx) {
    const defence = defenceOutOfScope(c);
    if (defence) return defence;
    if (ctx.param('climat.envExecutionCondition.mandatory') !== true) {
      return launchedBeforeClimat({ fr: 'la condition d’exécution environnementale', en: 'the environmental execution condition' });
    }
    return true;
  },
  check(c) {
    const clause = c.environmental?.executionClause;
    if (clause === undefined) return unknown('environmental.executionClause');
    const article = c.kind === 'concession' ? 'L3114-2' : 'L2112-2';
    if (clause) {
      return pass(
        'Les conditions d’exécution prennent en compte des considérations environnementales.',
        'The execution conditions take environmental considerations into account.',
      );
    }
    return fail(
      `Aucune condition d’exécution environnementale : elle est obligatoire pour les consultations engagées à partir du 21 août 2026 (${article}).`,
      `No environmental execution condition: it is mandatory for consultations launched from 21 August 2026 (${article}).`,
    );
  },
};
