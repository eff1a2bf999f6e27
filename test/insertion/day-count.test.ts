import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, daysBetween } from '../../src/insertion/day-count.js';
import type { CalendarDate } from '../../src/model/calendar-date.js';

const d = (s: string) => s as CalendarDate;

describe('day count', () => {
  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2023-01-01', 19358],
  ])('%s is day %i', (date, n) => {
    expect(dayNumber(d(date))).toBe(n);
  });

  it('counts leap days and centuries', () => {
    expect(daysBetween(d('2024-02-28'), d('2024-03-01'))).toBe(2);
    expect(daysBetween(d('2100-02-28'), d('2100-03-01'))).toBe(1);
    expect(daysBetween(d('2023-01-01'), d('2029-12-31'))).toBe(2556);
  });

  it('agrees with UTC milliseconds on any date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const utc = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
        expect(dayNumber(d(iso))).toBe(Math.round(utc / 86_400_000));
      }),
    );
  });
});
