import type { Contract } from '../../model/contract-schema.js';
import { type FindingNote, notApplicable, type Outcome } from '../rule.js';

/** The contract fields both award-criteria rules read. */
export const AWARD_FIELDS: readonly string[] = Object.freeze([
  'kind',
  'procedure',
  'buyer.defenceOrSecurity',
  'dates.consultationLaunch',
  'award.priceOnly',
  'award.criteria',
  'environmental.awardCriterion',
]);

/** Contracts awarded without publicity or competition compare no offers on criteria (unconfirmed interpretation). */
export function withoutCompetition(c: Contract): Outcome | undefined {
  if (c.procedure !== 'without-publicity') return undefined;
  return notApplicable(
    'Marché passé sans publicité ni mise en concurrence : aucune offre n’est comparée sur des critères (interprétation non confirmée).',
    'Contract awarded without publicity or competition: no offers are compared on criteria (unconfirmed interpretation).',
  );
}

/** What the contract says of one fact of its award criteria, from its two sources, and how they disagree. */
export interface AwardFact {
  /** The fact, `undefined` when unknown or when the two sources disagree on a point that could turn it into a `fail`. */
  readonly value: boolean | undefined;
  /** A contradiction between the two sources, reported in the finding. */
  readonly note: FindingNote | undefined;
}

const ENV_FIELDS = Object.freeze(['environmental.awardCriterion', 'award.criteria']);
const PRICE_FIELDS = Object.freeze(['award.priceOnly', 'award.criteria']);

const ENV_FLAG_WINS: FindingNote = Object.freeze({
  code: 'contradiction',
  fields: ENV_FIELDS,
  message: Object.freeze({
    fr: '`environmental.awardCriterion` indique un critère environnemental que `award.criteria` ne liste pas ; le drapeau prévaut (un critère de coût ou de qualité peut intégrer les caractéristiques environnementales) — à corriger dans les données.',
    en: '`environmental.awardCriterion` says a criterion is environmental but `award.criteria` lists none; the flag prevails (a cost or quality criterion may include environmental characteristics) — correct the data.',
  }),
});
const ENV_UNDECIDED: FindingNote = Object.freeze({
  code: 'contradiction',
  fields: ENV_FIELDS,
  message: Object.freeze({
    fr: '`environmental.awardCriterion` dit qu’aucun critère n’est environnemental mais `award.criteria` en liste un : données contradictoires, pas de verdict.',
    en: '`environmental.awardCriterion` says no criterion is environmental but `award.criteria` lists one: contradictory data, no verdict.',
  }),
});
const PRICE_UNDECIDED: FindingNote = Object.freeze({
  code: 'contradiction',
  fields: PRICE_FIELDS,
  message: Object.freeze({
    fr: '`award.priceOnly` et `award.criteria` se contredisent sur l’attribution au seul critère du prix : pas de verdict sur ce point.',
    en: '`award.priceOnly` and `award.criteria` contradict each other on an award on price alone: no verdict on that point.',
  }),
});

/**
 * Does at least one award criterion take the environmental characteristics of the offer into account?
 * Precedence: `environmental.awardCriterion` (the direct answer) first, then `award.criteria` (its `environmental` kind;
 * a list with a `cost` criterion and no `environmental` one does not decide, since the cost may carry the environment).
 * When they disagree, the finding reports it: a `true` flag prevails (a cost or quality criterion may carry the
 * environmental characteristics); a `false` flag against a listed environmental criterion leaves the fact unknown, since
 * following either would risk a false `fail` or a false `pass`.
 */
export function environmentalCriterion(c: Contract): AwardFact {
  const flag = c.environmental?.awardCriterion;
  const criteria = c.award?.criteria;
  // A cost criterion may be a life-cycle cost that carries the environmental characteristics (R2152-9): a list with a
  // cost criterion and no environmental one does not say that none is environmental.
  const listed =
    criteria === undefined ? undefined : criteria.includes('environmental') ? true : criteria.includes('cost') ? undefined : false;
  if (flag === undefined) return { value: listed, note: undefined };
  if (listed === undefined || listed === flag) return { value: flag, note: undefined };
  return flag ? { value: true, note: ENV_FLAG_WINS } : { value: undefined, note: ENV_UNDECIDED };
}

/**
 * Are the offers compared on price alone? From `award.priceOnly`, or a list of criteria made of price only. When the two
 * disagree the fact is unknown (either reading could turn the verdict) and the finding reports the contradiction.
 */
export function priceAlone(c: Contract): AwardFact {
  const flag = c.award?.priceOnly;
  const criteria = c.award?.criteria;
  const listed = criteria === undefined || criteria.length === 0 ? undefined : criteria.every((k) => k === 'price');
  if (flag === undefined) return { value: listed, note: undefined };
  if (listed === undefined || listed === flag) return { value: flag, note: undefined };
  return { value: undefined, note: PRICE_UNDECIDED };
}

/** The notes of several facts, without allocation when there is none. */
export function notesOf(a: AwardFact, b: AwardFact): readonly FindingNote[] | undefined {
  if (a.note === undefined) return b.note === undefined ? undefined : [b.note];
  return b.note === undefined ? [a.note] : [a.note, b.note];
}

/** Price alone, yet an environmental criterion: the two cannot both be true. */
export const PRICE_AND_ENVIRONMENT: FindingNote = Object.freeze({
  code: 'contradiction',
  fields: Object.freeze(['award.priceOnly', 'award.criteria', 'environmental.awardCriterion']),
  message: Object.freeze({
    fr: 'L’attribution serait au seul critère du prix et pourtant un critère serait environnemental : données contradictoires.',
    en: 'The award would be on price alone and yet a criterion would be environmental: contradictory data.',
  }),
});
