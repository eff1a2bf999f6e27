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
    ['4e4', '40000'],
    ['4E+4', '40000'],
    ['+100', '100'],
    ['+1e5', '100000'],
    [' 100', '100'],
    ['-0', '0'],
    ['-0.00', '0'],
    [-0, '0'],
    ['0e999999999999', '0'],
    ['1e-100000000', '0'],
    [1.5e-7, '0'],
    ['999999999999999.99', '999999999999999.99'],
    [999999999999999, '999999999999999'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['-1', 'negative'],
    [-0.01, 'negative'],
    ['-0.001', 'negative'],
    ['-1e400', 'negative'],
    ['abc', 'not-a-number'],
    ['', 'not-a-number'],
    ['40 000,00', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['1e', 'not-a-number'],
    ['1e+', 'not-a-number'],
    ['++1', 'not-a-number'],
    ['+-1', 'not-a-number'],
    ['-', 'not-a-number'],
    [Number.NaN, 'not-finite'],
    [Number.POSITIVE_INFINITY, 'not-finite'],
    [Number.NEGATIVE_INFINITY, 'not-finite'],
    ['1.', 'not-a-number'],
    ['.5', 'not-a-number'],
    ['1e400', 'out-of-range'],
    ['1.0e17', 'out-of-range'],
    ['1e15', 'out-of-range'],
    ['1000000000000000', 'out-of-range'],
    ['999999999999999.995', 'out-of-range'], // rounds up to 10^15
    [1e15, 'out-of-range'],
    [1e21, 'out-of-range'],
    [Number.MAX_VALUE, 'out-of-range'],
    ['1e100000000', 'out-of-range'],
    ['1e9000000000000000', 'out-of-range'],
    ['1'.repeat(65), 'too-long'],
  ])('rejects %j (%s)', (input, error) => {
    expect(parseMoney(input)).toEqual({ ok: false, error });
  });

  // Issue 13, point 9: a number is read at the cent, so float artefacts never push an amount over a threshold.
  it.each([
    [40000.000000000015, '40000'],
    [215999.99999999997, '216000'],
    [0.1 + 0.2, '0.3'],
    [40000.004999, '40000'],
    [40000.005, '40000.01'], // read through its shortest string "40000.005", like that string
    [0.005, '0.01'],
    [0.0049, '0'],
    [1.005, '1.01'], // 1.005 is 1.00499999999999989… in binary, but it is written 1.005: read as written
    [99.995, '100'],
  ])('reads the number %d at the cent: %s', (input, expected) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  // The decision for strings with sub-cent digits: rounded half up at the cent, exactly like numbers.
  it.each([
    ['40000.004', '40000'],
    ['40000.0049999999999999', '40000'],
    ['40000.005', '40000.01'],
    ['40000.000000000015', '40000'],
    ['215999.99999999997', '216000'],
    ['0.995', '1'],
    ['9.999', '10'],
    ['4.0000001e4', '40000'],
    ['4.00000051e4', '40000.01'],
    ['5e-3', '0.01'],
    ['4.9e-3', '0'],
  ])('reads the string %j at the cent: %s', (input, expected) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  it('has a bounded cost: exponents are never expanded, long texts are not read', () => {
    const hostile = [
      '1e100000000',
      '1e9000000000000000',
      '-1e9000000000000000',
      '1e-9000000000000000',
      `1e${'9'.repeat(60)}`,
      '9'.repeat(10_000_000),
      `${' '.repeat(10_000_000)}1`,
      `0.${'0'.repeat(10_000_000)}1`,
    ];
    for (const input of hostile) {
      const started = performance.now();
      const r = parseMoney(input);
      expect(performance.now() - started).toBeLessThan(500);
      if (r.ok) expect(r.value.length).toBeLessThan(20);
    }
  });

  it('agrees with decimal.js rounding half up at the cent, on any text of the grammar', () => {
    const digits = (max: number) => fc.stringMatching(new RegExp(`^\\d{1,${max}}$`));
    const text = fc
      .tuple(
        fc.constantFrom('', '+', '-'),
        digits(17),
        fc.option(digits(20), { nil: undefined }),
        fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.integer({ min: 0, max: 25 })), { nil: undefined }),
      )
      .map(
        ([sign, int, frac, exp]) =>
          `${sign}${int}${frac === undefined ? '' : `.${frac}`}${exp === undefined ? '' : `${exp[0]}${exp[1]}${exp[2]}`}`,
      );
    fc.assert(
      fc.property(text, (t) => {
        const d = new Decimal(t);
        const rounded = d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
        const expected = d.isZero()
          ? { ok: true, value: '0' }
          : d.isNegative()
            ? { ok: false, error: 'negative' }
            : rounded.gte('1e15')
              ? { ok: false, error: 'out-of-range' }
              : { ok: true, value: rounded.toFixed() };
        expect(parseMoney(t)).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a number exactly as its shortest string, whatever the number', () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        const fromNumber = parseMoney(n);
        if (!Number.isFinite(n)) expect(fromNumber).toEqual({ ok: false, error: 'not-finite' });
        else expect(fromNumber).toEqual(parseMoney(String(n)));
      }),
      { numRuns: 5000 },
    );
  });

  it('never throws and always answers in the canonical form, on any text', () => {
    const chars = fc
      .array(fc.constantFrom('0', '0', '1', '5', '9', '.', ' ', 'e', 'E', '-', '+', ',', 'x'), { maxLength: 24 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.oneof(chars, fc.string(), fc.string({ unit: 'binary' })), (input) => {
        const r = parseMoney(input);
        if (r.ok) expect(r.value).toMatch(/^(0|[1-9]\d{0,14})(\.\d?[1-9])?$/);
      }),
      { numRuns: 5000 },
    );
  });

  // parseMoney scans plain decimals by char codes: edges of that scan.
  it.each([
    ['007.50', '7.5'],
    ['0.000', '0'],
    ['000', '0'],
    ['1e3', '1000'],
    ['1..2', undefined],
    ['1.2.3', undefined],
    ['1 234,5', undefined],
    ['１２', undefined],
    ['12\u0000', undefined],
    [`${'0'.repeat(50)}12`, '12'],
    ['0000000000000001000000000000000', undefined],
  ])('scans %j → %s', (input, expected) => {
    const r = parseMoney(input);
    expect(r.ok ? r.value : undefined).toBe(expected);
  });
});

describe('compareMoney', () => {
  it.each([
    ['40000', '40000.01', -1],
    ['40000.01', '40000', 1],
    ['40000', '40000', 0],
    ['9', '10', -1],
    ['0.1', '0.09', 1],
    ['123456789012345.5', '123456789012345.49', 1],
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
    expect(formatEuros('100000.123', 'en')).toBe('100,000.123 €'); // hours and other decimals keep their places
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
