import { describe, expect, it } from 'vitest';
import { verdict } from '../../support/evaluate.js';

const c = (launch: string | undefined, award: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) => ({
  procedure: 'open',
  dates: { consultationLaunch: launch },
  award,
  ...extra,
});

describe('environment.award-criterion (L2152-7, L3124-5: legislative, from 22 August 2026)', () => {
  const RULE = 'environment.award-criterion';
  it.each([
    ['2026-08-20', { priceOnly: true }, 'not-applicable'],
    ['2026-08-21', { priceOnly: true }, 'not-applicable'], // R2152-7 applies that day, L2152-7 not yet
    ['2026-08-22', { priceOnly: true }, 'fail'], // the day of: price alone means no environmental criterion
    ['2026-08-22', { criteria: ['price'] }, 'fail'],
    ['2026-08-22', { criteria: ['price', 'quality'] }, 'fail'],
    ['2026-08-22', { criteria: ['price', 'environmental'] }, 'pass'],
    ['2026-08-22', { criteria: ['cost', 'environmental'] }, 'pass'],
    ['2026-08-22', { priceOnly: false, criteria: ['price', 'quality', 'environmental'] }, 'pass'],
  ])('launch %s, award %j → %s', (launch, award, expected) => {
    expect(verdict(RULE, c(launch, award)).status).toBe(expected);
  });

  it('reads environmental.awardCriterion first, then the list of criteria', () => {
    expect(verdict(RULE, c('2026-09-01', undefined, { environmental: { awardCriterion: true } })).status).toBe('pass');
    expect(verdict(RULE, c('2026-09-01', undefined, { environmental: { awardCriterion: false } })).status).toBe('fail');
  });

  it('reports a contradiction between the flag and the list, and never fails on it', () => {
    // The list names an environmental criterion, the flag says there is none: unknown, with the contradiction.
    const a = verdict(RULE, c('2026-09-01', { criteria: ['price', 'environmental'] }, { environmental: { awardCriterion: false } }));
    expect(a).toMatchObject({ status: 'unknown', reason: 'contradictory-data' });
    expect(a.notes.map((n) => n.code)).toEqual(['contradiction']);
    expect(a.notes[0]?.fields).toEqual(['environmental.awardCriterion', 'award.criteria']);
    // The flag says there is one, the list has none: the flag prevails (a cost or quality criterion may carry it), noted.
    const b = verdict(RULE, c('2026-09-01', { criteria: ['price', 'quality'] }, { environmental: { awardCriterion: true } }));
    expect(b.status).toBe('pass');
    expect(b.notes[0]?.code).toBe('contradiction');
    // Price alone yet an environmental criterion: unknown.
    const p = verdict(RULE, c('2026-09-01', { priceOnly: true }, { environmental: { awardCriterion: true } }));
    expect(p).toMatchObject({ status: 'unknown', reason: 'contradictory-data' });
    // No contradiction: no note.
    expect(verdict(RULE, c('2026-09-01', { criteria: ['price', 'environmental'] })).notes).toEqual([]);
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
    // A later date before the legislative date: the launch was before it too.
    expect(verdict(RULE, { award: { priceOnly: true }, dates: { notification: '2026-08-21' } }).status).toBe('not-applicable');
  });
});

describe('environment.award-method (R2152-7, R3124-4, R2362-13: regulatory, from 21 August 2026)', () => {
  const RULE = 'environment.award-method';
  it.each([
    ['2026-08-20', { priceOnly: true }, undefined, 'not-applicable'], // the day before
    ['2026-08-21', { priceOnly: true }, undefined, 'fail'], // the day of: price alone banned
    ['2026-08-21', { criteria: ['price'] }, undefined, 'fail'],
    ['2026-08-21', { criteria: ['price', 'quality'] }, undefined, 'fail'], // several criteria, none environmental
    ['2026-08-21', { criteria: ['price', 'quality', 'environmental'] }, undefined, 'pass'],
    ['2026-08-21', { criteria: ['cost'] }, true, 'pass'], // R2152-7 1°: single cost criterion with the environment
    ['2026-08-21', { criteria: ['cost'] }, false, 'fail'],
    ['2026-08-21', { criteria: ['cost'] }, undefined, 'unknown'],
  ])('launch %s, award %j, environmental criterion %s → %s', (launch, award, env, expected) => {
    const extra = env === undefined ? {} : { environmental: { awardCriterion: env } };
    expect(verdict(RULE, c(launch, award, extra)).status).toBe(expected);
  });

  it('concessions: several criteria, at least one environmental (R3124-4)', () => {
    const one = verdict(RULE, c('2026-08-21', { criteria: ['environmental'] }, { kind: 'concession' }));
    expect(one.status).toBe('fail');
    expect(one.message.en).toMatch(/R3124-4/);
    expect(verdict(RULE, c('2026-08-21', { criteria: ['price', 'quality'] }, { kind: 'concession' })).status).toBe('fail');
    expect(verdict(RULE, c('2026-08-21', { criteria: ['price', 'environmental'] }, { kind: 'concession' })).status).toBe('pass');
    expect(verdict(RULE, c('2026-08-20', { criteria: ['price'] }, { kind: 'concession' })).status).toBe('not-applicable');
  });

  it('defence-or-security contracts: R2362-13 not read, unknown from the date, not applicable before', () => {
    const f = verdict(RULE, c('2026-08-21', { priceOnly: true }, { buyer: { kind: 'state', defenceOrSecurity: true } }));
    expect(f).toMatchObject({ status: 'unknown', reason: 'unconfirmed-law', missing: [] });
    expect(verdict(RULE, c('2026-08-20', { priceOnly: true }, { buyer: { defenceOrSecurity: true } })).status).toBe('not-applicable');
  });

  it('shows the difference with L2152-7 on 21 August 2026', () => {
    const contract = c('2026-08-21', { criteria: ['price', 'quality'] });
    expect(verdict('environment.award-method', contract).status).toBe('fail');
    expect(verdict('environment.award-criterion', contract).status).toBe('not-applicable');
  });

  it('records the regulatory date it used', () => {
    const f = verdict(RULE, c('2026-08-21', { priceOnly: true }));
    expect(f.parameters['climat.regulatoryDate']).toMatchObject({ value: '2026-08-21', confidence: 'confirmed' });
    expect(f.message.fr).toMatch(/21 août 2026/);
  });
});
