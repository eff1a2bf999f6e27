import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Money } from '../../src/model/money.js';
import {
  isCpvCode,
  isMissingToken,
  mayBeTrimmed,
  natureFromCpv,
  onlyNines,
  Problems,
  pathText,
  placeholderReason,
  readAmount,
  readBoolean,
  readCpv,
  readDate,
  readMonths,
  readShare,
  startsWithInx,
} from '../../src/readers/fields.js';

function read<T>(f: (v: unknown, path: string, p: Problems) => T, v: unknown) {
  const p = new Problems();
  const value = f(v, '$.x', p);
  return { value, problems: p.list };
}

describe('readAmount: exact, placeholders left out and reported', () => {
  it.each([
    // [raw, amount or undefined]
    [137614.0, '137614'],
    [40000.01, '40000.01'],
    ['40000.01', '40000.01'], // numeric text: read, and reported
    ['40 000,01', '40000.01'],
    [0, undefined], // placeholder
    [1, undefined], // placeholder: the last value treated as one
    [1.01, '1.01'], // one cent above
    [999999, undefined], // all nines
    [999998, '999998'],
    [99999, '99999'], // five nines: a plausible amount
    [9999999.99, undefined],
    [100000000000, '100000000000'], // 100 billion: the last plausible amount
    [100000000000.01, undefined],
    [1.0e17, undefined],
    ['NC', undefined],
    ['nan', undefined],
    [-5, undefined],
    [Number.NaN, undefined],
    [true, undefined],
  ])('%j → %s', (raw, expected) => {
    const r = read(readAmount, raw);
    expect(r.value).toBe(expected);
    if (expected === undefined) expect(r.problems).toHaveLength(1);
    if (typeof raw === 'number' && expected !== undefined) expect(r.problems).toEqual([]);
  });

  it('leaves a missing amount alone', () => {
    expect(read(readAmount, undefined)).toEqual({ value: undefined, problems: [] });
    expect(read(readAmount, null)).toEqual({ value: undefined, problems: [] });
  });

  // Issue 15: a 21-character amount used to be expanded digit by digit (seconds, gigabytes, a 100 MB message).
  it.each([
    ['1e100000000', 'implausible amount 1e100000000 (above 100 billion euros): left out'],
    ['1e9000000000000000', 'implausible amount 1e9000000000000000 (above 100 billion euros): left out'],
    ['1e400', 'implausible amount 1e400 (above 100 billion euros): left out'],
    [`1e${'9'.repeat(60)}`, `implausible amount 1e${'9'.repeat(38)}… (above 100 billion euros): left out`],
    ['9'.repeat(1_000_000), 'amount is not a number (1000000 characters): left out'],
    ['1'.repeat(80), 'unreadable amount (too-long): left out'],
  ])('reads the hostile amount %s quickly, with a short message', (raw, reason) => {
    const started = performance.now();
    const r = read(readAmount, raw);
    expect(performance.now() - started).toBeLessThan(200);
    expect(r.value).toBeUndefined();
    expect(r.problems.at(-1)?.reason).toBe(reason); // after "amount written as text", for a text that looks like a number
    expect(JSON.stringify(r.problems).length).toBeLessThan(600);
  });

  it.each([
    ['+100', '100'],
    ['-0', undefined], // zero: a placeholder
    [40000.000000000015, '40000'],
    ['215999.99999999997', '216000'],
  ])('reads %j with the grammar of amounts: %s', (raw, expected) => {
    expect(read(readAmount, raw).value).toBe(expected);
  });

  it('says why, with the path and value', () => {
    expect(read(readAmount, 1.0e17).problems).toEqual([
      {
        code: 'implausible-amount',
        path: '$.x',
        value: 1e17,
        reason: 'implausible amount 100000000000000000 (above 100 billion euros): left out',
      },
    ]);
  });
});

describe('readDate: the calendar date written, never shifted', () => {
  it.each([
    ['2024-03-01', '2024-03-01'],
    ['2024-03-01+01:00', '2024-03-01'],
    ['2024-03-01-05:00', '2024-03-01'],
    ['2024-03-01Z', '2024-03-01'],
    ['2024-03-01T00:00:00Z', '2024-03-01'],
    ['2024-03-01T23:59:59.999-11:00', '2024-03-01'], // would be 2 March in UTC: the written date is kept
    ['2024-03-01T00:30:00+14:00', '2024-03-01'], // would be 29 February in UTC
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', undefined], // not a date
    ['2000-01-01', '2000-01-01'], // first plausible year
    ['1999-12-31', undefined],
    ['2100-12-31', '2100-12-31'], // last plausible year
    ['2101-01-01', undefined],
    ['0202-05-10', undefined],
    ['01/03/2024', undefined],
    ['nan', undefined],
    ['', undefined],
    [20240301, undefined],
  ])('%j → %s', (raw, expected) => {
    const r = read(readDate, raw);
    expect(r.value).toBe(expected);
    expect(r.problems).toHaveLength(expected === undefined ? 1 : 0);
  });
});

describe('small readers', () => {
  it.each([
    [12, 12],
    ['12', 12],
    ['NC', undefined],
    [0, undefined],
    [1200, 1200],
    [1201, undefined],
  ])('readMonths %j → %s', (raw, expected) => {
    expect(read(readMonths, raw).value).toBe(expected);
  });

  it.each([
    [0.05, 0.05],
    [0, 0],
    [1, 1],
    [1.01, undefined],
    [5, undefined],
  ])('readShare %j → %s', (raw, expected) => {
    expect(read(readShare, raw).value).toBe(expected);
  });

  it.each([
    [true, true, 0],
    [false, false, 0],
    ['oui', true, 1],
    ['non', false, 1],
    ['false', false, 1],
    ['peut-être', undefined, 1],
  ])('readBoolean %j → %s', (raw, expected, problems) => {
    const r = read(readBoolean, raw);
    expect(r.value).toBe(expected);
    expect(r.problems).toHaveLength(problems);
  });

  it.each([
    ['45000000-7', '45000000-7'],
    ['45111100', '45111100'],
    [' 71000000-8 ', '71000000-8'],
    ['00000000-1', undefined], // placeholder division 00
    ['4500000', undefined],
    [45000000, '45000000'],
  ])('readCpv %j → %s', (raw, expected) => {
    expect(read(readCpv, raw).value).toBe(expected);
  });

  // Real codes of the AIFE and marches-publics.info DECP v1 files (2018-2019) that lost their leading zero.
  it.each([
    ['9132100', '09132100'],
    ['9000000', '09000000'],
    ['3111000', '03111000'],
    ['3451200-5', '03451200-5'],
    [3121000, '03121000'], // as a number: the zero can only have been lost
  ])('readCpv repairs the 7-digit code %j into %s, flagged cpv-leading-zero-repaired', (raw, expected) => {
    const r = read(readCpv, raw);
    expect(r.value).toBe(expected);
    expect(r.problems).toEqual([
      {
        code: 'cpv-leading-zero-repaired',
        path: '$.x',
        value: raw,
        reason: `CPV code of 7 digits: read as ${expected} (leading zero put back)`,
      },
    ]);
  });

  it.each([
    ['4543100-7', 'the only divisions starting with 0 are 03 and 09: a lost trailing digit, not a leading zero'],
    ['031210005', '9 digits'],
    ['0312100', '7 digits already starting with 0'],
  ])('readCpv leaves %j out (%s), flagged not-a-cpv', (raw) => {
    const r = read(readCpv, raw);
    expect(r.value).toBeUndefined();
    expect(r.problems.map((p) => p.code)).toEqual(['not-a-cpv']);
  });

  it.each([
    ['03000000', 'supplies'],
    ['44000000', 'supplies'],
    ['45000000', 'works'],
    ['48000000', 'supplies'],
    ['50000000', 'services'],
    ['98000000', 'services'],
    ['00000000', undefined],
  ])('natureFromCpv %s → %s', (cpv, expected) => {
    expect(natureFromCpv(cpv)).toBe(expected);
  });
});

// The fast paths of the field helpers must say exactly what the slow paths say: edges, and property tests
// against the one-line definitions they replaced.
describe('isMissingToken: fast paths agree with trim + lower-case + token list', () => {
  const TOKENS = ['', 'nc', 'n/c', 'nd', 'n/a', 'na', 'nan', 'null', 'none', 'undefined', 'mq', 'cdl', '-', 'sans objet'];
  const reference = (v: unknown): boolean => typeof v === 'string' && (TOKENS.includes(v.trim().toLowerCase()) || /^INX/i.test(v));

  it.each([
    ['NC', true],
    [' NC ', true],
    ['\u00a0nc\u202f', true], // no-break spaces are trimmed
    ['\ufeffNC', true],
    ['Sans objet', true], // the longest token
    ['  SANS OBJET\t', true], // longer than any token, but with space to trim
    ['sans objets', false],
    ['UNDEFINED', true],
    ['INX', true],
    ['inx 2019', true],
    ['Inx', true],
    ['INXXXXXXXXXXXXXXXXX', true], // long, but INX…
    [' INX', false], // INX counts only at the very start, as published
    ['IN', false],
    ['N/C', true],
    ['N C', false],
    ['-', true],
    ['--', false],
    ['', true],
    ['   ', true],
    ['2024-03-01', false], // starts with a digit: no token does
    ['Nantes', false],
    ['Procédure adaptée', false],
    ['Énergie', false],
    ['nc\u0000', false],
    [12, false],
    [null, false],
  ])('%j → %s', (v, expected) => {
    expect(isMissingToken(v)).toBe(expected);
    expect(reference(v)).toBe(expected);
  });

  it('agrees with the definition on any text, tokens padded and cased included', () => {
    const padding = fc.constantFrom('', ' ', '\t', '\u00a0', '\u202f', '\ufeff', '\n', '\u2028', '\u3000');
    const tokenLike = fc
      .tuple(padding, fc.constantFrom(...TOKENS, 'INX', 'inx', 'Ïnx', 'K', 'İ', 'sans objet!'), padding, fc.boolean())
      .map(([a, t, b, upper]) => `${a}${upper ? t.toUpperCase() : t}${b}`);
    fc.assert(
      fc.property(fc.oneof(tokenLike, fc.string(), fc.string({ unit: 'binary' })), (v) => isMissingToken(v) === reference(v)),
      { numRuns: 20_000 },
    );
  });

  it('starts with INX: the first three characters, any case, nothing trimmed', () => {
    expect(['INX', 'inx', 'iNx…', 'INX12'].map(startsWithInx)).toEqual([true, true, true, true]);
    expect(['IN', ' INX', 'İNX', 'IИX', ''].map(startsWithInx)).toEqual([false, false, false, false, false]);
  });

  it('mayBeTrimmed is true for every character String.prototype.trim removes', () => {
    for (let c = 0; c <= 0xffff; c++) if (String.fromCharCode(c).trim() === '') expect(mayBeTrimmed(c), `U+${c.toString(16)}`).toBe(true);
    expect(['a', '0', '-', '~'].map((s) => mayBeTrimmed(s.charCodeAt(0)))).toEqual([false, false, false, false]);
  });
});

describe('readDate fast path: bare YYYY-MM-DD', () => {
  it.each([
    ['2024-02-30', undefined, 'not-a-date', 'not a date YYYY-MM-DD: left out'],
    ['2024-2-3', undefined, 'not-a-date', 'not a date YYYY-MM-DD: left out'],
    ['0202-01-01', undefined, 'date-year-implausible', 'impossible year 202 (outside 2000–2100): left out'],
    ['2202-01-01', undefined, 'date-year-implausible', 'impossible year 2202 (outside 2000–2100): left out'],
    [' 2024-03-01 ', '2024-03-01', undefined, undefined], // not bare: the long way, same result
    ['2024-03-01\n', '2024-03-01', undefined, undefined],
    ['２０２４-03-01', undefined, 'not-a-date', 'not a date YYYY-MM-DD: left out'],
    ['NC', undefined, 'placeholder-value', 'placeholder "NC" instead of a date: left out'],
  ])('%j → %s (%s)', (raw, expected, code, reason) => {
    const r = read(readDate, raw);
    expect(r.value).toBe(expected);
    expect(r.problems).toEqual(reason === undefined ? [] : [{ code, path: '$.x', value: raw, reason }]);
  });
});

describe('numbers: amounts written as text, months and rates given as numbers', () => {
  it.each([
    ['1 234,5', '1234.5', 'amount written as text: read as 1234.5'],
    ['1\u202f234,50', '1234.5', 'amount written as text: read as 1234.50'],
    ['1e3', '1000', 'amount written as text: read as 1e3'],
    ['-1', undefined, 'amount is not a number: left out'],
    [999999.9, undefined, 'placeholder amount 999999.9: left out'],
    [999999.99, undefined, 'placeholder amount 999999.99: left out'],
    [999999.98, '999999.98', undefined],
    [9999990, '9999990', undefined],
    [99999.9, '99999.9', undefined],
  ])('readAmount %j → %s', (raw, expected, reason) => {
    const r = read(readAmount, raw);
    expect(r.value).toBe(expected);
    expect(r.problems.map((p) => p.reason)).toEqual(reason === undefined ? [] : [reason]);
  });

  it('nines: the integer part and the fraction up to a second dot, as split(".") read them', () => {
    expect(['999999', '999999.9', '9999999.99'].map((m) => placeholderReason(m as Money))).toEqual([
      'placeholder amount 999999',
      'placeholder amount 999999.9',
      'placeholder amount 9999999.99',
    ]);
    expect(placeholderReason('999999.99.1' as Money)).toBe('placeholder amount 999999.99.1');
    expect(placeholderReason('999999.91' as Money)).toBeUndefined();
    expect(onlyNines('x999y', 1, 4)).toBe(true);
    expect(onlyNines('x', 0, 0)).toBe(true);
    expect(onlyNines('998', 0, 3)).toBe(false);
  });

  it.each([
    [readMonths, 36, 36, 0],
    [readMonths, 0.5, 0.5, 0],
    [readMonths, 1200, 1200, 0],
    [readMonths, 1200.5, undefined, 1],
    [readMonths, Number.POSITIVE_INFINITY, undefined, 1],
    [readShare, 0.3, 0.3, 0],
    [readShare, 1, 1, 0],
    [readShare, 1.0000001, undefined, 1],
    [readShare, -0, 0, 0], // read as 0, not -0, as through its text
    [readShare, Number.MIN_VALUE, Number.MIN_VALUE, 0],
  ] as const)('%o(%j) → %j', (f, raw, expected, problems) => {
    const r = read(f, raw);
    expect(Object.is(r.value, expected)).toBe(true);
    expect(r.problems).toHaveLength(problems);
  });
});

describe('isCpvCode: /^\\d{8}(-\\d)?$/ by char codes', () => {
  it.each([
    ['45000000', true],
    ['45000000-7', true],
    ['45000000-', false],
    ['45000000-77', false],
    ['4500000', false],
    ['450000000', false],
    ['4500000a', false],
    ['45000000_7', false],
    ['45000000-a', false],
    ['４5000000', false],
    [' 45000000', false],
  ])('%j → %s', (text, expected) => {
    expect(isCpvCode(text)).toBe(expected);
    expect(/^\d{8}(-\d)?$/.test(text)).toBe(expected);
  });

  it('readCpv still removes inner spaces when the code is not already in shape', () => {
    expect(read(readCpv, '4500 0000-7')).toEqual({ value: '45000000-7', problems: [] });
  });
});

describe('pathText: paths built only when a problem needs them', () => {
  it('writes indexes in brackets and keys after a dot', () => {
    expect(pathText('$.titulaires')).toBe('$.titulaires');
    expect(pathText({ parent: { parent: '$.titulaires', step: 0 }, step: 'titulaire' })).toBe('$.titulaires[0].titulaire');
    const p = new Problems();
    p.add('placeholder-value', { parent: { parent: '$.modifications', step: 2 }, step: 'montant' }, 'NC', 'why');
    expect(p.list).toEqual([{ code: 'placeholder-value', path: '$.modifications[2].montant', value: 'NC', reason: 'why' }]);
  });
});
