import { describe, expect, it } from 'vitest';
import { verdict } from '../../support/evaluate.js';

const RULE = 'environment.execution-condition';
const c = (launch: string | undefined, executionClause: boolean | undefined, extra: Record<string, unknown> = {}) => ({
  dates: { consultationLaunch: launch },
  environmental: { executionClause },
  ...extra,
});

describe('environment.execution-condition (L2112-2, L3114-2: legislative, from 22 August 2026)', () => {
  it.each([
    ['2026-08-20', false, 'not-applicable'],
    ['2026-08-21', false, 'not-applicable'], // the regulatory date: L2112-2 not yet in force
    ['2026-08-21', true, 'not-applicable'],
    ['2026-08-22', false, 'fail'], // the day of the legislative date
    ['2026-08-22', true, 'pass'],
    ['2030-01-01', true, 'pass'],
  ])('launch %s, environmental execution clause %s → %s', (launch, clause, expected) => {
    expect(verdict(RULE, c(launch, clause)).status).toBe(expected);
  });

  it('applies to concessions too (L3114-2)', () => {
    expect(verdict(RULE, c('2026-08-21', false, { kind: 'concession' })).status).toBe('not-applicable');
    const f = verdict(RULE, c('2026-08-22', false, { kind: 'concession' }));
    expect(f.status).toBe('fail');
    expect(f.message.en).toMatch(/L3114-2/);
  });

  it('leaves defence-or-security contracts out of scope', () => {
    expect(verdict(RULE, c('2026-09-01', false, { buyer: { defenceOrSecurity: true } })).status).toBe('not-applicable');
    expect(verdict(RULE, c('2026-09-01', false, { buyer: { defenceOrSecurity: false } })).status).toBe('fail');
  });

  it('records the legislative date with its sources', () => {
    const f = verdict(RULE, c('2026-08-22', true));
    expect(f.parameters['climat.legislativeDate']).toMatchObject({ value: '2026-08-22', confidence: 'confirmed' });
    expect(f.referenceDate).toEqual({ basis: 'launch', date: '2026-08-22' });
    expect(f.parameters['climat.legislativeDate']?.note).toMatch(/long-stop/);
    expect(verdict(RULE, c('2026-08-21', false)).message.fr).toMatch(/avant le 22 août 2026/);
  });

  it('names each missing field', () => {
    expect(verdict(RULE, c('2026-09-01', undefined))).toMatchObject({ status: 'unknown', missing: ['environmental.executionClause'] });
    expect(verdict(RULE, { environmental: { executionClause: false } })).toMatchObject({
      status: 'unknown',
      missing: ['dates.consultationLaunch'],
    });
  });

  it('needs the launch date when a later date falls on or after the date, not when it falls before', () => {
    const after = verdict(RULE, { dates: { notification: '2026-08-22' }, environmental: { executionClause: false } });
    expect(after).toMatchObject({ status: 'unknown', missing: ['dates.consultationLaunch'] });
    const before = verdict(RULE, { dates: { notification: '2026-08-21' }, environmental: { executionClause: false } });
    expect(before.status).toBe('not-applicable');
    expect(before.referenceDate).toEqual({ basis: 'launch', date: '2026-08-21', boundedBy: 'dates.notification' });
  });
});
