import { describe, expect, it } from 'vitest';
import { verdict } from '../../support/evaluate.js';

const RULE = 'environment.award-criterion';
const c = (launch: string | undefined, award: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) => ({
  procedure: 'open',
  dates: { consultationLaunch: launch },
  award,
  ...extra,
});

describe('environment.award-criterion (L2152-7, R2152-7, L3124-5, R3124-4)', () => {
  it.each([
    ['2026-08-20', { priceOnly: true }, 'not-applicable'], // the day before: price-only still allowed
    ['2026-08-21', { priceOnly: true }, 'fail'], // the day of
    ['2026-08-21', { criteria: ['price'] }, 'fail'], // price is the only criterion listed
    ['2026-08-21', { criteria: ['price', 'quality'] }, 'fail'],
    ['2026-08-21', { criteria: ['price', 'environmental'] }, 'pass'],
    ['2026-08-21', { criteria: ['cost', 'environmental'] }, 'pass'],
    ['2026-08-21', { priceOnly: false, criteria: ['price', 'quality', 'environmental'] }, 'pass'],
  ])('launch %s, award %j → %s', (launch, award, expected) => {
    expect(verdict(RULE, c(launch, award)).status).toBe(expected);
  });

  it('reads environmental.awardCriterion, which wins over the list of criteria', () => {
    expect(verdict(RULE, c('2026-09-01', undefined, { environmental: { awardCriterion: true } })).status).toBe('pass');
    expect(verdict(RULE, c('2026-09-01', undefined, { environmental: { awardCriterion: false } })).status).toBe('fail');
    expect(
      verdict(RULE, c('2026-09-01', { criteria: ['price', 'environmental'] }, { environmental: { awardCriterion: false } })).status,
    ).toBe('fail');
  });

  it('fails a price-only award even with the environmental flag set', () => {
    expect(verdict(RULE, c('2026-09-01', { priceOnly: true }, { environmental: { awardCriterion: true } })).status).toBe('fail');
  });

  it('applies to concessions, citing L3124-5', () => {
    const f = verdict(RULE, c('2026-09-01', { criteria: ['price', 'quality'] }, { kind: 'concession' }));
    expect(f.status).toBe('fail');
    expect(f.message.fr).toMatch(/L3124-5/);
  });

  it('leaves defence-or-security and no-competition contracts out of scope', () => {
    expect(verdict(RULE, c('2026-09-01', { priceOnly: true }, { buyer: { defenceOrSecurity: true } })).status).toBe('not-applicable');
    expect(verdict(RULE, c('2026-09-01', { priceOnly: true }, { procedure: 'without-publicity' })).status).toBe('not-applicable');
  });

  it('names each missing field', () => {
    expect(verdict(RULE, c('2026-09-01', undefined))).toMatchObject({ status: 'unknown', missing: ['environmental.awardCriterion'] });
    expect(verdict(RULE, c('2026-09-01', {}))).toMatchObject({ status: 'unknown', missing: ['environmental.awardCriterion'] });
    expect(verdict(RULE, { award: { priceOnly: true } })).toMatchObject({ status: 'unknown', missing: ['dates.consultationLaunch'] });
    expect(verdict(RULE, { award: { priceOnly: true }, dates: { executionStart: '2026-10-01' } })).toMatchObject({
      status: 'unknown',
      missing: ['dates.consultationLaunch'],
    });
  });
});
