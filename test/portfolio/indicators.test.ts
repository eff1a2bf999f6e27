import { describe, expect, it } from 'vitest';
import { type IndicatorId, indicatorDefinition, MissingFindingError, prepareEvaluation } from '../../src/index.js';
import { contract } from '../support/portfolio.js';

const evaluate = prepareEvaluation({ asOf: '2026-11-23' });
const measure = (id: IndicatorId, input: Record<string, unknown>, options = {}) => {
  const c = contract(input);
  return indicatorDefinition(id).measure(c, evaluate(c), options);
};
const AT = { dates: { notification: '2026-05-04' } };

describe('price-variation-clause (the price.variation-clause-indicator verdict)', () => {
  it.each([
    ['39999.99', 'firm', 'out'],
    ['40000', 'firm', 'out'],
    ['40000.01', 'firm', 'no'],
    ['40000.01', 'revisable', 'yes'],
    ['40000.01', 'firm-actualisable', 'yes'],
    ['40000.01', 'provisional', 'no'],
  ])('amount %s, %s price → %s', (amountExclTax, type, expected) => {
    expect(measure('price-variation-clause', { ...AT, amountExclTax, price: { type } })).toBe(expected);
  });

  it.each([
    ['amount missing', { ...AT, price: { type: 'firm' } }],
    ['notification date missing', { amountExclTax: '50000', price: { type: 'firm' } }],
    ['price type missing', { ...AT, amountExclTax: '50000' }],
  ])('%s → unknown', (_, input) => {
    expect(measure('price-variation-clause', input)).toBe('unknown');
  });

  it('puts concessions out of scope', () => {
    expect(measure('price-variation-clause', { ...AT, kind: 'concession', amountExclTax: '50000', price: { type: 'firm' } })).toBe('out');
  });

  it('refuses an evaluation without the rule instead of guessing', () => {
    const c = contract({ ...AT });
    const partial = prepareEvaluation({ asOf: '2026-11-23', rules: ['price.actualisation'] })(c);
    expect(() => indicatorDefinition('price-variation-clause').measure(c, partial, {})).toThrow(MissingFindingError);
  });
});

describe('environmental-consideration', () => {
  it.each([
    [{ executionClause: true }, 'yes'],
    [{ awardCriterion: true, executionClause: false }, 'yes'],
    [{ technicalSpecification: true }, 'yes'],
    [{ executionClause: false, awardCriterion: false, technicalSpecification: false }, 'no'],
    [{ executionClause: false, awardCriterion: false }, 'unknown'],
    [undefined, 'unknown'],
  ])('%j → %s', (environmental, expected) => {
    expect(measure('environmental-consideration', environmental ? { environmental } : {})).toBe(expected);
  });

  const none = { executionClause: false, awardCriterion: false, technicalSpecification: false };
  it.each([
    ['40000', 'out'],
    ['40000.01', 'no'],
    [undefined, 'unknown'],
  ])('with the scope "above 40 000 €", amount %s → %s', (amountExclTax, expected) => {
    const input = amountExclTax === undefined ? { environmental: none } : { environmental: none, amountExclTax };
    expect(measure('environmental-consideration', input, { considerationMinAmount: '40000' })).toBe(expected);
  });
});

describe('social-consideration', () => {
  const none = { executionClause: false, awardCriterion: false, technicalSpecification: false, reserved: false };
  it.each([
    [{ social: { executionClause: true } }, 'yes'],
    [{ social: { reserved: true } }, 'yes'],
    [{ reservation: { basis: 'L2113-13' } }, 'yes'],
    [{ insertion: { clause: true } }, 'yes'],
    [{ social: none }, 'no'],
    [{ social: { ...none, reserved: undefined } }, 'unknown'],
    [{}, 'unknown'],
  ])('%j → %s', (input, expected) => {
    expect(measure('social-consideration', input)).toBe(expected);
  });
});

describe('reserved, insertion, advance', () => {
  it.each([
    ['reserved', { social: { reserved: true } }, 'yes'],
    ['reserved', { reservation: { basis: 'L2113-12' } }, 'yes'],
    ['reserved', { social: { reserved: false } }, 'no'],
    ['reserved', {}, 'unknown'],
    ['insertion-clause', { insertion: { clause: true } }, 'yes'],
    ['insertion-clause', { insertion: { clause: false } }, 'no'],
    ['insertion-clause', { insertion: {} }, 'unknown'],
    ['insertion-clause-non-works', { nature: 'services', insertion: { clause: true } }, 'yes'],
    ['insertion-clause-non-works', { nature: 'supplies', insertion: { clause: false } }, 'no'],
    ['insertion-clause-non-works', { nature: 'works', insertion: { clause: true } }, 'out'],
    ['insertion-clause-non-works', { insertion: { clause: true } }, 'unknown'],
    ['insertion-clause-non-works', { nature: 'services' }, 'unknown'],
    ['advance', { advance: { granted: true } }, 'yes'],
    ['advance', { advance: { granted: false } }, 'no'],
    ['advance', { advance: { rate: 0.05 } }, 'unknown'],
  ] as const)('%s: %j → %s', (id, input, expected) => {
    expect(measure(id, input)).toBe(expected);
  });
});

describe('negotiation', () => {
  it.each([
    ['negotiated', 'yes'],
    ['competitive-dialogue', 'yes'],
    ['innovation-partnership', 'yes'],
    ['open', 'no'],
    ['restricted', 'no'],
    ['adapted', 'unknown'],
    ['without-publicity', 'unknown'],
    ['other', 'unknown'],
    [undefined, 'unknown'],
  ])('procedure %s → %s', (procedure, expected) => {
    expect(measure('negotiation', procedure ? { procedure } : {})).toBe(expected);
  });

  it('lets negotiationAllowed say what an adapted procedure allowed', () => {
    expect(measure('negotiation', { procedure: 'adapted', negotiationAllowed: true })).toBe('yes');
    expect(measure('negotiation', { procedure: 'adapted', negotiationAllowed: false })).toBe('no');
  });
});

describe('legal-compliance', () => {
  // price.actualisation is a legal rule: firm price, 4 months between price date and start of execution.
  const launched = { dates: { consultationLaunch: '2026-01-05', priceEstablished: '2026-02-01', executionStart: '2026-06-01' } };
  it('is no when a legal rule fails', () => {
    expect(measure('legal-compliance', { ...launched, nature: 'works', price: { type: 'firm' }, durationMonths: 2 })).toBe('no');
  });
  it('is unknown when a legal rule cannot conclude and none fails', () => {
    expect(measure('legal-compliance', {})).toBe('unknown');
  });
  it('ignores the buyers’ indicator (kind indicator): failing it keeps the contract compliant', () => {
    const input = {
      nature: 'supplies',
      price: { type: 'firm', rawMaterialExposure: false, majorHazardExposure: false, standardSuppliesOrServices: true },
      durationMonths: 2,
      amountExclTax: '90000',
      lots: { divided: true, count: 3 },
      dates: { consultationLaunch: '2026-01-05', priceEstablished: '2026-02-01', executionStart: '2026-03-01', notification: '2026-02-20' },
    };
    const c = contract(input);
    expect(evaluate(c).findings.find((f) => f.rule === 'price.variation-clause-indicator')?.status).toBe('fail');
    expect(measure('price-variation-clause', input)).toBe('no');
    expect(measure('legal-compliance', input)).toBe('yes');
  });
});
