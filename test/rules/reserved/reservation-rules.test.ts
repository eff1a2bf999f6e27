import { describe, expect, it } from 'vitest';
import { verdict } from '../../support/evaluate.js';

type Holder = Record<string, unknown>;
const reserved = (
  basis: string,
  holders: Holder[] | undefined,
  citedInNotice: boolean | undefined = true,
  extra: Record<string, unknown> = {},
) => ({
  dates: { consultationLaunch: '2026-03-02' },
  reservation: { basis, citedInNotice },
  holders,
  ...extra,
});

describe.each([
  ['reserved.disabled-workers', 'L2113-12', 'esat', 'disabledWorkersShare'],
  ['reserved.disadvantaged-workers', 'L2113-13', 'siae', 'disadvantagedWorkersShare'],
  ['reserved.detainees', 'L2113-13-1', 'prison-workshop', 'detaineesShare'],
])('%s (%s)', (rule, basis, structureType, shareField) => {
  it.each([
    [0.4999, 'fail'],
    [0.5, 'pass'],
    [0.5001, 'pass'],
  ])(`share %s → %s`, (share, expected) => {
    expect(verdict(rule, reserved(basis, [{ structureType, [shareField]: share }])).status).toBe(expected);
  });

  it('fails when the notice does not cite the article, even with data missing elsewhere', () => {
    const f = verdict(rule, reserved(basis, [{ structureType }], false));
    expect(f.status).toBe('fail');
    expect(f.message.en).toContain(basis);
  });

  it('fails a holder of the wrong structure type, naming it', () => {
    const f = verdict(rule, reserved(basis, [{ name: 'SARL Dupont', structureType: 'other', [shareField]: 0.9 }]));
    expect(f.status).toBe('fail');
    expect(f.message.fr).toMatch(/SARL Dupont/);
  });

  it('is not applicable to a contract that is not reserved, or reserved under another article', () => {
    expect(verdict(rule, { holders: [{ structureType }] }).status).toBe('not-applicable');
    expect(verdict(rule, reserved(basis === 'L2113-12' ? 'L2113-13' : 'L2113-12', [{ structureType }])).status).toBe('not-applicable');
  });

  it('names each missing field', () => {
    expect(verdict(rule, { social: { reserved: true } })).toMatchObject({ status: 'unknown', missing: ['reservation.basis'] });
    expect(verdict(rule, { dates: { consultationLaunch: '2026-03-02' }, reservation: { basis } })).toMatchObject({
      status: 'unknown',
      missing: ['reservation.citedInNotice', 'holders'],
    });
    expect(verdict(rule, reserved(basis, [{ structureType, [shareField]: 0.7 }, {}]))).toMatchObject({
      status: 'unknown',
      missing: ['holders[1].structureType', `holders[1].${shareField}`],
    });
  });
});

describe('reserved.detainees before the detainee share existed', () => {
  it('gives unknown for a launch on 31 December 2022, a verdict from 1 January 2023', () => {
    const c = (launch: string) => ({
      dates: { consultationLaunch: launch },
      reservation: { basis: 'L2113-13-1', citedInNotice: true },
      holders: [{ structureType: 'prison-workshop', detaineesShare: 0.6 }],
    });
    const before = verdict('reserved.detainees', c('2022-12-31'));
    expect(before.status).toBe('unknown');
    expect(before.message.en).toMatch(/not known at 2022-12-31/);
    expect(verdict('reserved.detainees', c('2023-01-01')).status).toBe('pass');
  });
});

describe('reserved.social-economy (L2113-15)', () => {
  const RULE = 'reserved.social-economy';
  const ess = (holders: Holder[] | undefined, extra: Record<string, unknown> = {}) =>
    reserved('L2113-15', holders, true, { nature: 'services', socialOrSpecificServices: true, ...extra });

  it.each([
    [[{ structureType: 'ess' }], 'pass'],
    [[{ structureType: 'other', equivalentStructure: true }], 'pass'],
    [[{ structureType: 'siae' }], 'fail'],
  ])('holders %j → %s', (holders, expected) => {
    expect(verdict(RULE, ess(holders)).status).toBe(expected);
  });

  it('fails for supplies, works or services that are not social services', () => {
    expect(verdict(RULE, ess([{ structureType: 'ess' }], { nature: 'works' })).status).toBe('fail');
    expect(verdict(RULE, ess([{ structureType: 'ess' }], { socialOrSpecificServices: false })).status).toBe('fail');
  });

  it('names each missing field', () => {
    expect(verdict(RULE, ess([{ structureType: 'ess' }], { socialOrSpecificServices: undefined }))).toMatchObject({
      status: 'unknown',
      missing: ['socialOrSpecificServices'],
    });
    expect(verdict(RULE, ess([{}]))).toMatchObject({ status: 'unknown', missing: ['holders[0].structureType'] });
  });
});

describe('reserved.social-economy-max-duration (L2113-16)', () => {
  const RULE = 'reserved.social-economy-max-duration';
  it.each([
    [35.99, 'pass'],
    [36, 'pass'],
    [36.01, 'fail'],
  ])('%s months → %s', (durationMonths, expected) => {
    expect(verdict(RULE, reserved('L2113-15', [], true, { durationMonths })).status).toBe(expected);
  });
  it('flags the unconfirmed duration and names missing fields', () => {
    const f = verdict(RULE, reserved('L2113-15', [], true, { durationMonths: 12 }));
    expect(f.parameters['reserved.ess.maxDuration']?.confidence).toBe('unconfirmed');
    expect(verdict(RULE, reserved('L2113-15', []))).toMatchObject({ status: 'unknown', missing: ['durationMonths'] });
    expect(verdict(RULE, reserved('L2113-12', [], true, { durationMonths: 60 })).status).toBe('not-applicable');
  });
});

describe('reserved.social-economy-repeat-award (L2113-16)', () => {
  const RULE = 'reserved.social-economy-repeat-award';
  const c = (previousEssAwards: unknown, holders: Holder[] = [{ id: 'A' }]) => ({
    dates: { consultationLaunch: '2026-03-02' },
    reservation: { basis: 'L2113-15', previousEssAwards },
    holders,
  });

  it.each([
    ['2023-03-01', 'pass'], // the day before the 3-year period
    ['2023-03-02', 'pass'], // exactly 3 years before the launch: outside the period
    ['2023-03-03', 'fail'], // inside
    ['2026-03-01', 'fail'],
  ])('earlier award to the same holder on %s → %s', (date, expected) => {
    expect(verdict(RULE, c([{ holderId: 'A', date }])).status).toBe(expected);
  });

  it('ignores earlier awards to other holders, and passes on an empty list', () => {
    expect(verdict(RULE, c([{ holderId: 'B', date: '2025-06-01' }])).status).toBe('pass');
    expect(verdict(RULE, c([])).status).toBe('pass');
  });

  it('names each missing field', () => {
    expect(verdict(RULE, c(undefined))).toMatchObject({ status: 'unknown', missing: ['reservation.previousEssAwards'] });
    expect(verdict(RULE, c([], [{}]))).toMatchObject({ status: 'unknown', missing: ['holders[0].id'] });
    expect(verdict(RULE, c([], []))).toMatchObject({ status: 'unknown', missing: ['holders'] });
    const noLaunch = { reservation: { basis: 'L2113-15', previousEssAwards: [] }, holders: [{ id: 'A' }] };
    expect(verdict(RULE, noLaunch)).toMatchObject({ status: 'unknown', missing: ['dates.consultationLaunch'] });
  });
});
