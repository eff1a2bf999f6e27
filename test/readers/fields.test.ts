import { describe, expect, it } from 'vitest';
import { natureFromCpv, Problems, readAmount, readBoolean, readCpv, readDate, readMonths, readShare } from '../../src/readers/fields.js';

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

  it('says why, with the path and value', () => {
    expect(read(readAmount, 1.0e17).problems).toEqual([
      { path: '$.x', value: 1e17, reason: 'implausible amount 100000000000000000 (above 100 billion euros): left out' },
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
