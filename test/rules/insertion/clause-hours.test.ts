import { describe, expect, it } from 'vitest';
import { evaluateContract, findRule } from '../../../src/index.js';
import { verdict } from '../../support/evaluate.js';

const RULE = 'insertion.clause-hours';
const over = { dates: { executionStart: '2024-01-15' }, durationMonths: 12 }; // execution ends 2025-01-15

describe('insertion.clause-hours (buyers’ indicator)', () => {
  it.each([
    ['699.99', 'fail'],
    ['700', 'pass'],
    ['700.00', 'pass'],
    [700, 'pass'],
    ['700.01', 'pass'],
  ])('execution over, %j h completed for 700 h → %s', (completed, expected) => {
    expect(verdict(RULE, { ...over, insertion: { clause: true, requiredHours: '700', completedHours: completed } }).status).toBe(expected);
  });

  it('counts eligible publics only: other hours are reported, not counted', () => {
    const f = verdict(RULE, {
      ...over,
      insertion: {
        clause: true,
        requiredHours: '700',
        completedHoursByPublic: { 'long-term-jobseeker': '400', 'iae-pathway': '299.99', other: '50', unknown: '10' },
      },
    });
    expect(f.status).toBe('fail');
    expect(f.message.en).toBe(
      '699.99 h completed by eligible publics for 700 h required: 0.01 h short. 60 h by a public not recognised as eligible or unknown are reported, not counted.',
    );
    expect(f.message.fr).toMatch(/signalées, non comptées/);
    const ok = verdict(RULE, {
      ...over,
      insertion: {
        clause: true,
        requiredHours: '700',
        completedHoursByPublic: { 'long-term-jobseeker': '400', 'iae-pathway': '300', other: '50' },
      },
    });
    expect(ok.status).toBe('pass');
  });

  it('fails when the total reported disagrees with the breakdown by public', () => {
    const f = verdict(RULE, {
      insertion: {
        clause: true,
        requiredHours: '700',
        completedHours: '760',
        completedHoursByPublic: { 'iae-pathway': '700', other: '50' },
      },
    });
    expect(f.status).toBe('fail');
    expect(f.message.en).toMatch(/Inconsistent completed hours: 760 h reported, 750 h in the breakdown/);
    const consistent = verdict(RULE, {
      insertion: {
        clause: true,
        requiredHours: '700',
        completedHours: '750',
        completedHoursByPublic: { 'iae-pathway': '700', other: '50' },
      },
    });
    expect(consistent.status).toBe('pass');
  });

  it.each([
    ['2025-01-14', 'pass'], // the day before the end of execution: still running
    ['2025-01-15', 'fail'], // the day execution ends
  ])('650 h of 700 h, as of %s → %s', (asOf, expected) => {
    const f = verdict(RULE, { ...over, insertion: { clause: true, requiredHours: '700', completedHours: '650' } }, asOf);
    expect(f.status).toBe(expected);
    expect(f.referenceDate).toBeUndefined();
  });

  it('compares at once when the end of execution is unknown', () => {
    expect(verdict(RULE, { insertion: { clause: true, requiredHours: '700', completedHours: '650' } }).status).toBe('fail');
    expect(
      verdict(RULE, {
        durationMonths: 6.5,
        dates: { executionStart: '2030-01-01' },
        insertion: { clause: true, requiredHours: '7', completedHours: '6' },
      }).status,
    ).toBe('fail');
  });

  it('passes a clause that declares its hours when nothing is reported yet, fails one of 0 h', () => {
    expect(verdict(RULE, { insertion: { clause: true, requiredHours: '700' } })).toMatchObject({ status: 'pass' });
    expect(verdict(RULE, { insertion: { clause: true, requiredHours: 0 } }).status).toBe('fail');
  });

  it('names each missing field, and does not apply without a clause', () => {
    expect(verdict(RULE, {})).toMatchObject({ status: 'unknown', missing: ['insertion.clause'] });
    expect(verdict(RULE, { insertion: { completedHours: '5' } })).toMatchObject({ status: 'unknown', missing: ['insertion.clause'] });
    expect(verdict(RULE, { insertion: { clause: true, completedHours: '5' } })).toMatchObject({
      status: 'unknown',
      missing: ['insertion.requiredHours'],
    });
    expect(verdict(RULE, { insertion: { clause: false } }).status).toBe('not-applicable');
  });

  it('rejects an unknown public in the breakdown as invalid input, with its path', () => {
    expect(() =>
      evaluateContract({ id: 'x', kind: 'contract', insertion: { clause: true, completedHoursByPublic: { retired: '5' } } }),
    ).toThrow(/\$\.insertion\.completedHoursByPublic/);
  });

  it('is an indicator of family insertion, and its examples give their expected verdicts', () => {
    const rule = findRule(RULE);
    expect(rule).toMatchObject({ family: 'insertion', kind: 'indicator' });
    for (const ex of rule?.examples ?? []) {
      expect(evaluateContract(ex.contract, { rules: [RULE], asOf: '2026-11-23' }).findings[0]?.status).toBe(ex.expected);
    }
  });
});
