import { describe, expect, it } from 'vitest';
import { addDays, addMonths, calendarDate, isCalendarDate } from '../../src/index.js';

describe('calendar dates', () => {
  it.each(['2024-02-29', '2026-08-21', '2000-02-29', '2026-12-31'])('%s is a date', (d) => expect(isCalendarDate(d)).toBe(true));
  it.each(['2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-8-21', '2026-08-21T00:00:00Z', '21/08/2026', ''])(
    '%s is not',
    (d) => expect(isCalendarDate(d)).toBe(false),
  );

  it('throws a RangeError on a bad date', () => {
    expect(() => calendarDate('2026-02-30')).toThrow(RangeError);
  });

  it.each([
    ['2026-02-01', 3, '2026-05-01'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2026-03-29', -1, '2026-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
  ])('%s + %d months = %s', (d, n, expected) => {
    expect(addMonths(calendarDate(d), n)).toBe(expected);
  });

  it.each([
    ['2026-08-20', 1, '2026-08-21'],
    ['2026-03-28', 2, '2026-03-30'], // across the European DST change
    ['2026-11-01', -1, '2026-10-31'],
    ['2026-12-31', 1, '2027-01-01'],
  ])('%s + %d days = %s', (d, n, expected) => {
    expect(addDays(calendarDate(d), n)).toBe(expected);
  });
});
