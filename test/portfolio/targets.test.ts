import { describe, expect, it } from 'vitest';
import { ARMEES_5TH_DIRECTIVE, assessTarget, findTarget, PNAD_2022_2025, parseOwnTargets, type YearTarget } from '../../src/index.js';
import type { Money } from '../../src/model/money.js';

describe('shipped target regimes (law-facts §5.1, §5.2)', () => {
  it.each([
    [2023, 0.6, 0.15],
    [2024, 0.8, 0.25],
    [2025, 1, 0.3],
  ])('ministère des Armées %i: environmental %f, social %f', (year, env, social) => {
    expect(findTarget(ARMEES_5TH_DIRECTIVE, 'environmental-consideration', year)).toMatchObject({ kind: 'rate', min: env });
    expect(findTarget(ARMEES_5TH_DIRECTIVE, 'social-consideration', year)).toMatchObject({ kind: 'rate', min: social });
  });

  it('has no target outside the years a regime covers', () => {
    expect(findTarget(ARMEES_5TH_DIRECTIVE, 'environmental-consideration', 2022)).toBeUndefined();
    expect(findTarget(ARMEES_5TH_DIRECTIVE, 'environmental-consideration', 2026)).toBeUndefined();
    expect(findTarget(PNAD_2022_2025, 'environmental-consideration', 2021)).toBeUndefined();
    expect(findTarget(PNAD_2022_2025, 'social-consideration', 2026)).toBeUndefined();
  });

  it('reads the PNAD as written: 2025 goals, 2022-2024 on the way, never « missed »', () => {
    const at = (year: number) => findTarget(PNAD_2022_2025, 'environmental-consideration', year) as YearTarget;
    const on = (r: number, year: number) => assessTarget(at(year), { rate: r, numerator: 1, numeratorAmount: '0' as Money });
    expect(at(2024).goalYear).toBe(2025);
    expect(at(2025).goalYear).toBeUndefined();
    expect(on(0.717, 2023)).toMatchObject({ met: null, onTheWay: true, gap: -0.283 });
    expect(on(1, 2024)).toMatchObject({ met: true, onTheWay: true, gap: 0 });
    expect(on(0.717, 2025)).toMatchObject({ met: false, onTheWay: false });
  });

  it('keeps the Armées steps yearly: 2023 judged against 60 %', () => {
    const t = findTarget(ARMEES_5TH_DIRECTIVE, 'environmental-consideration', 2023) as YearTarget;
    expect(t.goalYear).toBeUndefined();
    expect(assessTarget(t, { rate: 0.59, numerator: 1, numeratorAmount: '0' as Money })).toMatchObject({ met: false, onTheWay: false });
  });

  it.each([2022, 2023, 2024, 2025])('PNAD %i: 100 %% environmental, 30 %% social', (year) => {
    expect(findTarget(PNAD_2022_2025, 'environmental-consideration', year)?.min).toBe(1);
    expect(findTarget(PNAD_2022_2025, 'social-consideration', year)?.min).toBe(0.3);
  });

  it('cites its sources and notes in both languages', () => {
    for (const r of [PNAD_2022_2025, ARMEES_5TH_DIRECTIVE]) {
      expect(r.sources.length).toBeGreaterThan(0);
      expect(r.note?.fr).toBeTruthy();
      expect(r.note?.en).toBeTruthy();
    }
  });
});

describe('assessTarget', () => {
  const rate = (min: number): YearTarget => ({ indicator: 'social-consideration', year: 2024, kind: 'rate', min });
  const achieved = (r: number | null, numerator = 0, numeratorAmount = '0') => ({
    rate: r,
    numerator,
    numeratorAmount: numeratorAmount as Money,
  });

  it.each([
    [0.25, 0.25, true, 0],
    [0.2499, 0.25, false, -0.0001],
    [0.8, 0.6, true, 0.2],
    [0.6, 0.8, false, -0.2],
  ])('rate %f against %f → met %s, gap %f', (r, min, met, gap) => {
    expect(assessTarget(rate(min), achieved(r))).toMatchObject({ met, gap });
  });

  it('cannot tell a rate target without known contracts', () => {
    expect(assessTarget(rate(0.3), achieved(null))).toMatchObject({ met: null, gap: null });
  });

  it.each([
    [0, 1, false, -1],
    [1, 1, true, 0],
    [2, 3, false, -1],
    [3, 3, true, 0],
  ])('count %i against %i → met %s, gap %i', (n, min, met, gap) => {
    expect(assessTarget({ indicator: 'reserved', year: 2027, kind: 'count', min }, achieved(null, n))).toMatchObject({ met, gap });
  });

  it.each([
    ['99999.99', false, '-0.01'],
    ['100000', true, '0'],
    ['100000.01', true, '0.01'],
  ])('amount %s against 100 000 € → met %s, gap %s', (amount, met, gap) => {
    expect(
      assessTarget({ indicator: 'reserved', year: 2026, kind: 'amount', min: '100000' as Money }, achieved(null, 0, amount)),
    ).toMatchObject({
      met,
      gap,
    });
  });
});

describe('an organisation’s own targets file', () => {
  it('reads the action-sheet targets: reserved 1 in 2026, 3 in 2027, 2 non-works insertion clauses per year', () => {
    const r = parseOwnTargets({
      name: 'OPH 2026-2027',
      targets: [
        { indicator: 'reserved', year: 2026, minCount: 1 },
        { indicator: 'reserved', year: 2027, minCount: 3 },
        { indicator: 'insertion-clause-non-works', years: [2026, 2027], minCount: 2 },
        { indicator: 'price-variation-clause', year: 2026, minRate: 0.9 },
        { indicator: 'reserved', year: 2028, minAmount: '150000.50' },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.label.fr).toBe('OPH 2026-2027');
    expect(r.value.targets).toEqual([
      { indicator: 'reserved', year: 2026, kind: 'count', min: 1 },
      { indicator: 'reserved', year: 2027, kind: 'count', min: 3 },
      { indicator: 'insertion-clause-non-works', year: 2026, kind: 'count', min: 2 },
      { indicator: 'insertion-clause-non-works', year: 2027, kind: 'count', min: 2 },
      { indicator: 'price-variation-clause', year: 2026, kind: 'rate', min: 0.9 },
      { indicator: 'reserved', year: 2028, kind: 'amount', min: '150000.5' },
    ]);
  });

  it.each([
    ['an unknown indicator', { name: 'x', targets: [{ indicator: 'green', year: 2026, minRate: 0.5 }] }, '$.targets[0].indicator'],
    ['a rate above 1', { name: 'x', targets: [{ indicator: 'reserved', year: 2026, minRate: 1.5 }] }, '$.targets[0].minRate'],
    ['no minimum', { name: 'x', targets: [{ indicator: 'reserved', year: 2026 }] }, '$.targets[0].minRate'],
    ['two minimums', { name: 'x', targets: [{ indicator: 'reserved', year: 2026, minRate: 0.1, minCount: 1 }] }, '$.targets[0].minRate'],
    ['no year', { name: 'x', targets: [{ indicator: 'reserved', minCount: 1 }] }, '$.targets[0].year'],
    ['an unreadable amount', { name: 'x', targets: [{ indicator: 'reserved', year: 2026, minAmount: 'NC' }] }, '$.targets[0].minAmount'],
    ['a typo in a key', { name: 'x', targets: [{ indicator: 'reserved', year: 2026, minCount: 1, yaer: 2027 }] }, '$.targets[0]'],
    ['no name', { targets: [] }, '$.name'],
    [
      'two targets for the same indicator and year',
      {
        name: 'x',
        targets: [
          { indicator: 'reserved', years: [2026, 2027], minCount: 1 },
          { indicator: 'reserved', year: 2027, minCount: 3 },
        ],
      },
      '$.targets[1]',
    ],
  ])('rejects %s with its path', (_, input, path) => {
    const r = parseOwnTargets(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).toContain(path);
  });
});
