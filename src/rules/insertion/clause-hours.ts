import { Decimal } from 'decimal.js';
import { formatHours } from '../../insertion/format-hours.js';
import { countEligibleHours } from '../../insertion/publics.js';
import { CIE_84 } from '../../law/insertion-sources.js';
import { ccp } from '../../law/sources.js';
import { addMonths } from '../../model/calendar-date.js';
import type { Contract } from '../../model/contract-schema.js';
import { compareMoney, type Money } from '../../model/money.js';
import { CONTRACTS_AND_CONCESSIONS, fail, notApplicable, pass, type Rule, unknown } from '../rule.js';

const fr = (m: string) => formatHours(m, 'fr');
const en = (m: string) => formatHours(m, 'en');

/** The end of execution, when the start and a whole number of months are known. */
function executionEnd(c: Contract): string | undefined {
  const start = c.dates?.executionStart;
  const months = c.durationMonths;
  if (start === undefined || months === undefined || !Number.isInteger(months)) return undefined;
  return addMonths(start, months);
}

/**
 * Buyers' indicator (facilitator practice, not a legal duty): an insertion clause states its requirement in hours,
 * and the hours reported as completed — counted for eligible publics only — reach it by the end of execution.
 */
export const insertionClauseHoursRule: Rule = {
  id: 'insertion.clause-hours',
  family: 'insertion',
  kind: 'indicator',
  title: { fr: 'Heures d’insertion de la clause', en: 'Insertion hours of the clause' },
  description: {
    fr: 'Une clause d’insertion fixe un nombre d’heures ; les heures réalisées déclarées, comptées pour les seuls publics éligibles, atteignent ce nombre à la fin de l’exécution.',
    en: 'An insertion clause sets a number of hours; the completed hours reported, counted for eligible publics only, reach it by the end of execution.',
  },
  legalBasis: [ccp('L2112-2'), CIE_84],
  scope: CONTRACTS_AND_CONCESSIONS,
  dateBasis: 'as-of',
  parameters: [],
  fields: [
    'insertion.clause',
    'insertion.requiredHours',
    'insertion.completedHours',
    'insertion.completedHoursByPublic',
    'dates.executionStart',
    'durationMonths',
  ],
  examples: [
    {
      title: 'Clause of 700 h, 720 h completed by eligible publics and 40 h by another public',
      contract: {
        id: 'ex-insertion-pass',
        kind: 'contract',
        nature: 'works',
        insertion: {
          clause: true,
          requiredHours: '700',
          completedHoursByPublic: { 'long-term-jobseeker': '420', 'iae-pathway': '300', other: '40' },
        },
      },
      expected: 'pass',
    },
    {
      title: 'Clause of 700 h, execution over, 650 h completed',
      contract: {
        id: 'ex-insertion-fail',
        kind: 'contract',
        nature: 'works',
        dates: { executionStart: '2024-01-15' },
        durationMonths: 12,
        insertion: { clause: true, requiredHours: '700', completedHours: '650' },
      },
      expected: 'fail',
    },
  ],
  applies(c) {
    const clause = c.insertion?.clause;
    if (clause === undefined) return unknown('insertion.clause');
    if (clause) return true;
    return notApplicable('Le marché ne comporte pas de clause d’insertion.', 'The contract carries no insertion clause.');
  },
  check(c, ctx) {
    const ins = c.insertion ?? {};
    const required = ins.requiredHours;
    if (required === undefined) return unknown('insertion.requiredHours');
    if (required === '0') {
      return fail(
        'La clause d’insertion ne fixe aucune heure : exprimer l’exigence en heures, avec le facilitateur.',
        'The insertion clause sets no hours: state the requirement in hours, with the facilitator.',
      );
    }
    let counted: Money | undefined = ins.completedHours;
    let aside = '';
    let asideEn = '';
    if (ins.completedHoursByPublic !== undefined) {
      const split = countEligibleHours(ins.completedHoursByPublic);
      const total = new Decimal(split.counted).plus(split.notCounted).toFixed() as Money;
      if (ins.completedHours !== undefined && compareMoney(total, ins.completedHours) !== 0) {
        return fail(
          `Heures réalisées incohérentes : ${fr(ins.completedHours)} déclarées, ${fr(total)} dans la ventilation par public.`,
          `Inconsistent completed hours: ${en(ins.completedHours)} reported, ${en(total)} in the breakdown by public.`,
        );
      }
      counted = split.counted;
      if (split.notCounted !== '0') {
        aside = ` ${fr(split.notCounted)} d’un public non reconnu éligible ou inconnu sont signalées, non comptées.`;
        asideEn = ` ${en(split.notCounted)} by a public not recognised as eligible or unknown are reported, not counted.`;
      }
    }
    if (counted === undefined) {
      return pass(
        `La clause fixe ${fr(required)} d’insertion ; aucune heure réalisée n’est encore déclarée.`,
        `The clause sets ${en(required)} of insertion; no completed hours are reported yet.`,
      );
    }
    if (compareMoney(counted, required) >= 0) {
      return pass(
        `${fr(counted)} réalisées par des publics éligibles pour ${fr(required)} exigées.${aside}`,
        `${en(counted)} completed by eligible publics for ${en(required)} required.${asideEn}`,
      );
    }
    const missing = new Decimal(required).minus(counted).toFixed();
    const end = executionEnd(c);
    if (end !== undefined && ctx.asOf < end) {
      return pass(
        `Exécution en cours jusqu’au ${end} : ${fr(counted)} réalisées sur ${fr(required)} exigées, ${fr(missing)} restent à faire.${aside}`,
        `Execution runs until ${end}: ${en(counted)} completed of ${en(required)} required, ${en(missing)} still to do.${asideEn}`,
      );
    }
    return fail(
      `${fr(counted)} réalisées par des publics éligibles pour ${fr(required)} exigées : il manque ${fr(missing)}.${aside}`,
      `${en(counted)} completed by eligible publics for ${en(required)} required: ${en(missing)} short.${asideEn}`,
    );
  },
};
