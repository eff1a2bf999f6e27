import { addDays, addMonths, type CalendarDate } from '../../model/calendar-date.js';
import { type Money, parseMoney } from '../../model/money.js';
import { MAX_DURATION_MONTHS, type Problems, placeholderReason } from '../fields.js';
import { attr, child, text, type XmlElement } from './xml.js';

// Values of a notice: amounts with their currency, durations with their unit. XML has no number type: every value is
// text, so a number written as text is the normal case here, not a defect (unlike in JSON).

/** An amount element (`EstimatedOverallContractAmount currencyID="EUR"`), in euros; another currency is left out. */
export function readAmountElement(el: XmlElement | undefined, path: string, problems: Problems): Money | undefined {
  const value = text(el);
  if (value === undefined) return undefined;
  const currency = attr(el, 'currencyID');
  if (currency !== undefined && currency !== 'EUR') {
    problems.add('not-euros', path, `${value} ${currency}`, 'amount not in euros: left out');
    return undefined;
  }
  const parsed = parseMoney(value);
  if (!parsed.ok) {
    if (parsed.error === 'negative') problems.add('negative-number', path, value, 'negative amount: left out');
    else problems.add('not-a-number', path, value, `unreadable amount (${parsed.error}): left out`);
    return undefined;
  }
  const reason = placeholderReason(parsed.value);
  if (reason !== undefined) {
    problems.add(reason.startsWith('implausible') ? 'implausible-amount' : 'placeholder-amount', path, value, `${reason}: left out`);
    return undefined;
  }
  return parsed.value;
}

/**
 * Whole months of a planned period (BT-36 duration, or BT-536 start and BT-537 end), rounded up as DECP counts
 * `dureeMois`. A duration in days or weeks is counted in months only from a start date: 61 days are 2 or 3 months
 * depending on the months crossed, and rules have thresholds at 2 and 3 months.
 */
export function periodMonths(
  period: XmlElement | undefined,
  start: CalendarDate | undefined,
  end: CalendarDate | undefined,
  path: string,
  problems: Problems,
): number | undefined {
  const measure = child(period, 'DurationMeasure');
  const value = text(measure);
  if (value !== undefined) {
    const n = Number(value);
    const unit = attr(measure, 'unitCode');
    if (!Number.isFinite(n) || n <= 0) {
      problems.add('implausible-duration', path, value, `implausible duration ${value} ${unit ?? ''}: left out`.replace(' :', ':'));
      return undefined;
    }
    let months: number | undefined;
    if (unit === 'MONTH') months = n;
    else if (unit === 'YEAR') months = n * 12;
    else if ((unit === 'DAY' || unit === 'WEEK') && start !== undefined) {
      months = monthsFrom(start, addDays(start, unit === 'DAY' ? n : n * 7));
    } else if (unit === 'DAY' || unit === 'WEEK') {
      problems.add(
        'duration-not-in-months',
        path,
        `${value} ${unit}`,
        'duration in days or weeks without a start date: the months it spans cannot be counted exactly, left out',
      );
      return undefined;
    } else {
      problems.add('wrong-type', path, `${value} ${unit ?? ''}`.trim(), 'unknown duration unit: left out');
      return undefined;
    }
    if (months === undefined || months > MAX_DURATION_MONTHS) {
      problems.add('implausible-duration', path, `${value} ${unit}`, 'implausible duration: left out');
      return undefined;
    }
    return months;
  }
  if (start !== undefined && end !== undefined) {
    const months = monthsFrom(start, end);
    if (months === undefined)
      problems.add('period-end-before-start', path, { start, end }, 'period ends before it starts: duration left out');
    return months;
  }
  return undefined;
}

/** Whole months from start to end, rounded up: the least m with start + m months ≥ end. */
export function monthsFrom(start: CalendarDate, end: CalendarDate): number | undefined {
  if (end < start) return undefined;
  for (let m = 1; m <= MAX_DURATION_MONTHS; m++) if (addMonths(start, m) >= end) return m;
  return undefined;
}
