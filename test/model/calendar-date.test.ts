import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, calendarDate, isCalendarDate } from '../../src/index.js';

describe('calendar dates', () => {
  it.each(['2024-02-29', '2026-08-21', '2000-02-29', '2026-12-31'])('%s is a date', (d) => expect(isCalendarDate(d)).toBe(true));
  it.each(['2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-8-21', '2026-08-21T00:00:00Z', '21/08/2026', ''])(
    '%s is not',
    (d) => expect(isCalendarDate(d)).toBe(false),
  );

  it.each([null, undefined, 20240229, { length: 10 }, ['2024-02-29']])('%j (not a string) is not a date, and no TypeError', (v) =>
    expect(isCalendarDate(v as unknown as string)).toBe(false),
  );

  // isCalendarDate reads char codes: edges of that scan, and agreement with the pattern it replaced.
  it.each(['0000-02-29', '9999-12-31', '2024-12-31', '2000-02-29'])('%s is a date (any four-digit year)', (d) =>
    expect(isCalendarDate(d)).toBe(true),
  );
  it.each([
    '2024-02-30',
    '2024-2-3',
    '2024-02-3 ',
    ' 2024-02-03',
    '2024-02-03\n',
    '2024/02/03',
    '+2024-02-03',
    '2024-0a-03',
    '２０２４-02-03',
    '2024-02-00',
    '-024-02-03',
  ])('%j is not (shape or day)', (d) => expect(isCalendarDate(d)).toBe(false));
  it('agrees with the pattern /^(\\d{4})-(\\d{2})-(\\d{2})$/ plus a day-of-month check', () => {
    const reference = (text: string): boolean => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      if (!m) return false;
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const days = mo === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
      return mo >= 1 && mo <= 12 && d >= 1 && d <= days;
    };
    const digit = fc.constantFrom(...'0123456789'.split(''));
    const char = fc.oneof(digit, fc.constantFrom('-', ' ', 'a', '٣', '\n'));
    const dateLike = fc.array(fc.oneof(digit, digit, char), { minLength: 8, maxLength: 12 }).map((cs) => cs.join(''));
    const shaped = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.oneof(shaped, dateLike, fc.string()), (text) => isCalendarDate(text) === reference(text)),
      { numRuns: 20_000 },
    );
  });

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
