import { Decimal } from 'decimal.js';
import type { ParameterKey } from '../law/parameters/index.js';
import type { Localized } from '../model/localized.js';
import type { Status } from '../rules/rule.js';
import type { MinimumSource, RegimeMeasure, RegimeResult } from './types.js';
import { valueForYear } from './yearly-value.js';

/** A minimum share for a year, or why there is none. */
export type Minimum =
  | {
      /** The minimum share (0–1); 0 means no minimum that year. */
      readonly value: number;
      /** Where it comes from. */
      readonly source: MinimumSource;
    }
  | {
      /** No minimum known. */
      readonly value: null;
      /** Why, in French and English. */
      readonly message: Localized;
    };

/** The minimum a parameter gives for a year (see {@link valueForYear}). */
export function parameterMinimum(key: ParameterKey, year: number): Minimum {
  const y = valueForYear(key, year);
  if (!y.ok) return { value: null, message: y.message };
  return { value: y.use.value as number, source: { kind: 'parameter', parameter: y.use } };
}

/** Sums exact decimal strings (amounts or counts). */
export const sum = (values: readonly (string | number)[]): string => values.reduce<Decimal>((a, v) => a.plus(v), new Decimal(0)).toFixed();

// Rounded down, so that a share just below its minimum is never shown equal to it (7.9999 % → 7.99 %).
const pct = (share: number) => `${new Decimal(share).times(100).toDecimalPlaces(2, Decimal.ROUND_DOWN).toString()} %`;

/** What a measure needs: what it is, the qualifying part and the whole, the missing fields, the minimum. */
export interface MeasureInput {
  /** Identifier of the measure. */
  readonly id: string;
  /** What is measured. */
  readonly label: Localized;
  /** The qualifying part (a decimal string), `null` when a line lacks it. */
  readonly numerator: string | null;
  /** The whole. */
  readonly denominator: string;
  /** JSON paths of the lines' missing fields. */
  readonly missing: readonly string[];
  /** The minimum for the year. */
  readonly minimum: Minimum;
  /** The unit of the amounts, for messages: euros or vehicles. */
  readonly unit: 'eur' | 'vehicles';
}

/**
 * Compares a qualifying part with its minimum share of the whole, exactly (`part ≥ minimum × whole`, in decimals):
 * `not-applicable` when the minimum is 0 (none that year) or the whole is 0, `unknown` when the minimum or the part is
 * not known.
 */
export function measure(m: MeasureInput): RegimeMeasure {
  const min = m.minimum;
  const minimum = min.value;
  const minimumSource = min.value === null ? null : min.source;
  const confidence = minimumSource === null ? null : minimumSource.kind === 'parameter' ? minimumSource.parameter.confidence : 'confirmed';
  const whole = new Decimal(m.denominator);
  const share = m.numerator === null || whole.isZero() ? null : Number(new Decimal(m.numerator).div(whole).toDecimalPlaces(12));
  const base = { id: m.id, label: m.label, numerator: m.numerator, denominator: m.denominator, share, minimum, minimumSource, confidence };
  const out = (status: Status, message: Localized, missing: readonly string[] = []): RegimeMeasure => ({
    ...base,
    status,
    missing,
    message,
  });
  if (minimum === null) return out('unknown', (min as { message: Localized }).message);
  if (minimum === 0) {
    return out('not-applicable', { fr: 'Pas de part minimale cette année-là.', en: 'No minimum share that year.' });
  }
  if (whole.isZero()) {
    return out(
      'not-applicable',
      m.unit === 'eur'
        ? { fr: 'Aucun achat cette année-là.', en: 'No purchase that year.' }
        : { fr: 'Aucun véhicule renouvelé cette année-là.', en: 'No vehicle renewed that year.' },
    );
  }
  if (m.numerator === null) {
    return out(
      'unknown',
      { fr: `Données manquantes pour conclure : ${m.missing.join(', ')}.`, en: `Missing data to conclude: ${m.missing.join(', ')}.` },
      m.missing,
    );
  }
  const met = new Decimal(m.numerator).gte(whole.times(String(minimum)));
  const unconfirmed = confidence === 'unconfirmed' ? { fr: ' (minimum non confirmé)', en: ' (unconfirmed minimum)' } : { fr: '', en: '' };
  const achieved = pct(share as number);
  return met
    ? out('pass', {
        fr: `${achieved} atteint pour un minimum de ${pct(minimum)}${unconfirmed.fr}.`,
        en: `${achieved} reached for a minimum of ${pct(minimum)}${unconfirmed.en}.`,
      })
    : out('fail', {
        fr: `${achieved} seulement pour un minimum de ${pct(minimum)}${unconfirmed.fr}.`,
        en: `Only ${achieved} for a minimum of ${pct(minimum)}${unconfirmed.en}.`,
      });
}

/** The overall status of a result: a fail wins, then unknown, then pass; all not-applicable gives not-applicable. */
export function overallStatus(measures: readonly RegimeMeasure[]): Status {
  if (measures.some((x) => x.status === 'fail')) return 'fail';
  if (measures.some((x) => x.status === 'unknown')) return 'unknown';
  if (measures.some((x) => x.status === 'pass')) return 'pass';
  return 'not-applicable';
}

/** A result whose regime does not apply, or cannot be told to apply: no measure. */
export function scopeOnly(
  base: Omit<RegimeResult, 'status' | 'scope' | 'measures' | 'missing'>,
  status: 'not-applicable' | 'unknown',
  scope: Localized,
  missing: readonly string[] = [],
): RegimeResult {
  return { ...base, status, scope, missing, measures: [] };
}
