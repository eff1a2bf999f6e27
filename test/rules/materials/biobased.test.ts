import { describe, expect, it } from 'vitest';
import { verdict } from '../../support/evaluate.js';

const RULE = 'materials.biobased';
const c = (launch: string | undefined, materials: Record<string, unknown> | undefined, nature: string | undefined = 'works') => ({
  nature,
  materials,
  dates: { consultationLaunch: launch },
});

describe('materials.biobased (C. env. L228-4)', () => {
  it.each([
    ['2029-12-31', false, 'not-applicable'], // the day before 2030
    ['2029-12-31', true, 'not-applicable'],
    ['2030-01-01', false, 'fail'], // the day of
    ['2030-01-01', true, 'pass'],
  ])('launch %s, bio-based %s → %s', (launch, used, expected) => {
    expect(verdict(RULE, c(launch, { heavyRenovationOrConstruction: true, biobasedOrLowCarbon: used })).status).toBe(expected);
  });

  it('is an indicator, citing the 25 % portfolio share', () => {
    const f = verdict(RULE, c('2030-01-01', { heavyRenovationOrConstruction: true, biobasedOrLowCarbon: false }));
    expect(f.kind).toBe('indicator');
    expect(f.parameters['biobased.minShare']).toMatchObject({ value: 0.25, validFrom: '2030-01-01' });
    expect(f.message.fr).toMatch(/25 %/);
  });

  it('is not applicable to other natures or to works that are neither constructions nor heavy renovations', () => {
    expect(verdict(RULE, c('2030-01-01', { heavyRenovationOrConstruction: true }, 'supplies')).status).toBe('not-applicable');
    expect(verdict(RULE, c('2030-01-01', { heavyRenovationOrConstruction: false })).status).toBe('not-applicable');
  });

  it('names each missing field', () => {
    expect(verdict(RULE, { dates: { consultationLaunch: '2030-01-01' } })).toMatchObject({ status: 'unknown', missing: ['nature'] });
    expect(verdict(RULE, c('2030-01-01', {}))).toMatchObject({ status: 'unknown', missing: ['materials.heavyRenovationOrConstruction'] });
    expect(verdict(RULE, c('2030-01-01', { heavyRenovationOrConstruction: true }))).toMatchObject({
      status: 'unknown',
      missing: ['materials.biobasedOrLowCarbon'],
    });
    expect(verdict(RULE, c(undefined, { heavyRenovationOrConstruction: true, biobasedOrLowCarbon: true }))).toMatchObject({
      status: 'unknown',
      missing: ['dates.consultationLaunch'],
    });
    // notification before 2030: the share was 0 at every date up to it, so the verdict holds without the launch date
    const bounded = verdict(RULE, {
      nature: 'works',
      materials: { heavyRenovationOrConstruction: true },
      dates: { notification: '2029-06-01' },
    });
    expect(bounded.status).toBe('not-applicable');
  });
});
