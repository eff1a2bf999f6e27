import { describe, expect, it } from 'vitest';
import { verdict } from '../../support/evaluate.js';

const RULE = 'price.variation-clause-indicator';
const c = (amountExclTax: unknown, type: string | undefined = 'firm', notification: string | undefined = '2026-05-04') => ({
  amountExclTax,
  price: { type },
  dates: { notification },
});

describe('price.variation-clause-indicator (buyers’ 40 000 € indicator)', () => {
  it.each([
    ['39999.99', 'not-applicable'],
    ['40000', 'not-applicable'],
    ['40000.00', 'not-applicable'],
    [40000, 'not-applicable'],
    ['40000.001', 'not-applicable'], // read at the cent: 40 000,00 €, as the number 40000.001 is
    [40000.000000000015, 'not-applicable'],
    ['40000.005', 'fail'], // 40 000,01 €
    ['40000.01', 'fail'],
    [40000.01, 'fail'],
    ['1000000', 'fail'],
  ])('amount %j at firm price → %s', (amount, expected) => {
    expect(verdict(RULE, c(amount)).status).toBe(expected);
  });

  it('gives the same verdict for a number and its decimal string', () => {
    for (const [n, s] of [
      [40000.01, '40000.01'],
      [40000, '40000.00'],
      [0.1, '0.10'],
    ] as const) {
      expect(verdict(RULE, c(n))).toEqual(verdict(RULE, c(s)));
    }
  });

  it.each([
    ['firm-actualisable', 'pass'],
    ['revisable', 'pass'],
    ['firm', 'fail'],
    ['provisional', 'fail'],
  ])('above the threshold, %s price → %s', (type, expected) => {
    expect(verdict(RULE, c('40000.01', type)).status).toBe(expected);
  });

  it('is an indicator, not a legal duty, and says so', () => {
    const f = verdict(RULE, c('50000'));
    expect(f.kind).toBe('indicator');
    expect(f.parameters['indicator.priceVariation.minAmount']).toMatchObject({ value: '40000', validFrom: '2016-04-01' });
    // The buyers' own document is named by its public title, without an invented link.
    expect(f.legalBasis[0]).toMatchObject({ code: 'Archipel habitat, Brest métropole habitat, Nantes Métropole Habitat' });
    expect(f.legalBasis[0]?.url).toBeUndefined();
    expect(f.referenceDate).toEqual({ basis: 'notification', date: '2026-05-04' });
  });

  it('names missing fields', () => {
    expect(verdict(RULE, { price: { type: 'firm' }, dates: { notification: '2026-05-04' } })).toMatchObject({
      status: 'unknown',
      missing: ['amountExclTax'],
    });
    expect(verdict(RULE, { amountExclTax: '50000', price: { type: 'firm' } })).toMatchObject({
      status: 'unknown',
      missing: ['dates.notification'],
    });
    expect(verdict(RULE, { amountExclTax: '50000', price: {}, dates: { notification: '2026-05-04' } })).toMatchObject({
      status: 'unknown',
      missing: ['price.type'],
    });
  });

  it('does not concern concessions', () => {
    expect(verdict(RULE, { ...c('50000'), kind: 'concession' }).status).toBe('not-applicable');
  });
});
