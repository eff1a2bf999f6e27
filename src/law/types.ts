import type { BuyerKind } from '../model/contract.js';
import type { Localized } from '../model/localized.js';

/** A reference to a legal (or practice) source. */
export interface LegalSource {
  /** The code or text: `CCP` (Code de la commande publique), `C. env.`, a décret, a regulation… */
  readonly code: string;
  /** The article (`R2112-11`) or part of the text. */
  readonly article: string;
  /** The text that created or changed the value, when it matters (`décret n° 2025-1386`). */
  readonly text?: string;
  /**
   * A link to this article (or, for a text that is not a code, to the text itself): Légifrance, EUR-Lex, or a page of a
   * code site that reproduces the article. Absent when no honest public link is known (e.g. a buyers' own document).
   */
  readonly url?: string;
  /** The official consolidated text the article belongs to (Légifrance), when `url` is a page of another site. */
  readonly officialUrl?: string;
}

/** How sure clausier is of a value: read in the official text, or not yet verified there. */
export type Confidence = 'confirmed' | 'unconfirmed';

/** Which date the law says a parameter is looked up at. */
export type DateBasis =
  /** date the consultation is engaged or the notice sent for publication */
  | 'launch'
  /** notification date */
  | 'notification'
  /** calendar year (of spending or notification) */
  | 'year';

/** What kind of norm a parameter expresses. */
export type ParameterKind =
  /** a rule of law */
  | 'law'
  /** an established practice or buyers' indicator, not a legal rule */
  | 'practice';

/** Units of parameter values. */
export type ParameterUnit = 'EUR excl. tax' | 'months' | 'years' | 'share' | 'boolean' | 'date' | 'EUR per hour' | 'count';

/** Value types a parameter may hold: amounts are decimal strings, shares are numbers in [0, 1]. */
export type ParameterValue = string | number | boolean;

/** One value of a parameter over a period. */
export interface DatedValue<V extends ParameterValue = ParameterValue> {
  /** The value (amounts are decimal strings, exact). */
  readonly value: V;
  /** First day the value applies (inclusive), `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day the value applies (inclusive), `YYYY-MM-DD`; `null` while no end is known. */
  readonly to: string | null;
  /** The texts that set the value. */
  readonly sources: readonly LegalSource[];
  /** Whether the value was read in the official text. */
  readonly confidence: Confidence;
  /** When the value was last checked against its sources, `YYYY-MM-DD`. */
  readonly verifiedOn: string;
  /** What a user should know: doubts, what to re-check, why this date. */
  readonly note?: string;
}

/** A dated legal parameter: a threshold, rate, duration or date, with its history. */
export interface ParameterDefinition<V extends ParameterValue = ParameterValue> {
  /** Dotted key, e.g. `price.actualisation.delay`. */
  readonly key: string;
  /** What the parameter is, in French and English. */
  readonly label: Localized;
  /** Unit of the values. */
  readonly unit: ParameterUnit;
  /** Which date it is looked up at. */
  readonly basis: DateBasis;
  /** Law or practice. */
  readonly kind: ParameterKind;
  /** Values over time, oldest first, contiguous and non-overlapping. */
  readonly values: readonly DatedValue<V>[];
}

/** The value of a parameter at a date, with where it comes from. */
export interface ParameterUse<V extends ParameterValue = ParameterValue> {
  /** The parameter's key. */
  readonly key: string;
  /** The value in force at the date looked up (a finding gives that date in its `referenceDate`). */
  readonly value: V;
  /** Unit of the value. */
  readonly unit: ParameterUnit;
  /** Start of the period of that value. */
  readonly validFrom: string;
  /** End of the period of that value (`null`: open). */
  readonly validTo: string | null;
  /** Confidence of that value. */
  readonly confidence: Confidence;
  /** Its sources. */
  readonly sources: readonly LegalSource[];
  /** Its note, if any. */
  readonly note?: string;
}

/**
 * How an article treats one kind of buyer: it binds it, it does not (with why), or the kind does not say
 * (a coarse kind such as `contracting-entity`, public or private: with what is missing to decide).
 */
export type BuyerCoverage =
  | {
      /** The article binds this kind of buyer. */
      readonly bound: true;
    }
  | {
      /** The article does not bind this kind of buyer: the rule is not applicable. */
      readonly bound: false;
      /** Why, in French and English (which article leaves it out). */
      readonly reason: Localized;
    }
  | {
      /** The kind does not tell whether the article binds the buyer. */
      readonly bound: 'undetermined';
      /** Why, in French and English (which finer kind would decide). */
      readonly reason: Localized;
    };

/** Which buyers an article binds, kind by kind, with the articles that say so. */
export interface BuyerScope {
  /** The articles that set the scope. */
  readonly basis: readonly LegalSource[];
  /** Summary of the scope, in French and English. */
  readonly summary: Localized;
  /** How each kind of buyer is treated (every kind is listed). */
  readonly kinds: Readonly<Record<BuyerKind, BuyerCoverage>>;
}
