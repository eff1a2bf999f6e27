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

  it('detects a gap and an overlap, and accepts a closed end', () => {
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
    // A closed last value is sound: after it the parameter is not yet published.
    expect(problems.map((p) => p.key)).toEqual(['gap', 'overlap']);
  });

  it.each(quarters(2020, 2031))('every parameter has exactly one value on %s, or none after its last published period', (date) => {
    for (const p of listParameters()) {
      const first = p.values[0]?.from ?? '9999-12-31';
      const last = p.values[p.values.length - 1]?.to ?? null;
      const matching = p.values.filter((v) => v.from <= date && (v.to === null || date <= v.to));
      if (date < first) {
        expect(INTRODUCED_LATER[p.key], `${p.key} starts on ${first}, after ${date}`).toBeDefined();
        expect(matching).toHaveLength(0);
        expect(() => getParameter(p.key, date)).toThrow(ParameterCoverageError);
      } else if (last !== null && date > last) {
        expect(matching).toHaveLength(0);
        expect(() => getParameter(p.key, date)).toThrow(/not yet published/);
      } else {
        expect(matching, `${p.key} at ${date}`).toHaveLength(1);
        expect(findValue(p, date)).toBe(matching[0]);
      }
    }
  });

  it('carries no value past its last published period: the EU thresholds end on 31 December 2027', () => {
    for (const p of listParameters().filter((d) => d.key.startsWith('eu.') && !d.key.startsWith('eu.socialServices'))) {
      expect(p.values[p.values.length - 1]?.to, p.key).toBe('2027-12-31');
      expect(getParameter(p.key, '2027-12-31').validTo).toBe('2027-12-31');
      let error: unknown;
      try {
        getParameter(p.key, '2028-01-01');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ParameterCoverageError);
      expect((error as ParameterCoverageError).reason).toBe('not-yet-published');
      expect((error as ParameterCoverageError).coveredTo).toBe('2027-12-31');
    }
  });

  it('every value has a source with a link, a verification date and a confidence', () => {
    for (const p of listParameters()) {
      for (const v of p.values) {
        expect(v.sources.length, p.key).toBeGreaterThan(0);
        // A source without a public link (a buyers' own document) is allowed only beside one that has one.
        expect(
          v.sources.some((s) => s.url !== undefined),
          p.key,
        ).toBe(true);
        for (const s of v.sources) if (s.url !== undefined) expect(s.url, p.key).toMatch(/^https:\/\//);
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
    expect(getParameter('climat.legislativeDate', '2026-08-21').value).toBe('2026-08-22');
    expect(getParameter('climat.regulatoryDate', '2026-08-21').value).toBe('2026-08-21');
    expect(getParameter('eu.suppliesServices.central', '2025-12-31').value).toBe('143000');
    expect(getParameter('eu.suppliesServices.central', '2026-01-01').value).toBe('140000');
  });

  it('shows unconfirmed values as such', () => {
    const p = getParameter('eu.suppliesServices.central', '2019-06-01');
    expect(p.confidence).toBe('unconfirmed');
  });

  it('reaches back to décret n° 2016-360 for the price rules (1 April 2016)', () => {
    expect(getParameter('price.actualisation.delay', '2016-04-01').sources[0]?.code).toBe('Décret n° 2016-360');
    expect(getParameter('price.actualisation.delay', '2019-03-31').validTo).toBe('2019-03-31');
    expect(getParameter('price.actualisation.delay', '2019-04-01').sources[0]?.article).toBe('R2112-11');
    expect(getParameter('indicator.priceVariation.minAmount', '2016-04-01').value).toBe('40000');
  });

  it('throws an explicit error outside coverage, naming why, and for an unknown key', () => {
    expect(() => getParameter('price.actualisation.delay', '2016-03-31')).toThrow(
      /no value at 2016-03-31 \(its history starts on 2016-04-01\)/,
    );
    expect(() => getParameter('eu.worksConcessions', '2028-01-01')).toThrow(/not yet published for 2028-01-01/);
    expect(() => getParameter('no.such.key', '2026-01-01')).toThrow(/Unknown parameter/);
  });
});
