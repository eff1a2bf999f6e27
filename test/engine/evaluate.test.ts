import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ContractValidationError,
  EvaluateOptionsError,
  evaluateContract,
  parseContract,
  prepareEvaluation,
  RULES,
  type Rule,
  safeEvaluateContract,
} from '../../src/index.js';

const contract = {
  id: 'c1',
  kind: 'contract',
  nature: 'works',
  amountExclTax: '50000',
  dates: { consultationLaunch: '2026-01-05', priceEstablished: '2026-02-01', notification: '2026-03-01', executionStart: '2026-06-01' },
  durationMonths: 12,
  price: { type: 'firm', rawMaterialExposure: false, majorHazardExposure: false },
};

describe('evaluateContract', () => {
  it('gives one finding per rule with its legal basis, parameters and bilingual message', () => {
    const e = evaluateContract(contract, { asOf: '2026-11-23' });
    expect(e.contract).toBe('c1');
    expect(e.asOf).toBe('2026-11-23');
    expect(e.findings.map((f) => f.rule)).toEqual(RULES.map((r) => r.id));
    for (const f of e.findings) {
      expect(f.legalBasis.length).toBeGreaterThan(0);
      expect(f.message.fr).not.toBe(f.message.en);
      expect(f.text).toBe(f.message.fr);
    }
    const s = e.summary;
    expect(s.pass + s.fail + s.notApplicable + s.unknown).toBe(e.findings.length);
    expect(s.fail).toBe(2); // actualisation (a firm-price works contract, R2112-10) and the 40 000 € indicator
  });

  it('records the parameters each rule used, in order of first use, as frozen records', () => {
    const e = evaluateContract(
      { ...contract, amountExclTax: '250000', buyer: { kind: 'state' }, holders: [{ sme: true }], advance: { granted: true, rate: 0.3 } },
      { asOf: '2026-11-23' },
    );
    const byRule = new Map(e.findings.map((f) => [f.rule, f]));
    const indicator = byRule.get('price.variation-clause-indicator');
    expect(Object.keys(indicator?.parameters ?? {})).toEqual(['indicator.priceVariation.minAmount']);
    expect(indicator?.parameters['indicator.priceVariation.minAmount']?.value).toBe('40000');
    const rate = byRule.get('advance.minimum-rate');
    expect(Object.keys(rate?.parameters ?? {})).toEqual([
      'advance.mandatory.minAmount',
      'advance.mandatory.minDuration',
      'advance.rate.sme.state',
    ]);
    for (const f of e.findings) expect(Object.isFrozen(f.parameters)).toBe(true);
    // A rule asking twice for the same parameter records it once.
    const twice: Rule = {
      ...RULES[0],
      id: 'acme.twice',
      applies: (_c, ctx) => {
        const first = ctx.param('price.actualisation.delay');
        return first === ctx.param('price.actualisation.delay') ? true : { status: 'unknown', missing: ['twice'] };
      },
      check: (_c, ctx) => ({ status: 'pass', message: { fr: String(ctx.param('price.actualisation.delay')), en: 'ok' } }),
    } as Rule;
    const t = evaluateContract(contract, { rules: [twice], asOf: '2026-11-23' }).findings[0];
    expect(Object.keys(t?.parameters ?? {})).toEqual(['price.actualisation.delay']);
  });

  it('gives the text in the chosen locale', () => {
    const e = evaluateContract(contract, { locale: 'en', asOf: '2026-11-23' });
    for (const f of e.findings) expect(f.text).toBe(f.message.en);
  });

  it('runs only the chosen rules, by id or as custom rule objects', () => {
    const custom: Rule = {
      id: 'acme.title-present',
      family: 'price',
      kind: 'indicator',
      title: { fr: 'Objet renseigné', en: 'Title present' },
      description: { fr: 'Objet renseigné', en: 'Title present' },
      legalBasis: [{ code: 'ACME', article: 'internal policy 1', url: 'https://example.org/policy' }],
      scope: { contracts: ['contract', 'concession'], buyers: 'all' },
      dateBasis: 'as-of',
      parameters: [],
      fields: ['title'],
      applies: () => true,
      check: (c) => (c.title ? { status: 'pass', message: { fr: 'ok', en: 'ok' } } : { status: 'unknown', missing: ['title'] }),
    };
    const e = evaluateContract(contract, { rules: ['price.actualisation', custom], asOf: '2026-11-23' });
    expect(e.findings.map((f) => [f.rule, f.status])).toEqual([
      ['price.actualisation', 'fail'],
      ['acme.title-present', 'unknown'],
    ]);
    expect(e.findings[1]?.missing).toEqual(['title']);
    expect(e.findings[1]?.message.en).toBe('Missing data to conclude: title.');
  });

  it('rejects wrong options with an explicit error', () => {
    expect(() => evaluateContract(contract, { rules: ['nope'] })).toThrow(EvaluateOptionsError);
    expect(() => evaluateContract(contract, { asOf: '2026-02-30' })).toThrow(EvaluateOptionsError);
    expect(() => evaluateContract(contract, { locale: 'de' as 'fr' })).toThrow(EvaluateOptionsError);
  });

  it('throws a ContractValidationError on invalid input; safeEvaluateContract returns the problems', () => {
    expect(() => evaluateContract({ id: 'x', kind: 'other' })).toThrow(ContractValidationError);
    const r = safeEvaluateContract({ id: 'x', kind: 'other' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.path).toBe('$.kind');
  });

  it('prepareEvaluation evaluates validated contracts with the same result', () => {
    const run = prepareEvaluation({ asOf: '2026-11-23' });
    const parsed = parseContract(contract);
    if (!parsed.ok) throw new Error('invalid');
    expect(run(parsed.value)).toEqual(evaluateContract(contract, { asOf: '2026-11-23' }));
    expect(run.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
  });

  it('does not mutate its input', () => {
    const input = structuredClone(contract);
    evaluateContract(input, { asOf: '2026-11-23' });
    expect(input).toEqual(contract);
  });

  it('gives identical results in every time zone (snapshot shared by the TZ runs)', () => {
    const portfolio = JSON.parse(
      readFileSync(new URL('../../examples/contracts/demo-portfolio.json', import.meta.url), 'utf8'),
    ) as unknown[];
    const out = portfolio.map((c) => evaluateContract(c, { asOf: '2026-11-23' }));
    expect(JSON.stringify(out, null, 1)).toMatchSnapshot();
  });
});
