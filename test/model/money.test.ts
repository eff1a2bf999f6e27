import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareMoney, type Money, parseMoney } from '../../src/index.js';
import { formatEuros } from '../../src/model/money.js';

const money = (s: string | number): Money => {
  const r = parseMoney(s);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('parseMoney', () => {
  it.each([
    ['40000', '40000'],
    ['40000.00', '40000'],
    ['40000.010', '40000.01'],
    ['0040000.5', '40000.5'],
    ['0', '0'],
    ['0.00', '0'],
    [' 12.5 ', '12.5'],
    [40000.01, '40000.01'],
    [0.1, '0.1'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    ['1.0e17', '100000000000000000'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['-1', 'negative'],
    [-0.01, 'negative'],
    ['abc', 'not-a-number'],
    ['', 'not-a-number'],
    ['40 000,00', 'not-a-number'],
    ['NaN', 'not-a-number'],
    [Number.NaN, 'not-finite'],
    [Number.POSITIVE_INFINITY, 'not-finite'],
    ['1.', 'not-a-number'],
    ['.5', 'not-a-number'],
  ])('rejects %j (%s)', (input, error) => {
    expect(parseMoney(input)).toEqual({ ok: false, error });
  });

  it('reads -0 as zero-like but never as negative money', () => {
    expect(parseMoney('-0')).toEqual({ ok: false, error: 'not-a-number' });
  });
});

describe('compareMoney', () => {
  it.each([
    ['40000', '40000.01', -1],
    ['40000.01', '40000', 1],
    ['40000', '40000', 0],
    ['9', '10', -1],
    ['0.1', '0.09', 1],
    ['123456789012345678901234567890.5', '123456789012345678901234567890.49', 1],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareMoney(money(a), money(b)))).toBe(sign);
  });

  it('agrees with exact integer-cent arithmetic', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.bigInt({ min: 0n, max: 10n ** 15n }), (a, b) => {
        const s = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;
        const expected = a < b ? -1 : a > b ? 1 : 0;
        return Math.sign(compareMoney(money(s(a)), money(s(b)))) === expected;
      }),
    );
  });

  it('a number and its decimal string give the same canonical amount', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (n) => {
        const a = parseMoney(n);
        const b = parseMoney(String(n));
        return JSON.stringify(a) === JSON.stringify(b);
      }),
    );
  });
});

describe('formatEuros', () => {
  it('formats for French and English readers', () => {
    expect(formatEuros(money('40000.01'), 'fr')).toBe('40\u202f000,01 €');
    expect(formatEuros(money('40000'), 'en')).toBe('40,000 €');
    expect(formatEuros(money('1234567.5'), 'en')).toBe('1,234,567.50 €');
  });
});
