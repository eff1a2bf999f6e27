import { Decimal } from 'decimal.js';
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

  // parseMoney scans plain decimals by char codes: edges of that scan, and agreement with the pattern it replaced.
  it.each([
    ['007.50', '7.5'],
    ['0.000', '0'],
    ['000', '0'],
    ['1e3', '1000'],
    ['+5', undefined],
    ['1..2', undefined],
    ['1.2.3', undefined],
    ['1 234,5', undefined],
    ['１２', undefined],
    ['12\u0000', undefined],
  ])('scans %j → %s', (input, expected) => {
    const r = parseMoney(input);
    expect(r.ok ? r.value : undefined).toBe(expected);
  });

  it('gives the same result as the pattern-based parser it replaced, on any text or number', () => {
    const canonical = (int: string, frac: string) => {
      const i = int.replace(/^0+(?=\d)/, '');
      const f = frac.replace(/0+$/, '');
      return f ? `${i}.${f}` : i;
    };
    const reference = (input: string | number) => {
      if (typeof input === 'number' && !Number.isFinite(input)) return { ok: false, error: 'not-finite' };
      const text = typeof input === 'number' ? String(input) : input.trim();
      if (text.startsWith('-')) return { ok: false, error: /^-\d/.test(text) && !/^-0*(\.0*)?$/.test(text) ? 'negative' : 'not-a-number' };
      const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
      if (m) return { ok: true, value: canonical(m[1] as string, m[2] ?? '') };
      if (/^\+?\d+(\.\d+)?e[+-]?\d+$/i.test(text)) {
        const f = /^(\d+)(?:\.(\d+))?$/.exec(new Decimal(text).toFixed());
        if (f) return { ok: true, value: canonical(f[1] as string, f[2] ?? '') };
      }
      return { ok: false, error: 'not-a-number' };
    };
    const decimalLike = fc
      .array(fc.constantFrom('0', '0', '1', '9', '.', ' ', 'e', '-', '+', ','), { maxLength: 12 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.oneof(decimalLike, fc.string(), fc.double()), (input) => {
        expect(parseMoney(input)).toEqual(reference(input));
      }),
      { numRuns: 5000 },
    );
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

describe('parseMoney on values that are neither text nor number', () => {
  it.each([null, undefined, {}, [], true])('%j is not an amount, and no TypeError', (v) => {
    expect(parseMoney(v as unknown as string)).toEqual({ ok: false, error: 'not-a-number' });
  });
});

describe('formatEuros', () => {
  it('formats for French and English readers', () => {
    expect(formatEuros(money('40000.01'), 'fr')).toBe('40\u202f000,01 €');
    expect(formatEuros(money('40000'), 'en')).toBe('40,000 €');
    expect(formatEuros(money('1234567.5'), 'en')).toBe('1,234,567.50 €');
  });

  it('keeps short amounts and odd inputs as before', () => {
    expect(formatEuros(money('0'), 'fr')).toBe('0 €');
    expect(formatEuros(money('999.9'), 'fr')).toBe('999,90 €');
    expect(formatEuros(money('1000'), 'fr')).toBe('1\u202f000 €');
    expect(formatEuros(money('100000.123'), 'en')).toBe('100,000.123 €');
    expect(formatEuros('12.', 'en')).toBe('12.00 €');
    expect(formatEuros('-1234', 'en')).toBe('-1,234 €');
  });

  // The former implementation (a look-ahead regex on the integer part) is the oracle of the hand-written grouping.
  const oracle = (m: string, locale: 'fr' | 'en'): string => {
    const dot = m.indexOf('.');
    const int = dot < 0 ? m : m.slice(0, dot);
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'fr' ? '\u202f' : ',');
    if (dot < 0) return `${grouped} €`;
    const next = m.indexOf('.', dot + 1);
    const frac = next < 0 ? m.slice(dot + 1) : m.slice(dot + 1, next);
    return `${grouped}${locale === 'fr' ? ',' : '.'}${frac.padEnd(2, '0')} €`;
  };

  it('groups digits as the look-ahead regex does, in both languages', () => {
    const amount = fc
      .tuple(fc.stringMatching(/^(0|[1-9]\d{0,14})$/), fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }))
      .map(([i, f]) => (f === undefined ? i : `${i}.${f}`));
    fc.assert(
      fc.property(amount, fc.constantFrom('fr' as const, 'en' as const), (m, locale) => {
        expect(formatEuros(m, locale)).toBe(oracle(m, locale));
      }),
    );
  });
});
