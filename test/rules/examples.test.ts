import { describe, expect, it } from 'vitest';
import { evaluateContract, RULES } from '../../src/index.js';

const cases = RULES.flatMap((rule) => (rule.examples ?? []).map((ex) => [rule.id, ex.title, ex.contract, ex.expected] as const));

describe('every rule’s documented examples', () => {
  it('every rule has at least one example and fr/en title and description', () => {
    for (const rule of RULES) {
      expect(rule.examples?.length ?? 0, rule.id).toBeGreaterThan(0);
      for (const text of [rule.title, rule.description]) {
        expect(text.fr.trim(), rule.id).not.toBe('');
        expect(text.en.trim(), rule.id).not.toBe('');
      }
    }
  });

  it.each(cases)('%s — %s', (ruleId, _title, contract, expected) => {
    const evaluation = evaluateContract(contract, { rules: [ruleId], asOf: '2026-11-23' });
    const finding = evaluation.findings[0];
    expect(finding?.status).toBe(expected);
    // every parameter the rule looked up is one it declares (so the docs list it)
    const declared = RULES.find((r) => r.id === ruleId)?.parameters ?? [];
    for (const key of Object.keys(finding?.parameters ?? {})) expect(declared, key).toContain(key);
  });
});
