import { describe, expect, it } from 'vitest';
import { BUYER_KINDS, CONTRACT_KINDS, evaluateContract, RULES } from '../../src/index.js';

describe('rule metadata and examples', () => {
  it('has unique ids, a legal basis with links, fr and en texts', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
      expect(r.legalBasis.length, r.id).toBeGreaterThan(0);
      for (const s of r.legalBasis) if (s.url !== undefined) expect(s.url).toMatch(/^https:\/\//);
      expect(
        r.legalBasis.some((s) => s.code === 'CCP' || s.code === 'C. env.'),
        `${r.id} cites a code article`,
      ).toBe(true);
      for (const t of [r.title, r.description]) {
        expect(t.fr.length, r.id).toBeGreaterThan(3);
        expect(t.en.length, r.id).toBeGreaterThan(3);
      }
      expect(r.examples?.length, `${r.id} needs at least one example`).toBeGreaterThan(0);
    }
  });

  it('declares its scope: the contract kinds and the buyers its article binds', () => {
    for (const r of RULES) {
      expect(r.scope.contracts.length, r.id).toBeGreaterThan(0);
      for (const k of r.scope.contracts) expect(CONTRACT_KINDS, r.id).toContain(k);
      if (r.scope.buyers !== 'all') {
        expect(Object.keys(r.scope.buyers.kinds).sort(), r.id).toEqual([...BUYER_KINDS].sort());
        expect(r.scope.buyers.basis.length, r.id).toBeGreaterThan(0);
        expect(r.fields, `${r.id} reads buyer.kind through its scope`).toContain('buyer.kind');
      }
    }
  });

  it('answers not-applicable, from its scope, for a contract kind it does not bind', () => {
    for (const r of RULES) {
      for (const kind of CONTRACT_KINDS) {
        if (r.scope.contracts.includes(kind)) continue;
        const f = evaluateContract({ id: 'scope', kind }, { rules: [r.id], asOf: '2026-11-23' }).findings[0];
        expect(f?.status, `${r.id} on a ${kind}`).toBe('not-applicable');
      }
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
