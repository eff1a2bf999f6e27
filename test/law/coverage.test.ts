import { describe, expect, it } from 'vitest';
import { checkParameterHistories, getParameter, listParameters, ParameterCoverageError } from '../../src/index.js';
import { findValue } from '../../src/law/lookup.js';

// Parameters whose legal notion starts after 1 January 2020: they are walked from their first date.
const INTRODUCED_LATER: Record<string, string> = {
  'reserved.detainees.minShare': 'L2113-13-1 created by ordonnance n° 2022-1336; 50 % share from 2023-01-01',
  'agec.textiles.reuse.minShare': 'décret n° 2024-134 from 2024-07-01; the textiles row of décret n° 2021-254 before was not read',
  'agec.textiles.recycled.minShare': 'décret n° 2024-134 from 2024-07-01; the textiles row of décret n° 2021-254 before was not read',
  'fleet.minFleetSize': 'C. env. L224-7 ff. as rewritten by ordonnance n° 2021-1490, in force 2021-11-18',
  'fleet.state.lowEmission.minShare': 'C. env. L224-7 as rewritten by ordonnance n° 2021-1490, in force 2021-11-18',
  'fleet.localAuthorities.lowEmission.minShare': 'C. env. L224-8: 30 % from 2021-07-01 (earlier values not read)',
  'fleet.otherBuyers.lowEmission.minShare': 'ordonnance n° 2021-1490: other buyers from 2022-01-01',
  'decp.publicationDelay': 'R2196-1 and arrêté du 22 décembre 2022: publication on data.gouv.fr from 2024-01-01',
};

function quarters(fromYear: number, toYear: number): string[] {
  const out: string[] = [];
  for (let y = fromYear; y <= toYear; y++) for (const m of ['01', '04', '07', '10']) out.push(`${y}-${m}-01`);
  return out;
}

describe('parameter tree coverage', () => {
  it('has well-formed, contiguous, non-overlapping histories, open-ended at the end', () => {
    expect(checkParameterHistories()).toEqual([]);
  });

  it('detects a gap, an overlap and a closed end', () => {
    const src = [{ code: 'CCP', article: 'X', url: 'https://example.org' }];
    const v = (from: string, to: string | null) => ({
      value: 1,
      from,
      to,
      sources: src,
      confidence: 'confirmed' as const,
      verifiedOn: '2026-01-01',
    });
    const problems = checkParameterHistories([
      {
        key: 'gap',
        label: { fr: '', en: '' },
        unit: 'months',
        basis: 'launch',
        kind: 'law',
        values: [v('2020-01-01', '2020-12-30'), v('2021-01-01', null)],
      },
      {
        key: 'overlap',
        label: { fr: '', en: '' },
        unit: 'months',
        basis: 'launch',
        kind: 'law',
        values: [v('2020-01-01', '2021-01-01'), v('2021-01-01', null)],
      },
      { key: 'closed', label: { fr: '', en: '' }, unit: 'months', basis: 'launch', kind: 'law', values: [v('2020-01-01', '2020-12-31')] },
    ]);
    expect(problems.map((p) => p.key)).toEqual(['gap', 'overlap', 'closed']);
  });

  it.each(quarters(2020, 2031))('every parameter has exactly one value on %s', (date) => {
    for (const p of listParameters()) {
      const first = p.values[0]?.from ?? '9999-12-31';
      const matching = p.values.filter((v) => v.from <= date && (v.to === null || date <= v.to));
      if (date < first) {
        expect(INTRODUCED_LATER[p.key], `${p.key} starts on ${first}, after ${date}`).toBeDefined();
        expect(matching).toHaveLength(0);
        expect(() => getParameter(p.key, date)).toThrow(ParameterCoverageError);
      } else {
        expect(matching, `${p.key} at ${date}`).toHaveLength(1);
        expect(findValue(p, date)).toBe(matching[0]);
      }
    }
  });

  it('every value has a source with a link, a verification date and a confidence', () => {
    for (const p of listParameters()) {
      for (const v of p.values) {
        expect(v.sources.length, p.key).toBeGreaterThan(0);
        for (const s of v.sources) expect(s.url, p.key).toMatch(/^https:\/\//);
        expect(v.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(['confirmed', 'unconfirmed']).toContain(v.confidence);
      }
    }
  });
});

describe('getParameter', () => {
  it('looks values up at the date, boundaries included', () => {
    expect(getParameter('dispense.suppliesServices', '2026-03-31').value).toBe('40000');
    expect(getParameter('dispense.suppliesServices', '2026-04-01').value).toBe('60000');
    expect(getParameter('climat.envExecutionCondition.mandatory', '2026-08-20').value).toBe(false);
    expect(getParameter('climat.envExecutionCondition.mandatory', '2026-08-21').value).toBe(true);
    expect(getParameter('eu.suppliesServices.central', '2025-12-31').value).toBe('143000');
    expect(getParameter('eu.suppliesServices.central', '2026-01-01').value).toBe('140000');
  });

  it('shows unconfirmed values as such', () => {
    const p = getParameter('eu.suppliesServices.central', '2028-06-01');
    expect(p.confidence).toBe('unconfirmed');
    expect(p.note).toMatch(/Carried forward/);
  });

  it('throws an explicit error outside coverage and for an unknown key', () => {
    expect(() => getParameter('price.actualisation.delay', '2019-03-31')).toThrow(/no value at 2019-03-31/);
    expect(() => getParameter('no.such.key', '2026-01-01')).toThrow(/Unknown parameter/);
  });
});
