import type { ParameterKey } from '../law/parameters/index.js';
import type { BuyerScope, LegalSource, ParameterValue } from '../law/types.js';
import type { ContractKind } from '../model/contract.js';
import type { Contract } from '../model/contract-schema.js';
import type { Localized } from '../model/localized.js';

/** The four verdicts a rule can give. */
export type Status = 'pass' | 'fail' | 'not-applicable' | 'unknown';

/** Families of rules. */
export type RuleFamily = 'price' | 'environment' | 'social' | 'reserved' | 'advance' | 'allotment' | 'insertion' | 'materials';

/** A legal duty, or a buyers' indicator that is good practice but not law. */
export type RuleKind = 'law' | 'indicator';

/**
 * The date a rule's parameters are looked up at, as the law says:
 * `launch` (consultation engaged or notice sent), `notification`, or `as-of` (the evaluation date).
 */
export type RuleDateBasis = 'launch' | 'notification' | 'as-of';

/**
 * Which contracts and buyers a rule's article binds, as data. The engine applies it before the rule's own
 * applicability: a contract kind outside `contracts` is `not-applicable`; a buyer kind the scope leaves out is
 * `not-applicable` with the scope's reason; a buyer kind that does not say (or none) leaves the verdict `unknown`
 * (naming `buyer.kind`), unless the rule is not applicable anyway or the contract meets the duty.
 */
export interface RuleScope {
  /** Marchés publics (`contract`), concessions (`concession`), or both. */
  readonly contracts: readonly ContractKind[];
  /** `all` when the article binds every buyer; else which kinds it binds, with the articles that say so. */
  readonly buyers: 'all' | BuyerScope;
}

/** Marchés publics only, every buyer. */
export const CONTRACTS_ONLY: RuleScope = Object.freeze({ contracts: Object.freeze(['contract'] as const), buyers: 'all' });
/** Marchés publics and concessions, every buyer. */
export const CONTRACTS_AND_CONCESSIONS: RuleScope = Object.freeze({
  contracts: Object.freeze(['contract', 'concession'] as const),
  buyers: 'all',
});

/**
 * Why a finding is `unknown` — a code a portfolio can count:
 * - `missing-data`: fields the rule needs are absent (named in `missing`);
 * - `ambiguous-data`: the data is there but cannot decide (a buyer kind that does not say whether the article binds the
 *   buyer; published data where `false` may be the holder's refusal…), `missing` names what would decide;
 * - `contradictory-data`: two fields disagree on the point that decides (the finding's `notes` say which);
 * - `not-yet-published`: a parameter asked for after its last published period (e.g. an EU threshold after 2027);
 * - `before-history`: a parameter asked for before its history starts;
 * - `unconfirmed-law`: the text of the article that would decide could not be confirmed.
 */
export type UnknownReason =
  | 'missing-data'
  | 'ambiguous-data'
  | 'contradictory-data'
  | 'not-yet-published'
  | 'before-history'
  | 'unconfirmed-law';

/**
 * Something a finding reports beside its verdict: a `contradiction` between fields (with the precedence applied, or why
 * the verdict is `unknown`), or a value `inferred` from other data (e.g. social services from the CPV code).
 */
export interface FindingNote {
  /** What kind of note. */
  readonly code: 'contradiction' | 'inferred';
  /** The contract fields concerned (dotted paths). */
  readonly fields: readonly string[];
  /** The note, in French and English. */
  readonly message: Localized;
}

/** What a rule's applicability or check decided. */
export type Outcome =
  | {
      /** A verdict. */
      readonly status: 'pass' | 'fail' | 'not-applicable';
      /** Why, in French and English. */
      readonly message: Localized;
      /** Contradictions or inferences behind the verdict. */
      readonly notes?: readonly FindingNote[];
    }
  | {
      /** No verdict possible. */
      readonly status: 'unknown';
      /** The contract fields whose absence (or ambiguity) prevented a verdict (dotted paths). */
      readonly missing: readonly string[];
      /** Why, when it is not only missing data (the default message names the fields). */
      readonly message?: Localized;
      /** Why the verdict is unknown; `missing-data` when absent. */
      readonly reason?: UnknownReason;
      /** Contradictions or inferences behind the verdict. */
      readonly notes?: readonly FindingNote[];
    };

/** Applicability: `true` when the rule applies, or the outcome that ends the evaluation (not applicable, unknown). */
export type Applicability = true | Outcome;

/** What a rule sees besides the contract: its parameters, at the date its basis names. */
export interface RuleContext {
  /**
   * The value of a parameter at the rule's reference date. Records the use in the finding.
   * When the reference date is missing, evaluation of the rule stops with `unknown` naming the date field.
   */
  param<K extends ParameterKey>(key: K): ParameterValue;
  /** The evaluation date (`YYYY-MM-DD`). */
  readonly asOf: string;
}

/** An example contract and the verdict the rule gives it; used by the docs and the tests. */
export interface RuleExample {
  /** What the example shows. */
  readonly title: string;
  /** The contract (input shape). */
  readonly contract: Record<string, unknown>;
  /** The expected status. */
  readonly expected: Status;
}

/**
 * A rule: metadata plus two pure functions. `applies` says whether the duty bites for this contract
 * (or why not, or which data is missing); `check` says whether the contract meets it.
 */
export interface Rule {
  /** Stable identifier, e.g. `price.actualisation`. */
  readonly id: string;
  /** Family of the rule. */
  readonly family: RuleFamily;
  /** Legal duty or buyers' indicator. */
  readonly kind: RuleKind;
  /** Short title, in French and English. */
  readonly title: Localized;
  /** What the rule checks, in French and English. */
  readonly description: Localized;
  /** The articles the rule applies. */
  readonly legalBasis: readonly LegalSource[];
  /** Which contracts (marchés, concessions) and which buyers the rule's article binds. */
  readonly scope: RuleScope;
  /** Which date the parameters are looked up at. */
  readonly dateBasis: RuleDateBasis;
  /** The parameters the rule may use. */
  readonly parameters: readonly ParameterKey[];
  /** The contract fields the rule may read (dotted paths). */
  readonly fields: readonly string[];
  /** Examples with their expected verdicts. */
  readonly examples?: readonly RuleExample[];
  /** Whether the rule applies to the contract. Pure. */
  applies(contract: Contract, ctx: RuleContext): Applicability;
  /** Whether the contract meets the duty; only called when `applies` returned `true`. Pure. */
  check(contract: Contract, ctx: RuleContext): Outcome;
}

/** A `pass` outcome. */
export const pass = (fr: string, en: string): Outcome => ({ status: 'pass', message: { fr, en } });
/** A `fail` outcome. */
export const fail = (fr: string, en: string): Outcome => ({ status: 'fail', message: { fr, en } });
/** A `not-applicable` outcome. */
export const notApplicable = (fr: string, en: string): Outcome => ({ status: 'not-applicable', message: { fr, en } });
/** An `unknown` outcome naming the missing fields. */
export const unknown = (...missing: string[]): Outcome => ({ status: 'unknown', missing });

/** Collects the dotted paths of the given fields that are missing (`undefined`). */
export function missingFields(entries: ReadonlyArray<readonly [path: string, value: unknown]>): string[] {
  const out: string[] = [];
  for (const [path, value] of entries) if (value === undefined) out.push(path);
  return out;
}

/** The outcome with notes attached (the same outcome when there are none). */
export const withNotes = (o: Outcome, notes: readonly FindingNote[] | undefined): Outcome =>
  notes === undefined || notes.length === 0 ? o : { ...o, notes };

/** An `unknown` outcome for contradictory data: the notes say which fields disagree. */
export const contradictory = (missing: readonly string[], notes: readonly FindingNote[]): Outcome => ({
  status: 'unknown',
  missing,
  reason: 'contradictory-data',
  notes,
  message: {
    fr: `Données contradictoires : ${notes.map((n) => n.message.fr).join(' ')}`,
    en: `Contradictory data: ${notes.map((n) => n.message.en).join(' ')}`,
  },
});
