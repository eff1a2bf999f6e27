import { describe, expect, it } from 'vitest';
import { only } from './support.js';

const renewals = (over: Record<string, unknown> = {}) => ({
  regime: 'clean-vehicles',
  year: 2026,
  buyerId: 'prefecture',
  buyerKind: 'state',
  category: 'light',
  vehicles: 10,
  lowEmissionVehicles: 5,
  fleetSize: 120,
  ...over,
});

describe('clean vehicles — C. env. L224-7 ff. (partly confirmed minimums)', () => {
  it('State: 50 % in 2026 passes exactly, 49 of 100 fails; 70 % from 2027', () => {
    const r = only([renewals()]);
    expect(r.status).toBe('pass');
    expect(r.measures[0]).toMatchObject({ numerator: '5', denominator: '10', minimum: 0.5, confidence: 'unconfirmed' });
    expect(only([renewals({ vehicles: 100, lowEmissionVehicles: 49 })]).status).toBe('fail');
    expect(only([renewals({ year: 2027 })]).status).toBe('fail');
    expect(only([renewals({ year: 2027, lowEmissionVehicles: 7 })]).status).toBe('pass');
  });

  it.each([
    ['state-public-body', 2026, 5, 'pass'],
    ['local-authority', 2024, 3, 'pass'],
    ['local-authority', 2025, 3, 'fail'],
    ['local-authority', 2029, 4, 'pass'],
    ['local-authority', 2030, 6, 'fail'],
    ['social-landlord', 2026, 4, 'pass'],
    ['hospital', 2026, 3, 'fail'],
  ])('%s in %i with %i of 10: %s', (buyerKind, year, low, expected) => {
    expect(only([renewals({ buyerKind, year, lowEmissionVehicles: low })]).status).toBe(expected);
  });

  it('2021: the rewritten text starts during the year (18 November), no single yearly value: unknown, never a fail', () => {
    const r = only([renewals({ buyerKind: 'local-authority', year: 2021, lowEmissionVehicles: 0 })]);
    expect(r.status).toBe('unknown');
    expect(r.scope.en).toContain('not known for the whole of 2021');
    expect(only([renewals({ buyerKind: 'local-authority', year: 2022, lowEmissionVehicles: 3 })]).status).toBe('pass');
  });

  it('binds fleets of more than 20: 20 is out, 21 is in', () => {
    expect(only([renewals({ fleetSize: 20, lowEmissionVehicles: 0 })]).status).toBe('not-applicable');
    expect(only([renewals({ fleetSize: 21, lowEmissionVehicles: 0 })]).status).toBe('fail');
  });

  it('answers unknown for a missing fleet size or buyer kind, an inconsistent fleet size, or another category', () => {
    const { fleetSize: _f, ...noFleet } = renewals();
    expect(only([noFleet])).toMatchObject({ status: 'unknown', missing: ['$[0].fleetSize'] });
    const { buyerKind: _k, ...noKind } = renewals();
    expect(only([noKind])).toMatchObject({ status: 'unknown', missing: ['$[0].buyerKind'] });
    expect(only([renewals(), renewals({ fleetSize: 30 })]).status).toBe('unknown');
    expect(only([renewals({ category: 'bus' })]).status).toBe('unknown');
    const { lowEmissionVehicles: _l, ...noLow } = renewals();
    expect(only([renewals(), noLow]).measures[0]).toMatchObject({ status: 'unknown', missing: ['$[1].lowEmissionVehicles'] });
  });

  it('no renewal in the year: not applicable', () => {
    expect(only([renewals({ vehicles: 0, lowEmissionVehicles: 0 })]).status).toBe('not-applicable');
  });
});
