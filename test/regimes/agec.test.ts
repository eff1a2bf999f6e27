import { describe, expect, it } from 'vitest';
import { parseAgecRates } from '../../src/regimes/agec-rates.js';
import { only, regimes, statuses } from './support.js';

const textiles = (over: Record<string, unknown> = {}) => ({
  regime: 'agec',
  year: 2025,
  buyerId: 'commune-a',
  buyerKind: 'local-authority',
  category: 'textiles',
  amountExclTax: '10000',
  reuseExclTax: '800',
  recycledExclTax: '2000',
  ...over,
});

describe('AGEC art. 58 — textiles (décret n° 2024-134)', () => {
  it('passes exactly at the 2025 minimums (8 % re-use, 20 % recycled)', () => {
    const r = only([textiles()]);
    expect(r.status).toBe('pass');
    expect(statuses(r)).toEqual({ reuse: 'pass', recycled: 'pass' });
    const reuse = r.measures[0];
    expect(reuse?.share).toBe(0.08);
    expect(reuse?.minimum).toBe(0.08);
    expect(reuse?.confidence).toBe('confirmed');
    expect(reuse?.minimumSource).toMatchObject({ kind: 'parameter', parameter: { key: 'agec.textiles.reuse.minShare' } });
  });

  it('fails one cent below a minimum, whatever the other share', () => {
    const r = only([textiles({ reuseExclTax: '799.99' })]);
    expect(statuses(r)).toEqual({ reuse: 'fail', recycled: 'pass' });
    expect(r.status).toBe('fail');
    expect(r.measures[0]?.message.en).toBe('Only 7.99 % for a minimum of 8 %.');
  });

  it('sums the lines of one buyer, year and category exactly; a number and a string give the same result', () => {
    const a = only([
      textiles({ amountExclTax: 5000.1, reuseExclTax: '400.01' }),
      textiles({ amountExclTax: '4999.9', reuseExclTax: 399.99 }),
    ]);
    expect(a.lines).toEqual([0, 1]);
    expect(a.measures[0]).toMatchObject({ numerator: '800', denominator: '10000', status: 'pass' });
  });

  it('has no single minimum for 2024 (décret n° 2021-254 until 30 June): unknown, never a fail', () => {
    const r = only([textiles({ year: 2024, reuseExclTax: '0', recycledExclTax: '0' })]);
    expect(r.status).toBe('unknown');
    expect(r.scope.en).toContain('not known for the whole of 2024');
  });

  it('uses the 2027 step, marked unconfirmed', () => {
    const r = only([textiles({ year: 2027, reuseExclTax: '1500', recycledExclTax: '2500' })]);
    expect(statuses(r)).toEqual({ reuse: 'pass', recycled: 'pass' });
    expect(r.measures.map((m) => m.confidence)).toEqual(['unconfirmed', 'unconfirmed']);
    expect(r.measures[0]?.message.en).toContain('unconfirmed minimum');
  });

  it.each([
    ['state', 'pass'],
    ['local-authority', 'pass'],
    ['state-public-body', 'not-applicable'],
    ['social-landlord', 'not-applicable'],
    ['hospital', 'not-applicable'],
    ['contracting-entity', 'unknown'],
    ['other', 'unknown'],
  ])('buyer kind %s: %s', (buyerKind, expected) => {
    expect(only([textiles({ buyerKind })]).status).toBe(expected);
  });

  it('names the missing buyer kind', () => {
    const { buyerKind: _k, ...line } = textiles();
    const r = only([line]);
    expect(r.status).toBe('unknown');
    expect(r.missing).toEqual(['$[0].buyerKind']);
  });

  it('names the missing qualifying amount of each line', () => {
    const { reuseExclTax: _r, ...line } = textiles();
    const r = only([textiles(), line]);
    expect(statuses(r)).toEqual({ reuse: 'unknown', recycled: 'pass' });
    expect(r.measures[0]?.missing).toEqual(['$[1].reuseExclTax']);
  });

  it('nothing bought in the category: not applicable', () => {
    expect(only([textiles({ amountExclTax: '0', reuseExclTax: '0', recycledExclTax: '0' })]).status).toBe('not-applicable');
  });
});

describe('AGEC art. 58 — other categories come from the caller’s rates file, never invented', () => {
  const paper = { ...textiles(), category: 'paper', reuseExclTax: '0', recycledExclTax: '4000' };

  it('has no minimum without a rates file', () => {
    const r = only([paper]);
    expect(r.status).toBe('unknown');
    expect(r.scope.en).toContain('ships only the "textiles" row');
  });

  it('judges against the file, naming its source', () => {
    const rates = parseAgecRates({
      source: 'Décret n° 2024-134, annexe, copied on 2026-02-01',
      categories: [{ id: 'paper', minimums: [{ years: [2025, 2026], reuse: 0, recycled: 0.4 }] }],
    });
    if (!rates.ok) expect.fail(JSON.stringify(rates.problems));
    const r = only([paper], { agecRates: rates.value });
    expect(statuses(r)).toEqual({ reuse: 'not-applicable', recycled: 'pass' });
    expect(r.measures[1]?.minimumSource).toEqual({ kind: 'rates-file', source: 'Décret n° 2024-134, annexe, copied on 2026-02-01' });
    const below = only([{ ...paper, recycledExclTax: '3999.99' }], { agecRates: rates.value });
    expect(below.status).toBe('fail');
  });

  it('judges décret n° 2021-254 years on the combined share and its re-use part', () => {
    const rates = parseAgecRates({
      source: 'Décret n° 2021-254, annexe',
      categories: [{ id: 'paper', minimums: [{ year: 2023, combined: 0.4, ofWhichReuse: 0 }] }],
    });
    if (!rates.ok) expect.fail(JSON.stringify(rates.problems));
    const r = only([{ ...paper, year: 2023, reuseExclTax: '1000', recycledExclTax: '3000' }], { agecRates: rates.value });
    expect(statuses(r)).toEqual({ combined: 'pass', ofWhichReuse: 'not-applicable' });
    expect(r.measures[0]?.numerator).toBe('4000');
  });

  it('lets the file fill a year clausier does not cover (2024), and reports a file that contradicts clausier', () => {
    const rates = parseAgecRates({
      source: 'own copy',
      categories: [
        {
          id: 'textiles',
          minimums: [
            { year: 2024, reuse: 0.05, recycled: 0.2 },
            { year: 2025, reuse: 0.1, recycled: 0.2 },
          ],
        },
      ],
    });
    if (!rates.ok) expect.fail(JSON.stringify(rates.problems));
    expect(only([textiles({ year: 2024 })], { agecRates: rates.value }).status).toBe('pass');
    const conflict = only([textiles()], { agecRates: rates.value });
    expect(conflict.status).toBe('unknown');
    expect(conflict.scope.en).toContain('resolve the contradiction');
  });

  it('refuses a rates file with two minimums for the same category and year, or mixing the two decrees', () => {
    const dup = parseAgecRates({
      source: 's',
      categories: [
        {
          id: 'paper',
          minimums: [
            { year: 2025, recycled: 0.4 },
            { years: [2025], recycled: 0.3 },
          ],
        },
      ],
    });
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.problems[0]).toMatchObject({ path: '$.categories[0].minimums[1]', code: 'duplicate' });
    const mixed = parseAgecRates({ source: 's', categories: [{ id: 'paper', minimums: [{ year: 2025, recycled: 0.4, combined: 0.4 }] }] });
    expect(mixed.ok).toBe(false);
    if (!mixed.ok) expect(mixed.problems[0]?.code).toBe('shares');
  });
});

describe('results', () => {
  it('one result per regime, year, buyer and category, sorted', () => {
    const { results, summary, regimes: info } = regimes([textiles({ year: 2026 }), textiles({ buyerId: 'b' }), textiles()]);
    expect(results.map((r) => `${r.year}/${r.buyerId}`)).toEqual(['2025/b', '2025/commune-a', '2026/commune-a']);
    expect(summary).toEqual({ pass: 3, fail: 0, notApplicable: 0, unknown: 0 });
    expect(info.map((i) => i.id)).toEqual(['agec']);
  });
});
