import { describe, expect, it } from 'vitest';
import { countEligibleHours, ELIGIBLE_PUBLICS, INSERTION_PUBLICS, isEligiblePublic, type Money, PUBLIC_LABELS } from '../../src/index.js';

const m = (s: string) => s as Money;

describe('eligible publics', () => {
  it('lists the facilitator publics and an explicit other category that does not count', () => {
    expect(ELIGIBLE_PUBLICS).toEqual(
      expect.arrayContaining([
        'long-term-jobseeker',
        'minimum-income-recipient',
        'disabled-worker',
        'iae-pathway',
        'young-without-qualification',
      ]),
    );
    expect(INSERTION_PUBLICS.slice(-2)).toEqual(['other', 'unknown']);
    expect(isEligiblePublic('other')).toBe(false);
    expect(isEligiblePublic('unknown')).toBe(false);
    expect(isEligiblePublic('iae-pathway')).toBe(true);
    expect(isEligiblePublic('retired')).toBe(false);
    for (const p of INSERTION_PUBLICS) {
      expect(PUBLIC_LABELS[p].fr.length).toBeGreaterThan(5);
      expect(PUBLIC_LABELS[p].en.length).toBeGreaterThan(5);
    }
  });

  it('counts eligible hours exactly and reports other hours apart, dropping nothing', () => {
    const r = countEligibleHours({ 'long-term-jobseeker': m('0.1'), 'iae-pathway': m('0.2'), other: m('35.5'), unknown: m('4.5') });
    expect(r).toEqual({ counted: '0.3', notCounted: '40', byPublic: { 'long-term-jobseeker': '0.1', 'iae-pathway': '0.2' } });
    expect(countEligibleHours({})).toEqual({ counted: '0', notCounted: '0', byPublic: {} });
  });
});
