import { describe, expect, it } from 'vitest';
import { ARMEES_5TH_DIRECTIVE, INDICATORS, parseOwnTargets, summarisePortfolio } from '../../src/index.js';
import { sampleSummary, tallyOf } from '../support/portfolio.js';

const ENV = (v: boolean) => ({ executionClause: v, awardCriterion: false, technicalSpecification: false });
const SOC = (v: boolean) => ({ executionClause: v, awardCriterion: false, technicalSpecification: false, reserved: false });

describe('summarisePortfolio', () => {
  const inputs = [
    ...Array.from({ length: 6 }, (_, i) => ({ dates: { notification: '2023-03-01' }, environmental: ENV(i < 4), social: SOC(i < 1) })),
    ...Array.from({ length: 5 }, (_, i) => ({ dates: { notification: '2026-03-01' }, environmental: ENV(i < 5), social: SOC(false) })),
  ];

  it('compares each year with its target: met, missed with the gap, or no target', () => {
    const s = summarisePortfolio(tallyOf(inputs, { by: ['year'] }), { targets: ARMEES_5TH_DIRECTIVE });
    const find = (id: string, group: object) => s.indicators.find((x) => x.id === id && JSON.stringify(x.group) === JSON.stringify(group));
    // 2023: 4/6 = 66.7 % ≥ 60 % environmental; 1/6 = 16.7 % ≥ 15 % social.
    expect(find('environmental-consideration', { year: 2023 })).toMatchObject({ target: 0.6, targetKind: 'rate', met: true });
    expect(find('social-consideration', { year: 2023 })).toMatchObject({ target: 0.15, met: true });
    expect((find('social-consideration', { year: 2023 })?.gap as number) > 0).toBe(true);
    // 2026 has no target in the directive; the whole portfolio never has one.
    expect(find('environmental-consideration', { year: 2026 })).toMatchObject({ target: null, met: null, gap: null, targetKind: null });
    expect(find('environmental-consideration', {})).toMatchObject({ target: null, met: null });
    expect(s.targets?.id).toBe('armees');
  });

  it('reports a missed count target and its gap', () => {
    const own = parseOwnTargets({ name: 'own', targets: [{ indicator: 'social-consideration', year: 2026, minCount: 2 }] });
    if (!own.ok) throw new Error('targets');
    const s = summarisePortfolio(tallyOf(inputs, { by: ['year'] }), { targets: own.value });
    expect(s.indicators.find((x) => x.id === 'social-consideration' && x.group.year === 2026)).toMatchObject({
      numerator: 0,
      target: 2,
      targetKind: 'count',
      gap: -2,
      met: false,
    });
  });

  it('has the JSON shape of the issue', () => {
    const s = summarisePortfolio(tallyOf(inputs, { by: ['year'] }));
    expect(Object.keys(s.records)).toEqual(['total', 'evaluated', 'rejected', 'duplicates', 'rejections']);
    for (const x of s.indicators) {
      for (const k of ['id', 'group', 'numerator', 'denominator', 'unknown', 'rate', 'amountRate', 'target', 'met'])
        expect(x).toHaveProperty(k);
    }
    expect(s.indicators).toHaveLength(INDICATORS.length * 3);
    expect(s.period).toEqual({ from: '2023-03-01', to: '2026-03-01' });
  });

  it('lists the thresholds used with their confidence, and the legal rules', () => {
    const s = summarisePortfolio(tallyOf(inputs));
    expect(s.parameters[0]).toMatchObject({
      key: 'indicator.priceVariation.minAmount',
      values: [{ value: '40000', confidence: 'confirmed' }],
    });
    expect(s.legalRules).toContain('price.actualisation');
    expect(s.legalRules).not.toContain('price.variation-clause-indicator');
  });
});

describe('the demo portfolio', () => {
  it('accounts for every record', async () => {
    const s = await sampleSummary(ARMEES_5TH_DIRECTIVE);
    expect(s.records.total).toBe(500);
    expect(s.records.total).toBe(s.records.evaluated + s.records.rejected);
    expect(s.records.rejected).toBeGreaterThan(0);
    for (const x of s.indicators) {
      if (Object.keys(x.group).length > 0) continue;
      expect(x.numerator).toBeLessThanOrEqual(x.denominator);
      expect(x.denominator + x.unknown).toBeLessThanOrEqual(s.records.evaluated);
    }
    // Years sum to the whole portfolio.
    for (const i of INDICATORS) {
      const rows = s.indicators.filter((x) => x.id === i.id);
      const whole = rows.find((x) => Object.keys(x.group).length === 0);
      const parts = rows.filter((x) => x.group.year !== undefined);
      expect(parts.reduce((n, x) => n + x.denominator, 0)).toBe(whole?.denominator);
      expect(parts.reduce((n, x) => n + x.unknown, 0)).toBe(whole?.unknown);
    }
  });
});
