import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateContracts } from '../../bench/generate.mjs';
import { ContractSchema, parseContract } from '../../src/index.js';
import { toInputProblem } from '../../src/model/validation.js';

// parseContract runs zod's compiled fast path; it must answer exactly like zod's runtime parser, valid or not.
function runtime(input: unknown) {
  const r = ContractSchema.safeParse(input, { reportInput: true });
  return r.success ? { ok: true, value: r.data } : { ok: false, problems: r.error.issues.map(toInputProblem) };
}

const contracts = generateContracts(2000, 77);
const WRONG: unknown[] = [null, 0, -1, 1.5, '', 'x', '2026-02-30', '12.3.4', true, [], {}, [1], { a: 1 }];

describe('compiled contract parser', () => {
  it('gives the same value as the runtime parser on valid generated contracts', () => {
    for (const c of contracts) expect(parseContract(c)).toEqual(runtime(c));
  });

  it('gives the same problems when one field, anywhere, has a wrong value', () => {
    fc.assert(
      fc.property(fc.nat(contracts.length - 1), fc.nat(), fc.constantFrom(...WRONG), (i, pick, wrong) => {
        const c = structuredClone(contracts[i]) as Record<string, unknown>;
        // Walk to a random object member and replace it.
        let target: Record<string, unknown> = c;
        let keys = Object.keys(target);
        let key = keys[pick % keys.length] as string;
        const inner = target[key];
        if (inner !== null && typeof inner === 'object' && !Array.isArray(inner) && Object.keys(inner).length > 0) {
          target = inner as Record<string, unknown>;
          keys = Object.keys(target);
          key = keys[Math.floor(pick / 7) % keys.length] as string;
        }
        target[key] = wrong;
        expect(parseContract(c)).toEqual(runtime(c));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same problems on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (v) => {
        expect(parseContract(v)).toEqual(runtime(v));
      }),
      { numRuns: 300 },
    );
  });
});
