import { describe, expect, it } from 'vitest';
import { verdict } from '../../support/evaluate.js';

const base = (amountExclTax: unknown, durationMonths: number | undefined, advance: Record<string, unknown> | undefined, extra = {}) => ({
  amountExclTax,
  durationMonths,
  advance,
  dates: { consultationLaunch: '2026-03-02' },
  buyer: { kind: 'state' },
  ...extra,
});

describe('advance.mandatory (R2191-3)', () => {
  const RULE = 'advance.mandatory';
  it.each([
    ['49999.99', 6, 'not-applicable'],
    ['50000', 6, 'not-applicable'], // exactly 50 000 €: not "above"
    [50000, 6, 'not-applicable'],
    ['50000.01', 6, 'fail'],
    [50000.01, 6, 'fail'],
    ['80000', 2, 'not-applicable'], // exactly 2 months: not "above"
    ['80000', 2.01, 'fail'],
    ['80000', 1.99, 'not-applicable'],
  ])('amount %j, %s months, no advance → %s', (amount, months, expected) => {
    expect(verdict(RULE, base(amount, months, { granted: false })).status).toBe(expected);
  });

  it('passes when an advance is granted or the holder refused it', () => {
    expect(verdict(RULE, base('50000.01', 3, { granted: true })).status).toBe('pass');
    expect(verdict(RULE, base('50000.01', 3, { granted: false, refusedByHolder: true })).status).toBe('pass');
    expect(verdict(RULE, base('50000.01', 3, { refusedByHolder: true })).status).toBe('pass');
  });

  it('is not applicable to concessions', () => {
    expect(verdict(RULE, { ...base('900000', 24, { granted: false }), kind: 'concession' }).status).toBe('not-applicable');
  });

  // L2191-1 names the State, its public bodies other than industrial and commercial ones, local authorities, their public
  // bodies and groupings; R2191-1 leaves out the buyers of R2100-1, offices publics de l'habitat among them.
  it.each([
    ['state', 'fail'],
    ['state-public-body', 'fail'],
    ['local-authority', 'fail'],
    ['local-public-body', 'fail'],
    ['hospital', 'fail'],
    ['state-epic', 'not-applicable'],
    ['oph', 'not-applicable'],
    ['esh', 'not-applicable'],
    ['sem', 'not-applicable'],
    ['association', 'not-applicable'],
    ['other-private', 'not-applicable'],
    ['social-landlord', 'not-applicable'],
    ['contracting-entity', 'unknown'],
    ['other', 'unknown'],
  ])('buyer %s, 120 000 € over 10 months, no advance → %s', (kind, expected) => {
    const f = verdict(RULE, base('120000', 10, { granted: false }, { buyer: { kind } }));
    expect(f.status).toBe(expected);
    if (expected === 'unknown') expect(f.missing).toEqual(['buyer.kind']);
    if (kind === 'oph') expect(f.message.fr).toMatch(/R2191-1/);
    if (kind === 'esh') expect(f.message.fr).toMatch(/L2191-1/);
  });

  it('from published data (DECP attributionAvance = false) no advance is unknown, before publication it is a fail', () => {
    const published = { provenance: 'published-data' };
    const f = verdict(RULE, base('120000', 10, { granted: false }, published));
    expect(f).toMatchObject({ status: 'unknown', reason: 'ambiguous-data', missing: ['advance.refusedByHolder'] });
    expect(f.message.en).toMatch(/refusal/);
    expect(verdict(RULE, base('120000', 10, { granted: false, refusedByHolder: false }, published)).status).toBe('fail');
    expect(verdict(RULE, base('120000', 10, { granted: true }, published)).status).toBe('pass');
    expect(verdict(RULE, base('120000', 10, { granted: false }, { provenance: 'consultation-documents' })).status).toBe('fail');
    expect(verdict(RULE, base('120000', 10, { granted: false })).status).toBe('fail'); // the default: consultation documents
  });

  it('without a buyer kind: unknown when the advance would be due, not applicable below the thresholds, pass when given', () => {
    const noKind = { buyer: undefined };
    expect(verdict(RULE, base('120000', 10, { granted: false }, noKind))).toMatchObject({ status: 'unknown', missing: ['buyer.kind'] });
    expect(verdict(RULE, base('50000', 10, { granted: false }, noKind)).status).toBe('not-applicable');
    expect(verdict(RULE, base('120000', 10, { granted: true }, noKind)).status).toBe('pass');
    expect(verdict(RULE, base(undefined, 10, { granted: false }, noKind))).toMatchObject({
      status: 'unknown',
      missing: ['buyer.kind', 'amountExclTax'],
    });
    expect(verdict(RULE, base('120000', 10, { granted: false }, { buyer: { kind: 'other' } })).message.en).toMatch(/finer buyer.kind/);
  });

  it('names each missing field', () => {
    expect(verdict(RULE, base(undefined, undefined, undefined))).toMatchObject({
      status: 'unknown',
      missing: ['amountExclTax', 'durationMonths'],
    });
    expect(verdict(RULE, base('90000', undefined, undefined))).toMatchObject({ status: 'unknown', missing: ['durationMonths'] });
    expect(verdict(RULE, base('90000', 4, undefined))).toMatchObject({ status: 'unknown', missing: ['advance.granted'] });
    expect(verdict(RULE, { amountExclTax: '90000', durationMonths: 4, buyer: { kind: 'state' } })).toMatchObject({
      status: 'unknown',
      missing: ['dates.consultationLaunch'],
    });
  });
});

describe('advance.minimum-rate (R2191-7)', () => {
  const RULE = 'advance.minimum-rate';
  const c = (
    rate: number | undefined,
    buyer: Record<string, unknown> | undefined,
    holders: unknown[] | undefined,
    launch = '2026-03-02',
  ) => ({
    amountExclTax: '200000',
    durationMonths: 12,
    advance: { granted: true, rate },
    buyer,
    holders,
    dates: { consultationLaunch: launch },
  });
  const sme = [{ sme: true }];
  const notSme = [{ sme: false }];

  it.each([
    // [rate, buyer, holders, expected]
    [0.0499, { kind: 'hospital' }, notSme, 'fail'],
    [0.05, { kind: 'hospital' }, notSme, 'pass'],
    [0.05, { kind: 'hospital' }, sme, 'pass'], // hospitals: no higher SME minimum
    [0.05, { kind: 'state' }, notSme, 'pass'],
    [0.2999, { kind: 'state' }, sme, 'fail'],
    [0.3, { kind: 'state' }, sme, 'pass'],
    [0.0999, { kind: 'local-authority', operatingExpenditureAbove60M: true }, sme, 'fail'],
    [0.1, { kind: 'local-authority', operatingExpenditureAbove60M: true }, sme, 'pass'],
    [0.05, { kind: 'local-authority', operatingExpenditureAbove60M: false }, sme, 'pass'],
    [0.0999, { kind: 'state-public-body', operatingExpenditureAbove60M: true }, sme, 'fail'],
    [0.0999, { kind: 'local-public-body', operatingExpenditureAbove60M: true }, [{ sme: false }, { sme: true }], 'fail'],
    [0.0999, { kind: 'social-landlord', operatingExpenditureAbove60M: true }, sme, 'not-applicable'], // R2191-1 / L2191-1
    [0.0999, { kind: 'oph', operatingExpenditureAbove60M: true }, sme, 'not-applicable'], // R2191-1
    [0.0999, { kind: 'esh' }, sme, 'not-applicable'], // private law, outside L2191-1
    [0.0999, { kind: 'sem' }, sme, 'not-applicable'],
    [0.0499, { kind: 'state-epic' }, notSme, 'not-applicable'],
    [0.05, { kind: 'contracting-entity' }, sme, 'pass'], // 5 % meets the minimum whichever way the scope falls
    [0.0499, { kind: 'contracting-entity' }, notSme, 'unknown'],
  ])('rate %s, buyer %j, holders %j → %s', (rate, buyer, holders, expected) => {
    expect(verdict(RULE, c(rate, buyer, holders)).status).toBe(expected);
  });

  it('uses the State SME rate in force at the launch: 20 % until 31 December 2022, 30 % from 1 January 2023', () => {
    expect(verdict(RULE, c(0.2, { kind: 'state' }, sme, '2022-12-31')).status).toBe('pass');
    expect(verdict(RULE, c(0.2, { kind: 'state' }, sme, '2023-01-01')).status).toBe('fail');
    const f = verdict(RULE, c(0.3, { kind: 'state' }, sme, '2023-01-01'));
    expect(f.parameters['advance.rate.sme.state']).toMatchObject({ value: 0.3, validFrom: '2023-01-01' });
  });

  it('uses the large-local SME rate from 1 January 2020 (unconfirmed before)', () => {
    const large = { kind: 'local-authority', operatingExpenditureAbove60M: true };
    const before = verdict(RULE, c(0.05, large, sme, '2019-12-31'));
    expect(before.status).toBe('pass');
    expect(before.parameters['advance.rate.sme.largeLocal']?.confidence).toBe('unconfirmed');
    expect(verdict(RULE, c(0.05, large, sme, '2020-01-01')).status).toBe('fail');
  });

  it('is not applicable when no advance is granted or none is mandatory', () => {
    expect(verdict(RULE, { ...c(0.01, { kind: 'state' }, sme), advance: { granted: false } }).status).toBe('not-applicable');
    expect(verdict(RULE, { ...c(0.01, { kind: 'state' }, sme), amountExclTax: '50000' }).status).toBe('not-applicable');
  });

  it('names each missing field', () => {
    expect(verdict(RULE, c(undefined, { kind: 'hospital' }, notSme))).toMatchObject({ status: 'unknown', missing: ['advance.rate'] });
    expect(verdict(RULE, c(0.3, { kind: 'state' }, undefined))).toMatchObject({ status: 'unknown', missing: ['holders'] });
    expect(verdict(RULE, c(0.3, { kind: 'state' }, [{}, { sme: false }]))).toMatchObject({
      status: 'unknown',
      missing: ['holders[0].sme'],
    });
    expect(verdict(RULE, c(0.3, undefined, sme))).toMatchObject({ status: 'unknown', missing: ['buyer.kind'] });
    expect(verdict(RULE, c(0.3, { kind: 'local-authority' }, sme))).toMatchObject({
      status: 'unknown',
      missing: ['buyer.operatingExpenditureAbove60M'],
    });
    expect(verdict(RULE, { ...c(0.3, { kind: 'state' }, sme), advance: {} })).toMatchObject({
      status: 'unknown',
      missing: ['advance.granted'],
    });
  });
});
