import { describe, expect, it } from 'vitest';
import { parseBuyerProfile } from '../../src/buyer/profile.js';
import { assessSpaser, type SpaserYear } from '../../src/buyer/spaser.js';

const profile = (over: Record<string, unknown> = {}, spaser: Record<string, unknown> | undefined = {}) => ({
  id: '21290019700013',
  name: 'Commune exemple',
  kind: 'local-authority',
  purchases: [{ year: 2024, amountExclTax: '62000000' }],
  spaser: { adoptedOn: '2021-06-30', publishedOn: '2021-07-15', indicatorsPublishedOn: ['2024-12-15'], ...spaser },
  ...over,
});

function assess(input: unknown, asOf = '2026-03-01') {
  const p = parseBuyerProfile(input);
  if (!p.ok) expect.fail(JSON.stringify(p.problems));
  return assessSpaser(p.value, { asOf });
}
const year = (input: unknown, asOf?: string): SpaserYear => assess(input, asOf).years[0] as SpaserYear;
const checks = (y: SpaserYear) => Object.fromEntries(y.checks.map((c) => [c.id, c.status]));

describe('SPASER duty — L2111-3 / D2111-3', () => {
  it('a local authority above 50 M€ with an adopted, public SPASER and recent indicators passes', () => {
    const y = year(profile());
    expect(y.owesSpaser).toBe(true);
    expect(y.threshold).toMatchObject({ key: 'spaser.threshold', value: '50000000' });
    expect(checks(y)).toEqual({ adopted: 'pass', published: 'pass', indicators: 'pass' });
    expect(y.status).toBe('pass');
  });

  it('threshold: exactly 50 M€ in 2023 owes none, one cent more owes one; 2022 uses 100 M€', () => {
    expect(year(profile({ purchases: [{ year: 2023, amountExclTax: '50000000' }] })).owesSpaser).toBe(false);
    expect(year(profile({ purchases: [{ year: 2023, amountExclTax: '50000000.01' }] })).owesSpaser).toBe(true);
    const y2022 = year(profile({ purchases: [{ year: 2022, amountExclTax: '62000000' }] }));
    expect(y2022).toMatchObject({ owesSpaser: false, status: 'not-applicable' });
    expect(y2022.threshold?.value).toBe('100000000');
  });

  it('scope before loi n° 2023-973: local authorities and buyers whose status is set by law; every buyer after', () => {
    const state = (y: number, more: Record<string, unknown> = {}) =>
      year(profile({ kind: 'state', purchases: [{ year: y, amountExclTax: '120000000' }], ...more }));
    expect(state(2022).owesSpaser).toBe(null);
    expect(state(2022).missing).toEqual(['$.kind', '$.statusSetByLaw']);
    expect(state(2022, { statusSetByLaw: false })).toMatchObject({ owesSpaser: false, status: 'not-applicable' });
    expect(state(2022, { statusSetByLaw: true }).owesSpaser).toBe(true);
    expect(state(2023).owesSpaser).toBe(null); // the scope widens on 25 October 2023: no single answer for the year
    expect(state(2024).owesSpaser).toBe(true);
    expect(year(profile({ purchases: [{ year: 2023, amountExclTax: '60000000' }] })).owesSpaser).toBe(true);
  });

  it('fails a declared absence, an adoption or publication after the evaluation date', () => {
    expect(checks(year(profile({}, { adopted: false, adoptedOn: undefined, publishedOn: undefined })))).toEqual({
      adopted: 'fail',
      published: 'fail',
      indicators: 'fail',
    });
    expect(checks(year(profile({}, { adoptedOn: '2026-03-02', publishedOn: '2026-03-10' }))).adopted).toBe('fail');
    expect(checks(year(profile({}, { adoptedOn: '2026-03-01', publishedOn: '2026-03-01' }))).adopted).toBe('pass');
    expect(checks(year(profile({}, { published: false, publishedOn: undefined }))).published).toBe('fail');
  });

  it('indicators every two years from 2023: not due before 2025-01-01, then within the last two years', () => {
    const none = (asOf: string) =>
      checks(year(profile({ purchases: [{ year: 2023, amountExclTax: '62000000' }] }, { indicatorsPublishedOn: [] }), asOf)).indicators;
    expect(none('2024-12-31')).toBe('not-applicable');
    expect(none('2025-01-01')).toBe('fail');
    const old = (asOf: string) =>
      checks(year(profile({ purchases: [{ year: 2025, amountExclTax: '62000000' }] }, { indicatorsPublishedOn: ['2024-03-01'] }), asOf))
        .indicators;
    expect(old('2026-02-28')).toBe('pass');
    expect(old('2026-03-01')).toBe('fail');
    const { indicatorsPublishedOn: _i, ...noDates } = profile().spaser;
    expect(year({ ...profile(), spaser: noDates }).checks[2]).toMatchObject({
      status: 'unknown',
      missing: ['$.spaser.indicatorsPublishedOn'],
    });
    // adopted in 2024: the first publication is due two years after the adoption
    expect(
      checks(year(profile({}, { adoptedOn: '2024-05-01', publishedOn: '2024-05-02', indicatorsPublishedOn: [] }), '2026-04-30')).indicators,
    ).toBe('not-applicable');
  });

  it('a year not over at the evaluation date, or missing SPASER data, is unknown, never fail', () => {
    expect(year(profile({ purchases: [{ year: 2026, amountExclTax: '90000000' }] }))).toMatchObject({
      status: 'unknown',
      owesSpaser: null,
    });
    const y = year({ ...profile(), spaser: undefined });
    expect(checks(y)).toEqual({ adopted: 'unknown', published: 'unknown', indicators: 'unknown' });
  });

  it('gives one entry per year, oldest first, and the worst status overall', () => {
    const a = assess(
      profile(
        {
          purchases: [
            { year: 2024, amountExclTax: '62000000' },
            { year: 2021, amountExclTax: '10000000' },
          ],
        },
        { indicatorsPublishedOn: [] },
      ),
    );
    expect(a.years.map((y) => [y.year, y.status])).toEqual([
      [2021, 'not-applicable'],
      [2024, 'fail'],
    ]);
    expect(a.status).toBe('fail');
  });
});

describe('parseBuyerProfile', () => {
  it('refuses two amounts for a year and a declaration that contradicts itself', () => {
    const r = parseBuyerProfile(
      profile(
        {
          purchases: [
            { year: 2024, amountExclTax: 1 },
            { year: 2024, amountExclTax: 2 },
          ],
        },
        { adopted: false, publishedOn: '2021-01-01' },
      ),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => [p.path, p.code])).toEqual([
        ['$.purchases[1]', 'duplicate'],
        ['$.spaser.adoptedOn', 'contradiction'],
        ['$.spaser.publishedOn', 'contradiction'],
      ]);
    }
    const shape = parseBuyerProfile({ id: '', purchases: [{ year: 2024, amountExclTax: '-1' }], colour: 1 });
    expect(!shape.ok && shape.problems.map((p) => p.code)).toEqual(['id', 'money', 'unrecognized_keys']);
  });
});

describe('buyer profile JSON Schema and example', () => {
  it('is the committed schema/buyer-profile.schema.json (run `npm run schema`)', async () => {
    const { readFileSync } = await import('node:fs');
    const { buyerProfileJsonSchema } = await import('../../src/buyer/profile.js');
    const committed = JSON.parse(readFileSync(new URL('../../schema/buyer-profile.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(buyerProfileJsonSchema());
  });

  it('examples/buyer/spaser-profile.json owes a SPASER from 2023 and meets it on 2026-03-01', async () => {
    const { readFileSync } = await import('node:fs');
    const a = assess(JSON.parse(readFileSync(new URL('../../examples/buyer/spaser-profile.json', import.meta.url), 'utf8')));
    expect(a.years.map((y) => [y.year, y.owesSpaser, y.status])).toEqual([
      [2022, false, 'not-applicable'],
      [2023, true, 'pass'],
      [2024, true, 'pass'],
      [2025, true, 'pass'],
    ]);
  });
});
