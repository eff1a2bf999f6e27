import { describe, expect, it } from 'vitest';
import { verdict } from '../../support/evaluate.js';

const RULE = 'price.actualisation';
type Extra = Record<string, unknown>;
const base = (
  nature: string | undefined,
  type: string | undefined,
  standard: boolean | undefined,
  dates: Extra = { priceEstablished: '2026-02-01', executionStart: '2026-03-01' },
) => ({
  nature,
  price: { type, standardSuppliesOrServices: standard },
  dates: { consultationLaunch: '2026-01-05', ...dates },
});

describe('price.actualisation (R2112-10, R2112-11)', () => {
  it.each([
    // [nature, price type, « courant », status]: mandatory whatever the delay (here one month)
    ['works', 'firm', undefined, 'fail'],
    ['works', 'firm', true, 'fail'], // works: « courant » does not matter
    ['works', 'firm-actualisable', undefined, 'pass'],
    ['supplies', 'firm', false, 'fail'],
    ['services', 'firm', false, 'fail'],
    ['supplies', 'firm-actualisable', false, 'pass'],
    ['supplies', 'firm', true, 'not-applicable'], // « courant » supplies: optional
    ['services', 'firm', true, 'not-applicable'],
    ['supplies', 'firm-actualisable', true, 'not-applicable'],
    ['supplies', 'firm', undefined, 'unknown'],
    ['works', 'revisable', undefined, 'not-applicable'],
    ['supplies', 'provisional', false, 'not-applicable'],
  ])('%s at %s price, courant %s → %s', (nature, type, standard, expected) => {
    expect(verdict(RULE, base(nature, type, standard)).status).toBe(expected);
  });

  it('says when the price is actualised (R2112-11): more than 3 months between price date and start', () => {
    const at = (start: string) =>
      verdict(RULE, base('works', 'firm-actualisable', undefined, { priceEstablished: '2026-02-01', executionStart: start }));
    expect(at('2026-05-01').message.en).toMatch(/no more than 3 months .* not actualised/); // exactly 3 months
    const after = at('2026-05-02');
    expect(after.status).toBe('pass');
    expect(after.message.en).toMatch(/actualised on the economic conditions of 2026-02-02, 3 months before/);
    expect(after.parameters['price.actualisation.referenceLag']).toMatchObject({ value: 3 });
    // month-end clamp: 30 Nov + 3 months = 28 Feb
    const clamp = (start: string) =>
      verdict(RULE, base('works', 'firm-actualisable', undefined, { priceEstablished: '2025-11-30', executionStart: start })).message.en;
    expect(clamp('2026-02-28')).toMatch(/not actualised/);
    expect(clamp('2026-03-01')).toMatch(/is actualised/);
    // without the dates the pass says nothing of when
    expect(verdict(RULE, base('works', 'firm-actualisable', undefined, {})).message.en).toBe(
      'Firm, actualisable price in a works contract (R2112-10).',
    );
  });

  it('is not applicable to concessions', () => {
    expect(verdict(RULE, { ...base('works', 'firm', undefined), kind: 'concession' }).status).toBe('not-applicable');
  });

  it('names every missing field instead of deciding', () => {
    expect(verdict(RULE, base('works', undefined, undefined))).toMatchObject({ status: 'unknown', missing: ['price.type'] });
    expect(verdict(RULE, base(undefined, 'firm', false))).toMatchObject({ status: 'unknown', missing: ['nature'] });
    expect(verdict(RULE, base('services', 'firm', undefined))).toMatchObject({
      status: 'unknown',
      missing: ['price.standardSuppliesOrServices'],
    });
    expect(verdict(RULE, { nature: 'works', price: { type: 'firm' } })).toMatchObject({
      status: 'unknown',
      missing: ['dates.consultationLaunch'],
    });
  });

  it('judges 2016-2019 records on décret n° 2016-360, and says so', () => {
    const f = verdict(RULE, { ...base('works', 'firm', undefined), dates: { consultationLaunch: '2017-06-01' } });
    expect(f.status).toBe('fail');
    expect(f.parameters['price.actualisation.delay']?.sources[0]?.code).toBe('Décret n° 2016-360');
    expect(f.parameters['price.actualisation.delay']?.confidence).toBe('unconfirmed');
  });

  it('reports unknown, not a guess, for a launch before the parameter history (1 April 2016)', () => {
    const f = verdict(RULE, { ...base('works', 'firm', undefined), dates: { consultationLaunch: '2016-03-31' } });
    expect(f).toMatchObject({ status: 'unknown', reason: 'before-history', missing: [] });
    expect(f.message.en).toMatch(/not known at 2016-03-31, before its history starts/);
  });

  it('uses the parameter at a bounded date when the launch date is missing and the value never changed', () => {
    const f = verdict(RULE, {
      nature: 'works',
      price: { type: 'firm' },
      dates: { priceEstablished: '2026-02-01', executionStart: '2026-09-01' },
    });
    expect(f.status).toBe('fail');
    expect(f.referenceDate).toEqual({ basis: 'launch', date: '2026-02-01', boundedBy: 'dates.priceEstablished' });
  });
});
