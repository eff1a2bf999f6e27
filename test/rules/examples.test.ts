import { describe, expect, it } from 'vitest';
import { evaluateContract, RULES } from '../../src/index.js';

describe('rule metadata and examples', () => {
  it('has unique ids, a legal basis with links, fr and en texts', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
      expect(r.legalBasis.length, r.id).toBeGreaterThan(0);
      for (const s of r.legalBasis) expect(s.url).toMatch(/^https:\/\//);
      for (const t of [r.title, r.description]) {
        expect(t.fr.length, r.id).toBeGreaterThan(3);
        expect(t.en.length, r.id).toBeGreaterThan(3);
      }
      expect(r.examples?.length, `${r.id} needs at least one example`).toBeGreaterThan(0);
    }
  });

  for (const r of RULES) {
    for (const ex of r.examples ?? []) {
      it(`${r.id}: ${ex.title} → ${ex.expected}`, () => {
        const e = evaluateContract(ex.contract, { rules: [r.id], asOf: '2026-11-23' });
        expect(e.findings[0]?.status).toBe(ex.expected);
        // every parameter the rule looked up is one it declares (so its reference page lists it)
        for (const key of Object.keys(e.findings[0]?.parameters ?? {})) expect(r.parameters, key).toContain(key);
      });
    }
  }
});
