import { describe, expect, it } from 'vitest';
import {
  checkParameterHistories,
  InsertionHoursInputError,
  listParameters,
  requiredInsertionHours,
  typicalInsertionInputs,
} from '../../src/index.js';

describe('requiredInsertionHours (amount × labour share ÷ hourly cost × rate, half up to the hour)', () => {
  it('gives exactly 700 h for 1 000 000 € works, 40 % labour, 40 €/h, 7 %', () => {
    expect(requiredInsertionHours({ amountExclTax: '1000000', labourShare: 0.4, hourlyCost: 40, rate: 0.07 })).toEqual({
      hours: '700',
      unrounded: '700',
      labourHours: '10000',
    });
    expect(requiredInsertionHours({ amountExclTax: 1000000, labourShare: '0.40', hourlyCost: '40.00', rate: '0.07' }).hours).toBe('700');
  });

  it('reproduces the facilitator worked example (1 000 000 € × 50 % × 5 % ÷ 30 €/h ≈ 833 h)', () => {
    const r = requiredInsertionHours({ amountExclTax: '1000000', labourShare: 0.5, hourlyCost: 30, rate: 0.05 });
    expect(r.hours).toBe('833');
    expect(r.unrounded).toBe('833.333333');
  });

  it.each([
    // amount, hourly cost → hours (share 1, rate 1): the half-hour boundary
    ['1000.99', '2', '500'], // 500.495
    ['1001', '2', '501'], // 500.5 exactly: half up
    ['1001.01', '2', '501'], // 500.505
    ['1000.98', '2', '500'], // 500.49
    ['0', '40', '0'],
  ])('amount %s ÷ %s €/h → %s h', (amount, cost, hours) => {
    expect(requiredInsertionHours({ amountExclTax: amount, labourShare: 1, hourlyCost: cost, rate: 1 }).hours).toBe(hours);
  });

  it('never uses float arithmetic (1 001 000 × 10 % ÷ 30 × 15 % = 500.5 → 501, where floats give 500.4999…)', () => {
    expect(((1001000 * 0.1) / 30) * 0.15).toBeLessThan(500.5);
    const r = requiredInsertionHours({ amountExclTax: 1001000, labourShare: 0.1, hourlyCost: 30, rate: 0.15 });
    expect(r).toMatchObject({ hours: '501', unrounded: '500.5' });
  });

  it('rounds once, at the end, on very large and very precise inputs', () => {
    const r = requiredInsertionHours({ amountExclTax: '123456789012.34', labourShare: '0.123456', hourlyCost: '37.77', rate: '0.0999' });
    // 123456789012.34 × 0.123456 × 0.0999 ÷ 37.77 = 3965166630979984269 / 98359375000 = 40 313 052.3244… h
    expect(r).toMatchObject({ hours: '40313052', unrounded: '40313052.324499' });
  });

  it.each([
    [{ amountExclTax: '-1' }, 'amountExclTax', /negative/],
    [{ amountExclTax: 'abc' }, 'amountExclTax', /decimal/],
    [{ labourShare: 1.0001 }, 'labourShare', /between 0 and 1/],
    [{ rate: 2 }, 'rate', /between 0 and 1/],
    [{ rate: -0.05 }, 'rate', /negative/],
    [{ hourlyCost: 0 }, 'hourlyCost', /above 0/],
    [{ hourlyCost: Number.NaN }, 'hourlyCost', /decimal/],
  ])('rejects %j naming %s', (override, field, message) => {
    const input = { amountExclTax: '1000000', labourShare: 0.4, hourlyCost: 40, rate: 0.07, ...override };
    let error: unknown;
    try {
      requiredInsertionHours(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InsertionHoursInputError);
    expect((error as InsertionHoursInputError).field).toBe(field);
    expect((error as Error).message).toMatch(message);
  });

  it('accepts the bounds: shares of exactly 0 and 1', () => {
    expect(requiredInsertionHours({ amountExclTax: '100', labourShare: 1, hourlyCost: 1, rate: 1 }).hours).toBe('100');
    expect(requiredInsertionHours({ amountExclTax: '100', labourShare: 0, hourlyCost: 1, rate: 1 }).hours).toBe('0');
  });
});

describe('typical insertion inputs (facilitator practice, dated parameters)', () => {
  it('gives the usual rate, hourly cost and works labour share, marked as practice', () => {
    const t = typicalInsertionInputs('2026-03-01');
    expect(t.rate).toMatchObject({ key: 'insertion.rate.typical', value: 0.05, unit: 'share', confidence: 'confirmed' });
    expect(t.hourlyCost).toMatchObject({ key: 'insertion.hourlyCost.typical', value: '30', unit: 'EUR per hour' });
    expect(t.worksLabourShare).toMatchObject({ key: 'insertion.labourShare.works', value: 0.5, confidence: 'unconfirmed' });
    expect(t.worksLabourShare.note).toMatch(/not a published average/);
    const insertion = listParameters().filter((p) => p.key.startsWith('insertion.'));
    expect(insertion.length).toBeGreaterThanOrEqual(3);
    for (const p of insertion) expect(p.kind).toBe('practice');
    expect(checkParameterHistories(insertion)).toEqual([]);
  });

  it('feeds the formula: typical values on a 1 000 000 € works contract', () => {
    const t = typicalInsertionInputs('2026-03-01');
    const r = requiredInsertionHours({
      amountExclTax: '1000000',
      labourShare: t.worksLabourShare.value as number,
      hourlyCost: t.hourlyCost.value as string,
      rate: t.rate.value as number,
    });
    expect(r.hours).toBe('833');
  });

  it('rejects a malformed date and a date before the history', () => {
    expect(() => typicalInsertionInputs('2026-02-30')).toThrow(InsertionHoursInputError);
    expect(() => typicalInsertionInputs('2018-01-01')).toThrow(/no value at 2018-01-01/);
  });
});
