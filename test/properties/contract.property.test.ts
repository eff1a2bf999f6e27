import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateContract, parseContract, RULES, safeEvaluateContract } from '../../src/index.js';

// Arbitrary JSON plus values shaped like contracts, so that deep fields are reached too.
const json = fc.jsonValue({ maxDepth: 4 });
const amount = fc.oneof(
  fc.double({ noNaN: false }),
  fc.string(),
  fc.integer().map(String),
  fc.constantFrom('40000', '40000.01', '1.0e17', '-1', 'NC'),
);
const date = fc.oneof(fc.string(), fc.constantFrom('2026-08-20', '2026-08-21', '2026-02-30', '2026-08-21T00:00:00Z', '0000-00-00'));
const contractLike = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer()),
    kind: fc.constantFrom('contract', 'concession', 'x'),
    amountExclTax: amount,
    estimatedValueExclTax: amount,
    durationMonths: fc.oneof(fc.double(), fc.integer({ min: -5, max: 200 })),
    dates: fc.record({ consultationLaunch: date, priceEstablished: date, notification: date, executionStart: date }, { requiredKeys: [] }),
    price: fc.record(
      {
        type: fc.constantFrom('firm', 'firm-actualisable', 'revisable', 'provisional', 'other'),
        rawMaterialExposure: fc.oneof(fc.boolean(), json),
        majorHazardExposure: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    cpv: fc.array(fc.oneof(fc.string(), fc.constantFrom('09310000-5', '45000000-7'))),
    extra: json,
  },
  { requiredKeys: [] },
);

describe('contract parsing and evaluation never throw on arbitrary input', () => {
  it('parseContract returns a result for any JSON value', () => {
    fc.assert(
      fc.property(fc.oneof(json, contractLike), (input) => {
        const r = parseContract(input);
        if (!r.ok) {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) {
            expect(p.path.startsWith('$')).toBe(true);
            expect(p.message.fr.length).toBeGreaterThan(0);
            expect(p.message.en.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('safeEvaluateContract gives one finding per rule for every valid contract', () => {
    fc.assert(
      fc.property(contractLike, (input) => {
        const r = safeEvaluateContract(input, { asOf: '2026-11-23' });
        if (r.ok) {
          expect(r.evaluation.findings).toHaveLength(RULES.length);
          for (const f of r.evaluation.findings) {
            if (f.status === 'unknown') expect(f.missing.length > 0 || f.message.en.includes('not known at')).toBe(true);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('an amount as a number and as its decimal string give the same verdicts', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.constantFrom('firm', 'revisable'), (n, type) => {
        const c = (amountExclTax: string | number) => ({
          id: 'p',
          kind: 'contract',
          amountExclTax,
          price: { type },
          dates: { notification: '2026-05-04' },
        });
        expect(evaluateContract(c(n), { asOf: '2026-11-23' })).toEqual(evaluateContract(c(String(n)), { asOf: '2026-11-23' }));
      }),
    );
  });

  it('keys __proto__, constructor and prototype are inert', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const input = JSON.parse(`{"id":"a","kind":"contract","${key}":{"polluted":true},"extensions":{"${key}":{"polluted":true}}}`);
      const r = parseContract(input);
      expect(r.ok).toBe(false);
      const ext = parseContract(JSON.parse(`{"id":"a","kind":"contract","extensions":{"${key}":{"polluted":true}}}`));
      expect(ext.ok).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    }
  });
});
