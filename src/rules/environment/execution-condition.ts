import { ccp } from '../../law/sources.js';
import { defenceOutOfScope, fromClimatDate } from '../climat-scope.js';
import { formatDate } from '../format-parameter.js';
import { CONTRACTS_AND_CONCESSIONS, fail, pass, type Rule, unknown } from '../rule.js';

/**
 * L2112-2 (marchés) and L3114-2 (concessions), as amended by loi Climat et Résilience art. 35: for consultations
 * launched from the legislative date (22 August 2026), the execution conditions take environmental considerations into
 * account.
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
    fr: 'Pour les consultations engagées (ou les avis envoyés à la publication) à partir du 22 août 2026, date d’application des dispositions législatives de l’article 35 de la loi Climat et Résilience, les conditions d’exécution des marchés (L2112-2) et des contrats de concession (L3114-2) prennent en compte des considérations relatives à l’environnement. Les marchés de défense ou de sécurité ne sont pas concernés (L2312-1-1) ; une consultation engagée avant la date donne « non applicable », jamais « échec » — celle engagée le 21 août 2026 aussi, même si les dispositions réglementaires (R2152-7) s’appliquent déjà à elle. Les marchés passés sans publicité ni mise en concurrence sont évalués comme les autres (lecture littérale de L2112-2, non confirmée).',
    en: 'For consultations launched (or notices sent for publication) from 22 August 2026, the date the legislative provisions of article 35 of loi Climat et Résilience apply from, the execution conditions of public contracts (L2112-2) and concession contracts (L3114-2) take environmental considerations into account. Defence-or-security contracts are out of scope (L2312-1-1); a consultation launched before the date gives “not applicable”, never “fail” — one launched on 21 August 2026 too, although the regulatory provisions (R2152-7) already apply to it. Contracts awarded without publicity or competition are evaluated like the others (literal reading of L2112-2, unconfirmed).',
  },
  legalBasis: [ccp('L2112-2'), ccp('L3114-2'), ccp('L2312-1-1')],
  scope: CONTRACTS_AND_CONCESSIONS,
  dateBasis: 'launch',
  parameters: ['climat.legislativeDate'],
  fields: ['kind', 'buyer.defenceOrSecurity', 'dates.consultationLaunch', 'environmental.executionClause'],
  examples: [
    {
      title: 'Cleaning services launched on 22 August 2026 without an environmental execution condition',
      contract: {
        id: 'ex-env-exec-fail',
        kind: 'contract',
        nature: 'services',
        dates: { consultationLaunch: '2026-08-22' },
        environmental: { executionClause: false },
      },
      expected: 'fail',
    },
    {
      title: 'Same contract launched on 21 August 2026',
      contract: {
        id: 'ex-env-exec-na',
        kind: 'contract',
        nature: 'services',
        dates: { consultationLaunch: '2026-08-21' },
        environmental: { executionClause: false },
      },
      expected: 'not-applicable',
    },
    {
      title: 'Concession launched in 2027 with an environmental execution condition (L3114-2)',
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
    const article = c.kind === 'concession' ? 'L3114-2' : 'L2112-2';
    return fromClimatDate(c, ctx, 'climat.legislativeDate', {
      fr: 'la condition d’exécution environnementale',
      en: 'the environmental execution condition',
      article,
    });
  },
  check(c, ctx) {
    const clause = c.environmental?.executionClause;
    if (clause === undefined) return unknown('environmental.executionClause');
    const article = c.kind === 'concession' ? 'L3114-2' : 'L2112-2';
    if (clause) {
      return pass(
        'Les conditions d’exécution prennent en compte des considérations environnementales.',
        'The execution conditions take environmental considerations into account.',
      );
    }
    const date = ctx.param('climat.legislativeDate') as string;
    return fail(
      `Aucune condition d’exécution environnementale : elle est obligatoire pour les consultations engagées à partir du ${formatDate(date, 'fr')} (${article}).`,
      `No environmental execution condition: it is mandatory for consultations launched from ${formatDate(date, 'en')} (${article}).`,
    );
  },
};
