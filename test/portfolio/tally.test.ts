import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addProblems,
  addRejection,
  addToTally,
  createTally,
  mergeTallies,
  type PortfolioTally,
  prepareEvaluation,
  summarisePortfolio,
  TallyMismatchError,
} from '../../src/index.js';
import { contract, tallyOf } from '../support/portfolio.js';

const evaluate = prepareEvaluation({ asOf: '2026-11-23' });
const row = (t: PortfolioTally, id: string, group: object = {}) =>
  summarisePortfolio(t).indicators.find((x) => x.id === id && JSON.stringify(x.group) === JSON.stringify(group));

const ENV_NONE = { executionClause: false, awardCriterion: false, technicalSpecification: false };

describe('tally of one indicator', () => {
  it('counts yes and no, reports unknown apart, never on either side', () => {
    const t = tallyOf([
      { environmental: { executionClause: true }, amountExclTax: '100000' },
      { environmental: ENV_NONE, amountExclTax: '300000' },
      { environmental: { awardCriterion: true }, amountExclTax: '0.01' },
      { amountExclTax: '999999' },
    ]);
    expect(row(t, 'environmental-consideration')).toMatchObject({
      numerator: 2,
      denominator: 3,
      unknown: 1,
      rate: 2 / 3,
      numeratorAmount: '100000.01',
      denominatorAmount: '400000.01',
      amountMissing: 0,
    });
    expect(row(t, 'environmental-consideration')?.amountRate).toBeCloseTo(100000.01 / 400000.01, 10);
  });

  it('leaves known contracts without an amount out of the amount rate only', () => {
    const t = tallyOf([{ environmental: { executionClause: true } }, { environmental: ENV_NONE, amountExclTax: '10' }]);
    expect(row(t, 'environmental-consideration')).toMatchObject({
      numerator: 1,
      denominator: 2,
      rate: 0.5,
      amountRate: 0,
      amountMissing: 1,
    });
  });

  it('gives null rates when nothing is known', () => {
    const t = tallyOf([{}]);
    expect(row(t, 'advance')).toMatchObject({ numerator: 0, denominator: 0, unknown: 1, rate: null, amountRate: null });
    expect(row(createTally(), 'advance')).toMatchObject({ denominator: 0, unknown: 0, rate: null });
  });

  it('counts reserved contracts and their amount exactly', () => {
    const t = tallyOf([
      { social: { reserved: true }, amountExclTax: '0.1' },
      { reservation: { basis: 'L2113-12' }, amountExclTax: '0.2' },
      { social: { reserved: false }, amountExclTax: '5' },
    ]);
    expect(row(t, 'reserved')).toMatchObject({ numerator: 2, denominator: 3, numeratorAmount: '0.3', denominatorAmount: '5.3' });
  });
});

describe('grouping', () => {
  const inputs = [
    { dates: { notification: '2025-12-31' }, nature: 'works', buyer: { id: 'B1' }, advance: { granted: true } },
    { dates: { notification: '2026-01-01' }, nature: 'services', buyer: { id: 'B1' }, advance: { granted: false } },
    { dates: { notification: '2026-06-30' }, nature: 'services', buyer: { id: 'B2' }, advance: { granted: true } },
    { nature: 'supplies', advance: { granted: true } },
  ];

  it('groups by notification year, the day before and the day of 1 January; missing date → "unknown"', () => {
    const s = summarisePortfolio(tallyOf(inputs, { by: ['year'] }));
    const advance = s.indicators.filter((x) => x.id === 'advance');
    expect(advance.map((x) => [x.group, x.numerator, x.denominator])).toEqual([
      [{}, 3, 4],
      [{ year: 2025 }, 1, 1],
      [{ year: 2026 }, 1, 2],
      [{ year: 'unknown' }, 1, 1],
    ]);
  });

  it('groups by combinations, in a stable order', () => {
    const s = summarisePortfolio(tallyOf(inputs, { by: ['buyer', 'nature'] }));
    expect(s.indicators.filter((x) => x.id === 'advance').map((x) => x.group)).toEqual([
      {},
      { buyer: 'B1', nature: 'services' },
      { buyer: 'B1', nature: 'works' },
      { buyer: 'B2', nature: 'services' },
      { buyer: 'unknown', nature: 'supplies' },
    ]);
  });
});

describe('records accounted for', () => {
  it('keeps total = evaluated + rejected, rejections sorted by index, problems counted per path', () => {
    const t = tallyOf([{}, {}]);
    addRejection(t, 7, 'not JSON');
    addRejection(t, 3, 'bad date', [{ path: '$.dates.notification', reason: 'impossible date' }]);
    addProblems(t, { index: 1, contract: 'c1', problems: [{ path: '$.titulaires[0].id', value: 'NC', reason: 'placeholder' }] });
    addProblems(t, { index: 2, problems: [{ path: '$.titulaires[1].id', reason: 'placeholder' }] });
    addProblems(t, { index: 5, problems: [] });
    const s = summarisePortfolio(t);
    expect(s.records).toEqual({
      total: 4,
      evaluated: 2,
      rejected: 2,
      duplicates: 0,
      rejections: [
        { index: 3, reason: 'bad date' },
        { index: 7, reason: 'not JSON' },
      ],
    });
    expect(s.dataQuality.records).toBe(3);
    expect(s.dataQuality.byPath).toEqual([
      { path: '$.titulaires[*].id', count: 2 },
      { path: '$.dates.notification', count: 1 },
    ]);
    expect(s.dataQuality.samples.map((x) => x.index)).toEqual([1, 2, 3]);
  });
});

// Random contracts over the fields the indicators read, to check the merge laws.
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const contractArb = fc
  .record({
    amount: maybe(fc.constantFrom('0', '39999.99', '40000', '40000.01', '125000.5', '0.001')),
    year: maybe(fc.constantFrom('2024-12-31', '2025-01-01', '2026-07-14')),
    nature: maybe(fc.constantFrom('works', 'supplies', 'services')),
    buyer: maybe(fc.constantFrom('B1', 'B2')),
    env: maybe(fc.boolean()),
    social: maybe(fc.boolean()),
    reserved: maybe(fc.boolean()),
    insertion: maybe(fc.boolean()),
    advance: maybe(fc.boolean()),
    price: maybe(fc.constantFrom('firm', 'firm-actualisable', 'revisable', 'provisional')),
    procedure: maybe(fc.constantFrom('open', 'adapted', 'negotiated')),
  })
  .map((r, i = 0) =>
    contract({
      id: `c${i}`,
      ...(r.amount ? { amountExclTax: r.amount } : {}),
      ...(r.year ? { dates: { notification: r.year } } : {}),
      ...(r.nature ? { nature: r.nature } : {}),
      ...(r.buyer ? { buyer: { id: r.buyer } } : {}),
      ...(r.procedure ? { procedure: r.procedure } : {}),
      environmental: { executionClause: r.env, awardCriterion: false, technicalSpecification: false },
      social: { executionClause: r.social, awardCriterion: false, technicalSpecification: false, reserved: r.reserved },
      insertion: { clause: r.insertion },
      advance: { granted: r.advance },
      price: { type: r.price },
    }),
  );
const chunkArb = fc.array(contractArb, { maxLength: 12 });
const BY = ['year', 'nature'] as const;
const tallyChunk = (list: ReturnType<typeof contract>[], offset: number) => {
  const t = createTally({ by: [...BY] });
  list.forEach((c, i) => {
    addToTally(t, c, evaluate(c));
    if (c.amountExclTax === '0') addRejection(t, offset + i, 'zero amount');
  });
  return t;
};
const view = (t: PortfolioTally) => JSON.stringify(summarisePortfolio(t));

describe('mergeTallies', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(chunkArb, chunkArb, (a, b) => {
        const [x, y] = [tallyChunk(a, 0), tallyChunk(b, 1000)];
        expect(view(mergeTallies(x, y))).toBe(view(mergeTallies(y, x)));
      }),
      { numRuns: 60 },
    );
  });

  it('is associative, and equals tallying everything in one pass', () => {
    fc.assert(
      fc.property(chunkArb, chunkArb, chunkArb, (a, b, c) => {
        const [x, y, z] = [tallyChunk(a, 0), tallyChunk(b, 1000), tallyChunk(c, 2000)];
        const left = mergeTallies(mergeTallies(x, y), z);
        expect(view(left)).toBe(view(mergeTallies(x, mergeTallies(y, z))));
        const whole = createTally({ by: [...BY] });
        [...a, ...b, ...c].forEach((k) => {
          addToTally(whole, k, evaluate(k));
        });
        const s1 = summarisePortfolio(left);
        const s2 = summarisePortfolio(whole);
        expect(s1.indicators).toEqual(s2.indicators);
      }),
      { numRuns: 60 },
    );
  });

  it('has the empty tally as identity and leaves its inputs unchanged', () => {
    const x = tallyChunk([contract({ id: 'a', advance: { granted: true } })], 0);
    const before = view(x);
    expect(view(mergeTallies(x, createTally({ by: [...BY] })))).toBe(before);
    expect(view(x)).toBe(before);
  });

  it('survives structuredClone (workers)', () => {
    const x = tallyChunk([contract({ id: 'a', amountExclTax: '12.5', advance: { granted: true } })], 0);
    expect(view(structuredClone(x))).toBe(view(x));
  });

  it('refuses tallies with different grouping or options', () => {
    expect(() => mergeTallies(createTally({ by: ['year'] }), createTally())).toThrow(TallyMismatchError);
    expect(() => mergeTallies(createTally(), createTally({ considerationMinAmount: '40000' as never }))).toThrow(TallyMismatchError);
  });
});
