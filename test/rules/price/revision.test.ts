import { describe, expect, it } from 'vitest';
import { verdict } from '../../support/evaluate.js';

describe('price.revision-world-market (R2112-14)', () => {
  const RULE = 'price.revision-world-market';
  const c = (durationMonths: number | undefined, type: string | undefined, extra: Record<string, unknown> = {}) => ({
    durationMonths,
    price: { type, rawMaterialExposure: true, ...extra },
    dates: { consultationLaunch: '2026-03-02' },
  });

  it.each([
    [3, 'firm', 'not-applicable'], // exactly 3 months: not "over three months"
    [3.5, 'firm', 'fail'],
    [4, 'firm', 'fail'],
    [4, 'firm-actualisable', 'fail'],
    [4, 'revisable', 'pass'],
  ])('%s months, %s price → %s', (months, type, expected) => {
    expect(verdict(RULE, c(months, type)).status).toBe(expected);
  });

  it('exempts gas and electricity supply, by flag or by CPV', () => {
    expect(verdict(RULE, c(24, 'firm', { gasOrElectricitySupply: true })).status).toBe('not-applicable');
    expect(verdict(RULE, { ...c(24, 'firm'), cpv: ['09310000-5'] }).status).toBe('not-applicable');
    expect(verdict(RULE, { ...c(24, 'firm'), cpv: ['09123000-7'] }).status).toBe('not-applicable');
  });

  it('is not applicable without exposure', () => {
    expect(verdict(RULE, { durationMonths: 24, price: { type: 'firm', rawMaterialExposure: false } }).status).toBe('not-applicable');
  });

  it('names missing fields', () => {
    expect(verdict(RULE, { price: { type: 'firm' } })).toMatchObject({ status: 'unknown', missing: ['price.rawMaterialExposure'] });
    expect(verdict(RULE, c(undefined, 'firm'))).toMatchObject({ status: 'unknown', missing: ['durationMonths'] });
    expect(verdict(RULE, c(12, undefined))).toMatchObject({ status: 'unknown', missing: ['price.type'] });
    expect(verdict(RULE, { durationMonths: 12, price: { type: 'firm', rawMaterialExposure: true } })).toMatchObject({
      status: 'unknown',
      missing: ['dates.consultationLaunch'],
    });
  });
});

describe('price.revision-major-hazards (R2112-13)', () => {
  const RULE = 'price.revision-major-hazards';
  it.each([
    [true, 'revisable', 'pass'],
    [true, 'firm', 'fail'],
    [true, 'firm-actualisable', 'fail'],
    [false, 'firm', 'not-applicable'],
  ])('exposed=%s, %s price → %s', (exposed, type, expected) => {
    expect(verdict(RULE, { price: { type, majorHazardExposure: exposed } }).status).toBe(expected);
  });
  it('names missing fields', () => {
    expect(verdict(RULE, {})).toMatchObject({ status: 'unknown', missing: ['price.majorHazardExposure'] });
    expect(verdict(RULE, { price: { majorHazardExposure: true } })).toMatchObject({ status: 'unknown', missing: ['price.type'] });
  });
});
