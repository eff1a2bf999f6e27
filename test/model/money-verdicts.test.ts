import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateContract } from '../../src/index.js';

// Issue 13, point 9: money never flips a verdict. Whatever way an amount is written (a number with float
// artefacts, its shortest string, a string with sub-cent digits, an exponent form), the evaluation is the same.

const social = (estimatedValueExclTax: unknown) => ({
  id: 'money',
  kind: 'contract',
  nature: 'services',
  procedure: 'open',
  cpv: ['90919200-4'],
  socialOrSpecificServices: false,
  buyer: { id: '21690123100011', name: 'Métropole', kind: 'local-authority' },
  estimatedValueExclTax,
  amountExclTax: estimatedValueExclTax,
  price: { type: 'firm' },
  dates: { consultationLaunch: '2026-10-05', notification: '2026-12-01' },
});

const evaluate = (amount: unknown) => evaluateContract(social(amount), { asOf: '2026-12-15', locale: 'en' });

describe('money never flips a verdict', () => {
  it.each([
    // 40 000 € HT: the buyers' price-variation indicator (strictly above)
    [[40000, 40000.000000000015, '40000.000000000015', '40000.004', '4e4', '4.00000001e4', '+40000', ' 40000.00 ']],
    // 216 000 € HT: the EU threshold for local authorities' services from 2026 (L2112-2-1 social condition)
    [[216000, 215999.99999999997, '215999.99999999997', '215999.995', '2.16e5', '216000.00']],
    [[40000.01, '40000.005', '40000.0050', '4.0000005e4']],
  ])('%j give one evaluation', (writings) => {
    const [first, ...others] = writings.map(evaluate);
    for (const e of others) expect(e).toEqual(first);
  });

  it('215999.99999999997 is read as 216 000,00 €: at the EU threshold, not below it', () => {
    const at = evaluate(216000).findings.find((f) => f.rule === 'social.execution-condition-above-eu');
    const artefact = evaluate(215999.99999999997).findings.find((f) => f.rule === 'social.execution-condition-above-eu');
    expect(artefact).toEqual(at);
    const below = evaluate('215999.99').findings.find((f) => f.rule === 'social.execution-condition-above-eu');
    expect(below?.message.en).not.toEqual(at?.message.en);
  });

  it('40000.000000000015 is read as 40 000,00 €: not above the 40 000 € indicator', () => {
    const f = evaluate(40000.000000000015).findings.find((x) => x.rule === 'price.variation-clause-indicator');
    expect(f?.status).toBe('not-applicable');
    expect(f?.message.fr).toContain('40\u202f000 €');
  });

  it('a number in cents and its string give the same evaluation, for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: -3, max: 3 }), (cents, noise) => {
        const n = cents / 100 + noise * Number.EPSILON * (cents / 100);
        const s = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
        expect(evaluate(n)).toEqual(evaluate(s));
      }),
      { numRuns: 200 },
    );
  });
});
