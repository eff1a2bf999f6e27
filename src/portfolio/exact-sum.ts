import type { Money } from '../model/money.js';

/**
 * An exact sum of euros: `units × 10^-scale`, held as a bigint so that adding a million amounts costs no
 * float rounding and no decimal.js allocation. Plain data: survives `structuredClone` (workers).
 */
export interface ExactSum {
  /** The sum in units of `10^-scale` euros. */
  readonly units: bigint;
  /** Number of decimal places of {@link ExactSum.units}. */
  readonly scale: number;
}

/** The empty sum. */
export const ZERO_SUM: ExactSum = { units: 0n, scale: 0 };

const POW10: bigint[] = [1n];
const pow10 = (n: number): bigint => {
  for (let k = POW10.length; k <= n; k++) POW10.push((POW10[k - 1] as bigint) * 10n);
  return POW10[n] as bigint;
};

/** Reads a canonical amount (`"40000.01"`) as an exact sum. */
export function sumOf(m: Money): ExactSum {
  const dot = m.indexOf('.');
  if (dot < 0) return { units: BigInt(m), scale: 0 };
  return { units: BigInt(m.slice(0, dot) + m.slice(dot + 1)), scale: m.length - dot - 1 };
}

/** Adds two exact sums (commutative and associative; the result has the larger scale). */
export function addSums(a: ExactSum, b: ExactSum): ExactSum {
  if (b.units === 0n) return a;
  if (a.units === 0n) return b;
  if (a.scale === b.scale) return { units: a.units + b.units, scale: a.scale };
  if (a.scale > b.scale) return { units: a.units + b.units * pow10(a.scale - b.scale), scale: a.scale };
  return { units: a.units * pow10(b.scale - a.scale) + b.units, scale: b.scale };
}

/** Writes an exact sum as a canonical amount (`"120000.5"`, `"0"`). */
export function sumToMoney(s: ExactSum): Money {
  if (s.units === 0n) return '0' as Money;
  let units = s.units;
  let scale = s.scale;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  const digits = units.toString().padStart(scale + 1, '0');
  return (scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`) as Money;
}

/** `a / b` as a number (a ratio, not an amount), exact to 12 decimal places; `null` when `b` is zero. */
export function sumRatio(a: ExactSum, b: ExactSum): number | null {
  if (b.units === 0n) return null;
  const scale = Math.max(a.scale, b.scale);
  const na = a.units * pow10(scale - a.scale);
  const nb = b.units * pow10(scale - b.scale);
  const PRECISION = 12;
  return Number((na * pow10(PRECISION)) / nb) / 10 ** PRECISION;
}
