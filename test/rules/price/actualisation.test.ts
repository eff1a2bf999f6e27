import { describe, expect, it } from 'vitest';
import { verdict } from '../../support/evaluate.js';

const RULE = 'price.actualisation';
const base = (priceEstablished: string | undefined, executionStart: string | undefined, type = 'firm') => ({
  price: { type },
  dates: { consultationLaunch: '2026-01-05', priceEstablished, executionStart },
});

describe('price.actualisation (R2112-11)', () => {
  it.each([
    // [price date, execution start, firm price → status]
    ['2026-02-01', '2026-04-30', 'not-applicable'], // the day before 3 months
    ['2026-02-01', '2026-05-01', 'not-applicable'], // exactly 3 months: not "more than"
    ['2026-02-01', '2026-05-02', 'fail'], // the day after
    ['2025-11-30', '2026-02-28', 'not-applicable'], // month-end clamp: 30 Nov + 3 months = 28 Feb
    ['2025-11-30', '2026-03-01', 'fail'],
    ['2027-11-30', '2028-02-29', 'not-applicable'], // leap year
    ['2027-11-30', '2028-03-01', 'fail'],
  ])('price date %s, execution %s → %s for a firm price', (priceDate, start, expected) => {
    expect(verdict(RULE, base(priceDate, start)).status).toBe(expected);
  });

  it('passes when the firm price is actualisable and the delay is exceeded', () => {
    const f = verdict(RULE, base('2026-02-01', '2026-05-02', 'firm-actualisable'));
    expect(f.status).toBe('pass');
    expect(f.parameters['price.actualisation.delay']).toMatchObject({
      value: 3,
      unit: 'months',
      confidence: 'confirmed',
    });
    expect(f.referenceDate).toEqual({ basis: 'launch', date: '2026-01-05' });
    expect(f.legalBasis.map((s) => s.article)).toContain('R2112-11');
    expect(f.message.fr).toMatch(/actualisable/);
    expect(f.message.en).toMatch(/actualisable/);
  });

  it('is not applicable to revisable or provisional prices, nor to concessions', () => {
    expect(verdict(RULE, base('2026-02-01', '2026-09-01', 'revisable')).status).toBe('not-applicable');
    expect(verdict(RULE, base('2026-02-01', '2026-09-01', 'provisional')).status).toBe('not-applicable');
    expect(verdict(RULE, { ...base('2026-02-01', '2026-09-01'), kind: 'concession' }).status).toBe('not-applicable');
  });

  it('names every missing field instead of deciding', () => {
    expect(verdict(RULE, base(undefined, undefined))).toMatchObject({
      status: 'unknown',
      missing: ['dates.priceEstablished', 'dates.executionStart'],
    });
    expect(verdict(RULE, base('2026-02-01', undefined))).toMatchObject({ status: 'unknown', missing: ['dates.executionStart'] });
    expect(verdict(RULE, { dates: { priceEstablished: '2026-02-01', executionStart: '2026-09-01' } })).toMatchObject({
      status: 'unknown',
      missing: ['price.type'],
    });
  });

  it('uses the parameter at a bounded date when the launch date is missing and the value never changed', () => {
    const f = verdict(RULE, { price: { type: 'firm' }, dates: { priceEstablished: '2026-02-01', executionStart: '2026-09-01' } });
    expect(f.status).toBe('fail');
    expect(f.referenceDate).toEqual({ basis: 'launch', date: '2026-02-01', boundedBy: 'dates.priceEstablished' });
  });

  it('reports unknown, not a guess, for a launch before the parameter history', () => {
    const f = verdict(RULE, {
      price: { type: 'firm' },
      dates: { consultationLaunch: '2018-06-01', priceEstablished: '2018-07-01', executionStart: '2019-01-01' },
    });
    expect(f.status).toBe('unknown');
    expect(f.missing).toEqual([]);
    expect(f.message.en).toMatch(/not known at 2018-06-01/);
  });
});
