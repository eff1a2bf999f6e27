import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addToTally,
  type Contract,
  createTally,
  mergeTallies,
  parseContract,
  parseOwnTargets,
  prepareEvaluation,
  summarisePortfolio,
} from '../../src/index.js';

const bool = fc.option(fc.boolean(), { nil: undefined });
const contractArb = fc
  .record(
    {
      nature: fc.constantFrom('works', 'supplies', 'services'),
      procedure: fc.constantFrom('open', 'negotiated', 'adapted', 'restricted'),
      amountExclTax: fc.bigInt({ min: 0n, max: 10n ** 9n }).map((c) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`),
      notification: fc.constantFrom('2023-03-01', '2024-12-31', '2025-01-01', '2026-08-21'),
      priceType: fc.constantFrom('firm', 'firm-actualisable', 'revisable', 'provisional'),
      env: bool,
      social: bool,
      reserved: bool,
      insertion: bool,
      advance: bool,
    },
    { requiredKeys: ['nature', 'notification'] },
  )
  .map((r) => {
    const input = {
      id: 'c',
      kind: 'contract',
      nature: r.nature,
      procedure: r.procedure,
      amountExclTax: r.amountExclTax,
      dates: { notification: r.notification },
      price: r.priceType ? { type: r.priceType } : undefined,
      environmental: r.env === undefined ? undefined : { executionClause: r.env, awardCriterion: r.env, technicalSpecification: r.env },
      social: r.social === undefined ? undefined : { executionClause: r.social, reserved: r.reserved ?? false },
      insertion: r.insertion === undefined ? undefined : { clause: r.insertion },
      advance: r.advance === undefined ? undefined : { granted: r.advance },
    };
    const p = parseContract(JSON.parse(JSON.stringify(input)));
    if (!p.ok) throw new Error(JSON.stringify(p.problems));
    return p.value;
  });

const evaluate = prepareEvaluation({ asOf: '2026-11-23' });
const tallyOf = (cs: readonly Contract[]) => {
  const t = createTally({ by: ['year', 'nature'] });
  for (const c of cs) addToTally(t, c, evaluate(c));
  return t;
};

describe('portfolio properties', () => {
  it('every rate is in [0, 1] (or null) and unknowns are never counted on either side', () => {
    fc.assert(
      fc.property(fc.array(contractArb, { maxLength: 40 }), (cs) => {
        const s = summarisePortfolio(tallyOf(cs));
        for (const i of s.indicators) {
          for (const rate of [i.rate, i.amountRate]) if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
          expect(i.numerator).toBeLessThanOrEqual(i.denominator);
          if (Object.keys(i.group).length === 0) expect(i.denominator + i.unknown).toBeLessThanOrEqual(cs.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on chunking or order', () => {
    fc.assert(
      fc.property(fc.array(contractArb, { maxLength: 30 }), fc.nat(30), (cs, cut) => {
        const whole = summarisePortfolio(tallyOf(cs));
        const k = Math.min(cut, cs.length);
        const merged = summarisePortfolio(mergeTallies(tallyOf(cs.slice(k)), tallyOf(cs.slice(0, k))));
        const reversed = summarisePortfolio(tallyOf([...cs].reverse()));
        expect(merged.indicators).toEqual(whole.indicators);
        expect(reversed.indicators).toEqual(whole.indicators);
      }),
      { numRuns: 100 },
    );
  });

  it('parseOwnTargets returns a result for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        const r = parseOwnTargets(v);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});
