import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../src/index.js';
import type { Money } from '../../src/model/money.js';
import { addSums, sumOf, sumRatio, sumToMoney, ZERO_SUM } from '../../src/portfolio/exact-sum.js';

const m = (s: string): Money => {
  const r = parseMoney(s);
  if (!r.ok) throw new Error(s);
  return r.value;
};

describe('exact sums of amounts', () => {
  it.each([
    [['0.1', '0.2'], '0.3'],
    [['40000', '0.01'], '40000.01'],
    [['1.5', '1.5'], '3'],
    [['999999999999999', '0.01'], '999999999999999.01'],
    [[], '0'],
  ])('%j sums to %s exactly', (amounts, expected) => {
    expect(sumToMoney(amounts.map((a) => sumOf(m(a))).reduce(addSums, ZERO_SUM))).toBe(expected);
  });

  it('is commutative and associative on any amounts', () => {
    const amount = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 6 })).map(([u, s]) => {
      const digits = u.toString().padStart(s + 1, '0');
      return m(s === 0 ? digits : `${digits.slice(0, -s)}.${digits.slice(-s)}`);
    });
    fc.assert(
      fc.property(amount, amount, amount, (a, b, c) => {
        const [x, y, z] = [sumOf(a), sumOf(b), sumOf(c)];
        expect(sumToMoney(addSums(x, y))).toBe(sumToMoney(addSums(y, x)));
        expect(sumToMoney(addSums(addSums(x, y), z))).toBe(sumToMoney(addSums(x, addSums(y, z))));
      }),
    );
  });

  it('gives ratios, null for a zero denominator', () => {
    expect(sumRatio(sumOf(m('1')), sumOf(m('4')))).toBe(0.25);
    expect(sumRatio(sumOf(m('0.1')), sumOf(m('0.3')))).toBeCloseTo(1 / 3, 12);
    expect(sumRatio(ZERO_SUM, ZERO_SUM)).toBeNull();
  });
});
