import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, parseInsertionProgramme, requiredInsertionHours, trackInsertionProgramme } from '../../src/index.js';

const START = '2023-01-01' as CalendarDate;
const PUBLICS = ['long-term-jobseeker', 'iae-pathway', 'disabled-worker', 'other', 'unknown'] as const;

const entry = fc.record({
  day: fc.integer({ min: 0, max: 3000 }),
  cents: fc.integer({ min: 0, max: 1_000_000 }),
  public: fc.constantFrom(...PUBLICS),
  bucket: fc.constantFrom('works', 'services'),
});

/** Hundredths as an exact decimal string, without float division. */
const hundredths = (n: number) => `${Math.trunc(n / 100)}.${String(n % 100).padStart(2, '0')}`;
const hours = hundredths;
const sumCents = (xs: readonly { cents: number }[]) => xs.reduce((s, x) => s + x.cents, 0);

function build(entries: readonly { day: number; cents: number; public: string; bucket: string }[]) {
  const r = parseInsertionProgramme({
    id: 'prop',
    start: START,
    end: '2031-12-31',
    buckets: [
      { id: 'works', targetHours: '40000', deadline: '2029-12-31' },
      { id: 'services', targetHours: '15000', deadline: '2031-12-31' },
    ],
    realised: entries.map((e) => ({ date: addDays(START, e.day), bucket: e.bucket, hours: hours(e.cents), public: e.public })),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

describe('programme tracking properties', () => {
  it('expected hours never decrease with the as-of date and stay within [0, target]', () => {
    const p = build([]);
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 3300 }), fc.integer({ min: 0, max: 400 }), (a, step) => {
        const first = trackInsertionProgramme(p, { asOf: addDays(START, a) }).buckets;
        const later = trackInsertionProgramme(p, { asOf: addDays(START, a + step) }).buckets;
        first.forEach((b, i) => {
          const e1 = Number(b.expectedHours);
          const e2 = Number(later[i]?.expectedHours);
          expect(e1).toBeGreaterThanOrEqual(0);
          expect(e2).toBeGreaterThanOrEqual(e1);
          expect(e2).toBeLessThanOrEqual(Number(b.targetHours));
        });
      }),
    );
  });

  it('every hour up to the as-of date lands in exactly one total: counted, other, or after the deadline', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 25 }), fc.integer({ min: 0, max: 3300 }), (entries, asOfDay) => {
        const r = trackInsertionProgramme(build(entries), { asOf: addDays(START, asOfDay) });
        const known = entries.filter((e) => e.day <= asOfDay);
        const toCents = (s: string) => Math.round(Number(s) * 100);
        const reported = r.buckets.reduce(
          (s, b) => s + toCents(b.doneHours) + toCents(b.notCountedHours) + toCents(b.doneAfterDeadlineHours),
          0,
        );
        expect(reported).toBe(sumCents(known));
        const yearly = r.years.reduce((s, y) => s + toCents(y.countedHours) + toCents(y.notCountedHours), 0);
        expect(yearly).toBe(sumCents(known));
        expect(r.entriesAfterAsOf).toBe(entries.length - known.length);
      }),
    );
  });
});

describe('required hours property', () => {
  it('equals round-half-up of the exact rational, computed independently with integers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }), // amount in cents
        fc.integer({ min: 0, max: 100 }), // labour share in %
        fc.integer({ min: 1, max: 10_000 }), // hourly cost in cents
        fc.integer({ min: 0, max: 100 }), // rate in %
        (amountCents, sharePct, costCents, ratePct) => {
          const n = BigInt(amountCents) * BigInt(sharePct) * BigInt(ratePct); // × 1/(100 × 100 × 100)
          const d = BigInt(costCents) * 10_000n; // cost in cents × 100 × 100 … so hours = n / d
          const expected = (2n * n + d) / (2n * d);
          const r = requiredInsertionHours({
            amountExclTax: hundredths(amountCents),
            labourShare: hundredths(sharePct),
            hourlyCost: hundredths(costCents),
            rate: hundredths(ratePct),
          });
          expect(r.hours).toBe(String(expected));
        },
      ),
    );
  });
});
