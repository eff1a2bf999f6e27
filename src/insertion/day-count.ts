import type { CalendarDate } from '../model/calendar-date.js';

/**
 * Days since 1970-01-01 of a calendar date, by pure integer arithmetic on the Gregorian calendar
 * (no `Date`, so identical in every time zone).
 */
export function dayNumber(d: CalendarDate): number {
  const m = Number(d.slice(5, 7));
  const day = Number(d.slice(8, 10));
  const y = Number(d.slice(0, 4)) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Number of days from `from` to `to` (`to − from`; 0 for the same day, negative when `to` is earlier). */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number => dayNumber(to) - dayNumber(from);
