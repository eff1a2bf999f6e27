import { addDays as dfAddDays } from 'date-fns/addDays';
import { addMonths as dfAddMonths } from 'date-fns/addMonths';

/**
 * A calendar date written `YYYY-MM-DD`, with no time and no time zone.
 * Two calendar dates compare correctly as strings, which is what clausier does on hot paths.
 */
export type CalendarDate = string & {
  /** @internal */
  readonly __brand: 'CalendarDate';
};

/** True when `text` is a real `YYYY-MM-DD` calendar date (leap years included). */
export function isCalendarDate(text: string): text is CalendarDate {
  // Char codes rather than a pattern: every date of every record read goes through here (readers, then validation).
  // Not a string (JavaScript callers, null included): not a date, rather than a TypeError.
  if (typeof text !== 'string' || text.length !== ISO_DATE_LENGTH || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH)
    return false;
  const y = digitsValue(text, 0, 4);
  const mo = digitsValue(text, 5, 7);
  const d = digitsValue(text, 8, 10);
  return y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

const ISO_DATE_LENGTH = 'YYYY-MM-DD'.length;
const DASH = 0x2d;

/** The number written in `text[start, end)` with ASCII digits only, or -1 when another character is there. */
function digitsValue(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * Reads a `YYYY-MM-DD` string as a {@link CalendarDate}.
 * @throws RangeError when the text is not a real calendar date.
 */
export function calendarDate(text: string): CalendarDate {
  if (!isCalendarDate(text)) throw new RangeError(`Not a YYYY-MM-DD calendar date: ${JSON.stringify(text)}`);
  return text;
}

// date-fns works on Date objects in the local time zone; building them at local noon from the
// calendar fields and reading the fields back keeps the arithmetic identical in every TZ.
function toLocalNoon(d: CalendarDate): Date {
  return new Date(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)), 12);
}

function fromLocal(date: Date): CalendarDate {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}` as CalendarDate;
}

/**
 * Adds calendar months; the day is clamped to the end of a shorter month
 * (`2026-01-31` + 1 month = `2026-02-28`), as date-fns does.
 */
export const addMonths = (d: CalendarDate, months: number): CalendarDate =>
  (Number.isInteger(months) && addMonthsExact(d, months)) || fromLocal(dfAddMonths(toLocalNoon(d), months));

// Rules add months on every evaluation: whole months within years 1000–9999 are pure calendar arithmetic on the
// string (same result as date-fns, no Date object); anything else goes through date-fns.
function addMonthsExact(d: CalendarDate, months: number): CalendarDate | undefined {
  const year = Number(d.slice(0, 4));
  const month = Number(d.slice(5, 7)) - 1 + months;
  const day = Number(d.slice(8, 10));
  const y = year + Math.floor(month / 12);
  const m = month - Math.floor(month / 12) * 12 + 1;
  if (!(year >= 1000 && y >= 1000 && y <= 9999)) return undefined;
  const last = daysInMonth(y, m);
  return `${y}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${Math.min(day, last)}` as CalendarDate;
}

/** Adds (or, with a negative count, subtracts) calendar days. */
export const addDays = (d: CalendarDate, days: number): CalendarDate => fromLocal(dfAddDays(toLocalNoon(d), days));

/** The calendar year of a date. */
export const yearOf = (d: CalendarDate): number => Number(d.slice(0, 4));

/** Today's calendar date in UTC: the same on every machine whatever its time zone. */
export const todayUtc = (): CalendarDate => new Date().toISOString().slice(0, 10) as CalendarDate;
