import { Decimal } from 'decimal.js';
import { getParameter } from '../law/lookup.js';
import type { ParameterUse } from '../law/types.js';
import { isCalendarDate } from '../model/calendar-date.js';
import { type Money, type MoneyError, readDecimal } from '../model/money.js';

/**
 * The inputs of the facilitators' hours formula. Decimal strings or numbers, with the grammar of `parseMoney`
 * (numbers are read through their string form): amounts and the hourly cost at the cent, shares and rates to
 * 12 decimal places.
 */
export interface RequiredHoursInput {
  /** Amount of the contract excluding tax, in euros (`"1000000"`). */
  readonly amountExclTax: string | number;
  /** Labour share of the amount, between 0 and 1 (`0.4` = 40 %). */
  readonly labourShare: string | number;
  /** Average charged hourly labour cost, in euros per hour, above 0 (`40`). */
  readonly hourlyCost: string | number;
  /** Insertion rate: share of the hours worked reserved for insertion, between 0 and 1 (`0.07` = 7 %). */
  readonly rate: string | number;
}

/** The hours an insertion clause should reserve. */
export interface RequiredHours {
  /** The requirement in whole hours, rounded half up (`"700"`); see {@link requiredInsertionHours}. */
  readonly hours: Money;
  /** The unrounded quotient, rounded half up to 6 decimal places for display only (`"833.333333"`). */
  readonly unrounded: string;
  /** The hours worked in the contract: amount × labour share ÷ hourly cost, to 6 decimal places for display. */
  readonly labourHours: string;
}

/** Thrown by {@link requiredInsertionHours} for an input outside its domain, naming the input. */
export class InsertionHoursInputError extends RangeError {
  /** The faulty input: `amountExclTax`, `labourShare`, `hourlyCost`, `rate` or `date`. */
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'InsertionHoursInputError';
    this.field = field;
  }
}

// Multiplications of decimals are exact with enough significant digits; 200 is far beyond any real amount.
const Exact = Decimal.clone({ precision: 200, rounding: Decimal.ROUND_HALF_UP });

const INPUT_ERRORS: Record<MoneyError, string> = {
  negative: 'must not be negative',
  'not-a-number': 'expected a decimal number',
  'not-finite': 'expected a decimal number',
  'out-of-range': 'must be below 10^15',
  'too-long': 'expected a decimal number of at most 64 characters',
};

/** Decimal places of the shares and rates of the formula (amounts and costs are read at the cent, as money). */
const RATE_PLACES = 12;

function readInput(
  field: string,
  v: string | number,
  { max, positive, places = 2 }: { max?: number; positive?: boolean; places?: number } = {},
) {
  const r = readDecimal(v, places);
  if (!r.ok) throw new InsertionHoursInputError(field, INPUT_ERRORS[r.error]);
  const d = new Exact(r.value);
  if (positive && d.isZero()) throw new InsertionHoursInputError(field, 'must be above 0');
  if (max !== undefined && d.gt(max)) throw new InsertionHoursInputError(field, `must be between 0 and ${max}`);
  return d;
}

/**
 * Computes the insertion hours a contract must reserve, with the facilitators' formula (practice, not law):
 *
 * hours = amount excl. tax × labour share ÷ average hourly labour cost × insertion rate
 *
 * The arithmetic is exact (decimal.js for the products, integers for the division). **Rounding rule:** the
 * result is rounded half up to the whole hour (833.5 h → 834 h, 833.49 h → 833 h), once, at the end.
 *
 * @throws InsertionHoursInputError when an input is not a decimal, is negative, a share is above 1, or the hourly cost is 0.
 *
 * @example
 * ```ts
 * requiredInsertionHours({ amountExclTax: '1000000', labourShare: 0.4, hourlyCost: 40, rate: 0.07 }).hours; // '700'
 * ```
 */
export function requiredInsertionHours(input: RequiredHoursInput): RequiredHours {
  const amount = readInput('amountExclTax', input.amountExclTax);
  const share = readInput('labourShare', input.labourShare, { max: 1, places: RATE_PLACES });
  const cost = readInput('hourlyCost', input.hourlyCost, { positive: true });
  const rate = readInput('rate', input.rate, { max: 1, places: RATE_PLACES });
  const numerator = amount.mul(share).mul(rate);
  // Exact half-up rounding of numerator ÷ cost: scale both to integers, then floor((2n + d) / 2d).
  const places = Math.max(numerator.decimalPlaces(), cost.decimalPlaces());
  const n = BigInt(numerator.mul(new Exact(10).pow(places)).toFixed(0));
  const d = BigInt(cost.mul(new Exact(10).pow(places)).toFixed(0));
  const hours = (2n * n + d) / (2n * d);
  return {
    hours: String(hours) as Money,
    unrounded: trim(numerator.div(cost).toFixed(6, Decimal.ROUND_HALF_UP)),
    labourHours: trim(amount.mul(share).div(cost).toFixed(6, Decimal.ROUND_HALF_UP)),
  };
}

const trim = (s: string): string => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);

/** The facilitators' usual values at a date (practice, not law), with their sources and confidence. */
export interface TypicalInsertionInputs {
  /** Usual insertion rate (`insertion.rate.typical`). */
  readonly rate: ParameterUse;
  /** Usual charged hourly labour cost (`insertion.hourlyCost.typical`). */
  readonly hourlyCost: ParameterUse;
  /** Usual labour share of a works contract (`insertion.labourShare.works`); no sourced value exists for supplies or services. */
  readonly worksLabourShare: ParameterUse;
}

/**
 * The usual rate, hourly cost and works labour share at a date (the consultation launch), from the parameter tree.
 * They are facilitator practice: a starting point to discuss with the local facilitator, never a legal requirement.
 *
 * @throws InsertionHoursInputError when `date` is not a `YYYY-MM-DD` calendar date.
 * @throws ParameterCoverageError when the date is before the parameters' history.
 */
export function typicalInsertionInputs(date: string): TypicalInsertionInputs {
  if (!isCalendarDate(date)) throw new InsertionHoursInputError('date', 'expected a YYYY-MM-DD calendar date');
  return {
    rate: getParameter('insertion.rate.typical', date),
    hourlyCost: getParameter('insertion.hourlyCost.typical', date),
    worksLabourShare: getParameter('insertion.labourShare.works', date),
  };
}
