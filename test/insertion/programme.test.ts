import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type BucketProgress, type InsertionProgramme, parseInsertionProgramme, trackInsertionProgramme } from '../../src/index.js';

type Entry = { date: string; bucket: string; hours: string; public: string };

/** A one-year bucket of 365 h (1 h a day at a linear pace) in a two-year programme. */
function programme(realised: Entry[] = [], extra: Record<string, unknown> = {}): InsertionProgramme {
  const r = parseInsertionProgramme({
    id: 'p',
    start: '2025-01-01',
    end: '2026-12-31',
    buckets: [{ id: 'works', targetHours: '365', deadline: '2025-12-31' }],
    realised,
    ...extra,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

const works = (p: InsertionProgramme, asOf: string): BucketProgress => {
  const b = trackInsertionProgramme(p, { asOf }).buckets[0];
  if (!b) throw new Error('no bucket');
  return b;
};
const e = (date: string, hours: string, pub = 'long-term-jobseeker', bucket = 'works'): Entry => ({ date, bucket, hours, public: pub });

describe('trackInsertionProgramme: linear pace (days elapsed ÷ total days, inclusive)', () => {
  it.each([
    // as-of → elapsed days, expected hours, phase, remaining days
    ['2024-12-31', 0, '0', 'not-started', 365], // the day before the start
    ['2025-01-01', 1, '1', 'in-progress', 364], // the day of the start
    ['2025-04-10', 100, '100', 'in-progress', 265],
    ['2025-12-30', 364, '364', 'in-progress', 1], // the day before the deadline
    ['2025-12-31', 365, '365', 'in-progress', 0], // the day of the deadline
    ['2026-01-01', 365, '365', 'deadline-passed', 0], // after the deadline
  ])('as of %s: %i days elapsed, %s h expected, %s, %i days left', (asOf, elapsed, expected, phase, remainingDays) => {
    const b = works(programme(), asOf);
    expect(b).toMatchObject({ totalDays: 365, elapsedDays: elapsed, expectedHours: expected, phase, remainingDays });
  });

  it('rounds expected hours half up to 0.01 h, exactly', () => {
    const p = parseInsertionProgramme({
      id: 'p',
      start: '2025-01-01',
      end: '2025-12-31',
      buckets: [{ id: 'b', targetHours: '1000', deadline: '2025-12-31' }],
    });
    if (!p.ok) throw new Error('invalid');
    // 1000 × 100 ÷ 365 = 273.9726… → 273.97
    expect(trackInsertionProgramme(p.value, { asOf: '2025-04-10' }).buckets[0]?.expectedHours).toBe('273.97');
  });

  it.each([
    ['99.99', 'behind', '-0.01'],
    ['100', 'on-track', '0'],
    ['100.01', 'ahead', '0.01'],
  ])('on day 100, %s h done → %s (gap %s h)', (done, pace, gap) => {
    const b = works(programme([e('2025-04-10', done)]), '2025-04-10');
    expect(b).toMatchObject({ doneHours: done, pace, gapHours: gap });
  });

  it('ignores entries after the as-of date, and counts them', () => {
    const p = programme([e('2025-04-10', '100'), e('2025-04-11', '7')]);
    expect(works(p, '2025-04-10').doneHours).toBe('100');
    expect(trackInsertionProgramme(p, { asOf: '2025-04-10' }).entriesAfterAsOf).toBe(1);
    expect(works(p, '2025-04-11').doneHours).toBe('107');
  });

  it('counts eligible publics only; other hours and hours after the deadline are reported apart', () => {
    const p = programme([
      e('2025-03-01', '50'),
      e('2025-03-02', '20', 'other'),
      e('2025-03-03', '2.5', 'unknown'),
      e('2026-01-15', '30', 'iae-pathway'),
    ]);
    const b = works(p, '2026-02-01');
    expect(b).toMatchObject({ doneHours: '50', notCountedHours: '22.5', doneAfterDeadlineHours: '30', remainingHours: '315' });
  });
});

describe('trackInsertionProgramme: remaining months and projections', () => {
  it('gives hours per remaining month over the mean Gregorian month', () => {
    const b = works(programme([e('2025-04-10', '100')]), '2025-04-10');
    // 265 days left ÷ 30.436875 = 8.7064… months; 265 h ÷ 8.7064… = 30.436875 h per month
    expect(b).toMatchObject({ remainingHours: '265', remainingMonths: '8.71', hoursPerRemainingMonth: '30.44' });
  });

  it('has no per-month figure once no day is left, and 0 when the target is met', () => {
    expect(works(programme([e('2025-04-10', '100')]), '2025-12-31').hoursPerRemainingMonth).toBeNull();
    expect(works(programme([e('2025-04-10', '400')]), '2025-12-31').hoursPerRemainingMonth).toBe('0');
  });

  it('projects completion and the shortfall at the current pace', () => {
    // On track: 100 h in 100 days → 365 h on day 365, no shortfall.
    expect(works(programme([e('2025-04-10', '100')]), '2025-04-10')).toMatchObject({
      projectedCompletion: '2025-12-31',
      projectedHoursAtDeadline: '365',
      projectedShortfall: '0',
    });
    // Half the pace: 50 h in 100 days → 182.5 h at the deadline, the target on day 730.
    expect(works(programme([e('2025-04-10', '50')]), '2025-04-10')).toMatchObject({
      projectedCompletion: '2026-12-31',
      projectedHoursAtDeadline: '182.5',
      projectedShortfall: '182.5',
    });
  });

  it('cannot project without hours done, and gives the full target as shortfall', () => {
    expect(works(programme(), '2025-06-01')).toMatchObject({
      projectedCompletion: null,
      projectedHoursAtDeadline: '0',
      projectedShortfall: '365',
    });
    expect(works(programme(), '2024-06-01')).toMatchObject({
      projectedCompletion: null,
      projectedShortfall: '365',
      remainingMonths: '11.99',
    });
  });

  it('dates completion on the entry that reaches the target', () => {
    const p = programme([e('2025-05-31', '200'), e('2025-09-30', '164.99'), e('2025-10-31', '0.01'), e('2025-11-30', '50')]);
    expect(works(p, '2025-10-30')).toMatchObject({ phase: 'in-progress', completedOn: null });
    expect(works(p, '2025-10-31')).toMatchObject({
      phase: 'completed',
      completedOn: '2025-10-31',
      projectedCompletion: '2025-10-31',
      remainingHours: '0',
    });
    expect(works(p, '2026-06-01')).toMatchObject({
      phase: 'completed',
      doneHours: '415',
      completionShare: '1.137',
      projectedShortfall: '0',
    });
  });

  it('after a missed deadline, the shortfall is the actual one', () => {
    const b = works(programme([e('2025-12-31', '300'), e('2026-01-02', '100')]), '2026-03-01');
    expect(b).toMatchObject({ phase: 'deadline-passed', doneHours: '300', projectedHoursAtDeadline: '300', projectedShortfall: '65' });
  });

  it('returns no projected date beyond 9999-12-31', () => {
    const b = works(programme([e('2025-01-01', '0.0001')]), '2025-01-01');
    expect(b.projectedCompletion).toBeNull();
    expect(b.projectedShortfall).toBe('364.96'); // 365 − 0.0001 × 365
  });

  it('rejects a malformed as-of date', () => {
    expect(() => trackInsertionProgramme(programme(), { asOf: '2025-13-01' })).toThrow(RangeError);
  });
});

describe('trackInsertionProgramme: year-by-year table', () => {
  it('lists hours per year and bucket, other hours, and non-works contracts with a clause', () => {
    const p = programme([e('2025-03-01', '10'), e('2025-03-02', '5', 'other'), e('2026-02-01', '7'), e('2026-12-01', '99')], {
      contracts: [
        { id: 'S1', nature: 'services', notification: '2025-02-01', insertionClause: true },
        { id: 'S2', nature: 'supplies', notification: '2025-06-01', insertionClause: true },
        { id: 'S3', nature: 'services', notification: '2025-07-01', insertionClause: false },
        { id: 'W1', nature: 'works', notification: '2025-08-01', insertionClause: true },
        { id: 'S4', nature: 'services', notification: '2026-01-10', insertionClause: true },
        { id: 'S5', nature: 'services', notification: '2026-11-10', insertionClause: true },
      ],
    });
    expect(trackInsertionProgramme(p, { asOf: '2026-06-30' }).years).toEqual([
      { year: 2025, hoursByBucket: { works: '10' }, countedHours: '10', notCountedHours: '5', nonWorksContractsWithClause: 2 },
      { year: 2026, hoursByBucket: { works: '7' }, countedHours: '7', notCountedHours: '0', nonWorksContractsWithClause: 1 },
    ]);
    expect(trackInsertionProgramme(p, { asOf: '2024-12-31' }).years).toEqual([]);
    expect(trackInsertionProgramme(p, { asOf: '2040-01-01' }).years.map((y) => y.year)).toEqual([2025, 2026]);
  });
});

describe('the Contrat Ambition Logement example (400 000 h works by 2029, 150 000 h services over 35 years)', () => {
  const parsed = parseInsertionProgramme(JSON.parse(readFileSync('examples/insertion/contrat-ambition-logement.json', 'utf8')));
  if (!parsed.ok) throw new Error('invalid example');
  const cal = parsed.value;

  it('tracks both buckets at 23 November 2026', () => {
    const r = trackInsertionProgramme(cal, { asOf: '2026-11-23' });
    const [w, s] = r.buckets;
    // 400 000 × 1 423 ÷ 2 557 = 222 604.61 h expected
    expect(w).toMatchObject({
      id: 'works',
      totalDays: 2557,
      elapsedDays: 1423,
      expectedHours: '222604.61',
      doneHours: '184730',
      pace: 'behind',
    });
    expect(w).toMatchObject({ gapHours: '-37874.61', remainingHours: '215270', projectedCompletion: '2031-06-09' });
    expect(s).toMatchObject({ id: 'services', totalDays: 12784, deadline: '2057-12-31', doneHours: '13818', pace: 'behind' });
    expect(r.years.map((y) => [y.year, y.countedHours, y.nonWorksContractsWithClause])).toEqual([
      [2023, '29498', 1],
      [2024, '54782', 2],
      [2025, '64288', 3],
      [2026, '49980', 2],
    ]);
  });

  it('expects the full 400 000 h on 31 December 2029, not the day before', () => {
    expect(trackInsertionProgramme(cal, { asOf: '2029-12-30' }).buckets[0]?.expectedHours).toBe('399843.57');
    expect(trackInsertionProgramme(cal, { asOf: '2029-12-31' }).buckets[0]?.expectedHours).toBe('400000');
  });
});
