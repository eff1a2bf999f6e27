import type { Confidence, LegalSource, ParameterUse } from '../law/types.js';
import type { BuyerKind } from '../model/contract.js';
import type { Localized } from '../model/localized.js';
import type { Status } from '../rules/rule.js';
import type { RegimeId } from './purchase-lines.js';

/** Where a minimum comes from: a parameter of clausier's tree, or the caller's AGEC rates file. */
export type MinimumSource =
  | {
      /** A dated parameter of clausier's tree. */
      readonly kind: 'parameter';
      /** The parameter's value for the year, with its period, confidence and sources. */
      readonly parameter: ParameterUse;
    }
  | {
      /** The caller's AGEC rates file. */
      readonly kind: 'rates-file';
      /** The source the file names (e.g. the annex of décret n° 2024-134 as copied from Légifrance). */
      readonly source: string;
    };

/** One share measured for one subject (a category, a restaurant, a vehicle category) against its minimum. */
export interface RegimeMeasure {
  /** What is measured: `reuse`, `recycled`, `combined`, `sustainable-quality`, `organic`, `meat-fish`, `low-emission`. */
  readonly id: string;
  /** What is measured, in French and English. */
  readonly label: Localized;
  /** The verdict: `pass`/`fail` against the minimum, `not-applicable` (no minimum that year, nothing bought), `unknown`. */
  readonly status: Status;
  /** The qualifying amount (€ HT, canonical decimal) or count; `null` when unknown. */
  readonly numerator: string | null;
  /** The total it is a share of; `null` when unknown. */
  readonly denominator: string | null;
  /** `numerator / denominator`, to 12 decimal places; `null` when unknown or the denominator is 0. */
  readonly share: number | null;
  /** The minimum share (0–1) for the year; `null` when none is known. */
  readonly minimum: number | null;
  /** Where the minimum comes from; `null` when none is known. */
  readonly minimumSource: MinimumSource | null;
  /** Confidence of the minimum (`unconfirmed`: not read in the official text); `null` without a minimum. */
  readonly confidence: Confidence | null;
  /** When `unknown` for missing data: the JSON paths of the lines' missing fields (`$[3].organicExclTax`). */
  readonly missing: readonly string[];
  /** Why, in French and English. */
  readonly message: Localized;
}

/** The result of one regime for one buyer, year and subject (category, restaurant or vehicle category). */
export interface RegimeResult {
  /** The regime. */
  readonly regime: RegimeId;
  /** Calendar year. */
  readonly year: number;
  /** The buyer's identifier. */
  readonly buyerId: string;
  /** The buyer's name, when a line gives it. */
  readonly buyerName?: string;
  /** The buyer's kind, when a line gives it. */
  readonly buyerKind?: BuyerKind;
  /** The subject: product category (AGEC), restaurant (EGalim) or vehicle category (clean vehicles). */
  readonly subject: string;
  /** Zero-based indexes of the lines counted. */
  readonly lines: readonly number[];
  /** Overall: `fail` if a measure fails, else `unknown` if one is unknown, else `pass` if one passes, else `not-applicable`. */
  readonly status: Status;
  /** Whether the regime applies to this buyer and subject, and why, in French and English. */
  readonly scope: Localized;
  /** When the scope itself is unknown for missing data: the JSON paths of the lines' missing fields. */
  readonly missing: readonly string[];
  /** The shares measured. */
  readonly measures: readonly RegimeMeasure[];
}

/** What a regime is and where it comes from, for the reports. */
export interface RegimeInfo {
  /** The regime. */
  readonly id: RegimeId;
  /** Name, in French and English. */
  readonly label: Localized;
  /** Who it binds and how it is counted, in French and English. */
  readonly description: Localized;
  /** The texts. */
  readonly legalBasis: readonly LegalSource[];
  /** The parameters it may use. */
  readonly parameters: readonly string[];
}

/** Counts of results per status. */
export interface RegimeSummary {
  /** Results passed. */
  readonly pass: number;
  /** Results failed. */
  readonly fail: number;
  /** Results not applicable. */
  readonly notApplicable: number;
  /** Results unknown. */
  readonly unknown: number;
}

/** The quota regimes computed over a list of purchase lines. */
export interface RegimeReport {
  /** Lines read. */
  readonly lines: number;
  /** The regimes met in the lines, with their legal basis. */
  readonly regimes: readonly RegimeInfo[];
  /** One result per regime, year, buyer and subject, in that order. */
  readonly results: readonly RegimeResult[];
  /** Counts per status. */
  readonly summary: RegimeSummary;
}
