import type { ParameterKey } from '../../law/parameters/index.js';
import { ccp } from '../../law/sources.js';
import type { Contract } from '../../model/contract-schema.js';
import { type Applicability, fail, notApplicable, pass, type Rule, type RuleContext, unknown } from '../rule.js';
import { advanceMandatory } from './mandatory-threshold.js';
import { ADVANCE_SCOPE } from './scope.js';

const pct = (share: number) => `${Math.round(share * 10000) / 100} %`;
const SME_HOLDER = { fr: ' (titulaire PME)', en: ' (SME holder)' } as const;
const NO_QUALIFIER = { fr: '', en: '' } as const;

/**
 * The minimum rate parameter for a contract (R2191-7), or the fields missing to choose it.
 * An SME holder raises the minimum for the State, and for local authorities and State public bodies other than hospitals
 * whose operating expenditure exceeds 60 M€. Buyers outside the advance rules (OPH, private-law buyers) never get here: the
 * rule's scope leaves them out.
 */
export function minimumRateKey(c: Contract): { key: ParameterKey; sme: boolean } | { missing: string[] } {
  const holders = c.holders ?? [];
  if (holders.length === 0) return { missing: ['holders'] };
  // One pass, no closures: open data rarely says whether a holder is an SME, so this runs on most records.
  let anySme = false;
  const smeMissing: string[] = [];
  for (let i = 0; i < holders.length && !anySme; i++) {
    const sme = holders[i]?.sme;
    if (sme === true) anySme = true;
    else if (sme === undefined) smeMissing.push(smePath(i));
  }
  if (!anySme && smeMissing.length > 0) return { missing: smeMissing };
  if (!anySme) return RATE_MIN;
  const kind = c.buyer?.kind;
  if (kind === undefined) return { missing: ['buyer.kind'] };
  if (kind === 'state') return RATE_SME_STATE;
  if (kind === 'local-authority' || kind === 'local-public-body' || kind === 'state-public-body') {
    const large = c.buyer?.operatingExpenditureAbove60M;
    if (large === undefined) return { missing: ['buyer.operatingExpenditureAbove60M'] };
    if (large) return RATE_SME_LARGE_LOCAL;
  }
  return RATE_MIN_SME;
}

const RATE_MIN = Object.freeze({ key: 'advance.rate.min', sme: false } as const);
const RATE_MIN_SME = Object.freeze({ key: 'advance.rate.min', sme: true } as const);
const RATE_SME_STATE = Object.freeze({ key: 'advance.rate.sme.state', sme: true } as const);
const RATE_SME_LARGE_LOCAL = Object.freeze({ key: 'advance.rate.sme.largeLocal', sme: true } as const);

// The same few paths every time: written once, so that the unknown-message cache finds them without hashing new text.
const SME_PATHS = Array.from({ length: 8 }, (_, i) => `holders[${i}].sme`);
const smePath = (i: number): string => SME_PATHS[i] ?? `holders[${i}].sme`;

function appliesWhenGranted(c: Contract, ctx: RuleContext): Applicability {
  const mandatory = advanceMandatory(c, ctx);
  if (mandatory !== true) return mandatory;
  const granted = c.advance?.granted;
  if (granted === undefined) return unknown('advance.granted');
  if (!granted) {
    return notApplicable(
      'Aucune avance versée : son absence relève de la règle advance.mandatory.',
      'No advance granted: its absence is the concern of rule advance.mandatory.',
    );
  }
  return true;
}

/** R2191-7: minimum rate of a mandatory advance, 5 %, raised for SMEs by the State (20 % then 30 %) and large local buyers (10 %). */
export const advanceMinimumRateRule: Rule = {
  id: 'advance.minimum-rate',
  family: 'advance',
  kind: 'law',
  title: { fr: 'Taux minimal de l’avance', en: 'Minimum advance rate' },
  description: {
    fr: 'Le taux de l’avance obligatoire n’est pas inférieur à 5 % (R2191-7), exprimé sur le montant initial TTC, ou au-delà de 12 mois sur 12 fois ce montant divisé par la durée en mois : `advance.rate` est comparé tel quel. Lorsque le titulaire est une PME, le minimum est de 20 % pour l’État (30 % pour les consultations engagées à partir du 1er janvier 2023) et de 10 % pour les collectivités territoriales, leurs établissements publics et les établissements publics de l’État autres que de santé dont les dépenses de fonctionnement dépassent 60 M€. Même champ que l’avance obligatoire : les offices publics de l’habitat (R2191-1) et les acheteurs de droit privé (hors L2191-1) ne sont pas concernés. Les sous-traitants PME payés directement ne sont pas pris en compte.',
    en: 'The rate of a mandatory advance is at least 5 % (R2191-7), expressed on the initial amount incl. tax, or beyond 12 months on 12 times that amount divided by the duration in months: `advance.rate` is compared as given. When the holder is an SME the minimum is 20 % for the State (30 % for consultations launched from 1 January 2023) and 10 % for local authorities, their public bodies and State public bodies other than hospitals whose operating expenditure exceeds 60 M€. Same scope as the mandatory advance: housing offices (R2191-1) and private-law buyers (outside L2191-1) are not concerned. Directly-paid SME subcontractors are not taken into account.',
  },
  legalBasis: [ccp('R2191-7'), ccp('R2191-3')],
  scope: ADVANCE_SCOPE,
  dateBasis: 'launch',
  parameters: [
    'advance.mandatory.minAmount',
    'advance.mandatory.minDuration',
    'advance.rate.min',
    'advance.rate.sme.state',
    'advance.rate.sme.largeLocal',
  ],
  fields: [
    'kind',
    'amountExclTax',
    'durationMonths',
    'advance.granted',
    'advance.rate',
    'holders[].sme',
    'buyer.kind',
    'buyer.operatingExpenditureAbove60M',
  ],
  examples: [
    {
      title: 'State contract with an SME holder, 2026, advance of 20 %',
      contract: {
        id: 'ex-advance-rate-fail',
        kind: 'contract',
        buyer: { kind: 'state' },
        amountExclTax: '200000',
        durationMonths: 12,
        dates: { consultationLaunch: '2026-03-02' },
        advance: { granted: true, rate: 0.2 },
        holders: [{ sme: true }],
      },
      expected: 'fail',
    },
    {
      title: 'Large local authority, SME holder, advance of 10 %',
      contract: {
        id: 'ex-advance-rate-pass',
        kind: 'contract',
        buyer: { kind: 'local-authority', operatingExpenditureAbove60M: true },
        amountExclTax: '200000',
        durationMonths: 12,
        dates: { consultationLaunch: '2026-03-02' },
        advance: { granted: true, rate: 0.1 },
        holders: [{ sme: true }],
      },
      expected: 'pass',
    },
  ],
  applies: appliesWhenGranted,
  check(c, ctx) {
    const choice = minimumRateKey(c);
    const rate = c.advance?.rate;
    if ('missing' in choice) return unknown(...choice.missing, ...(rate === undefined ? ['advance.rate'] : []));
    if (rate === undefined) return unknown('advance.rate');
    const min = ctx.param(choice.key) as number;
    const who = choice.sme ? SME_HOLDER : NO_QUALIFIER;
    // Each percentage is written once for both languages (a number-to-text conversion per call).
    const given = pct(rate);
    const minimum = pct(min);
    if (rate >= min) {
      return pass(
        `Avance de ${given}, au moins le minimum de ${minimum}${who.fr}.`,
        `Advance of ${given}, at least the minimum of ${minimum}${who.en}.`,
      );
    }
    return fail(
      `Avance de ${given}, inférieure au minimum de ${minimum}${who.fr} (R2191-7).`,
      `Advance of ${given}, below the minimum of ${minimum}${who.en} (R2191-7).`,
    );
  },
};
