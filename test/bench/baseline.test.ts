import { describe, expect, it } from 'vitest';
import { BASELINE_RULE_IDS, baselineStatuses, fingerprint, RULE_COUNT, STATUS_NAMES, statusCode } from '../../bench/baseline.mjs';
import { generateContracts } from '../../bench/generate.mjs';
import { createEngine, JRE_RULE_IDS, jreStatuses } from '../../bench/json-rules-engine.mjs';
import { type Contract, parseContract, prepareEvaluation, RULES } from '../../src/index.js';
import { annexXivEntry } from '../../src/law/annex-xiv.js';

// The benchmark compares clausier with a hand-written loop and with json-rules-engine: both must give the same
// verdicts on the generated contracts, or the comparison means nothing. A few thousand contracts, every rule.
const AS_OF = '2027-06-30';
const N = 3000;
const contracts: Contract[] = generateContracts(N, 606).map((input) => {
  const r = parseContract(input);
  if (!r.ok) throw new Error(`invalid generated contract: ${JSON.stringify(r.problems)}`);
  return r.value;
});

describe('benchmark baseline', () => {
  it('draws no CPV code of Annex XIV (the baseline infers ordinary services from any generated code)', () => {
    const codes = new Set(contracts.flatMap((c) => c.cpv ?? []));
    expect(codes.size).toBeGreaterThan(0);
    for (const code of codes) expect(annexXivEntry(code), code).toBeUndefined();
  });

  it('lists the shipped rules in catalogue order', () => {
    expect(BASELINE_RULE_IDS).toEqual(RULES.map((r) => r.id));
  });

  it('gives the same status as clausier for every rule and generated contract', () => {
    const evaluate = prepareEvaluation({ asOf: AS_OF });
    const expected = new Uint8Array(N * RULE_COUNT);
    contracts.forEach((c, i) => {
      evaluate(c).findings.forEach((f, j) => {
        expected[i * RULE_COUNT + j] = statusCode(f.status);
      });
    });
    const actual = baselineStatuses(contracts, AS_OF, new Uint8Array(N * RULE_COUNT));
    const differences: string[] = [];
    for (let i = 0; i < actual.length && differences.length < 5; i++) {
      if (actual[i] !== expected[i]) {
        const rule = BASELINE_RULE_IDS[i % RULE_COUNT];
        differences.push(
          `${contracts[Math.floor(i / RULE_COUNT)]?.id} ${rule}: ${STATUS_NAMES[actual[i] ?? 0]} ≠ ${STATUS_NAMES[expected[i] ?? 0]}`,
        );
      }
    }
    expect(differences).toEqual([]);
    expect(fingerprint(actual)).toBe(fingerprint(expected));
  });

  it('exercises every status of most rules (the generated data reaches their branches)', () => {
    const seen = new Map<string, Set<number>>();
    const statuses = baselineStatuses(contracts, AS_OF, new Uint8Array(N * RULE_COUNT));
    statuses.forEach((s, i) => {
      const rule = BASELINE_RULE_IDS[i % RULE_COUNT] as string;
      if (!seen.has(rule)) seen.set(rule, new Set());
      seen.get(rule)?.add(s);
    });
    const allFour = [...seen.values()].filter((s) => s.size === 4).length;
    expect(allFour).toBeGreaterThanOrEqual(16);
  });

  it('json-rules-engine gives the same pass/fail decisions on the price, environmental and social rules', async () => {
    const evaluate = prepareEvaluation({ asOf: AS_OF, rules: JRE_RULE_IDS });
    const k = JRE_RULE_IDS.length;
    const sample = contracts.slice(0, 1000);
    const expected = new Uint8Array(sample.length * k);
    sample.forEach((c, i) => {
      evaluate(c).findings.forEach((f, j) => {
        expected[i * k + j] = f.status === 'pass' ? 0 : f.status === 'fail' ? 1 : 2;
      });
    });
    const actual = await jreStatuses(createEngine(), sample, new Uint8Array(sample.length * k));
    expect(fingerprint(actual)).toBe(fingerprint(expected));
    expect(actual.filter((s) => s === 0).length).toBeGreaterThan(50);
    expect(actual.filter((s) => s === 1).length).toBeGreaterThan(50);
  });
});
