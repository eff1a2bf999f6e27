import { describe, expect, it } from 'vitest';
import { assertContract, ContractValidationError, parseContract } from '../../src/index.js';

describe('parseContract', () => {
  it('accepts a minimal contract and leaves the rest to unknown verdicts', () => {
    expect(parseContract({ id: 'a', kind: 'contract' })).toEqual({ ok: true, value: { id: 'a', kind: 'contract' } });
  });

  it('normalises amounts given as numbers or strings', () => {
    const r = parseContract({ id: 'a', kind: 'contract', amountExclTax: 40000.01, estimatedValueExclTax: '041000.50' });
    expect(r).toMatchObject({ ok: true, value: { amountExclTax: '40000.01', estimatedValueExclTax: '41000.5' } });
  });

  it('lists every problem with its JSON path and a French and English message', () => {
    const r = parseContract({
      id: '',
      kind: 'contrat',
      amountExclTax: '-5',
      dates: { notification: '2026-02-30', executionStart: '2026-03-01T00:00:00+01:00' },
      holders: [{ sme: 'yes', disabledWorkersShare: 55 }],
      cpv: ['4500'],
      amountExcTax: 1,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.problems.map((p) => p.path).sort();
    expect(paths).toEqual(
      [
        '$',
        '$.amountExclTax',
        '$.cpv[0]',
        '$.dates.executionStart',
        '$.dates.notification',
        '$.holders[0].disabledWorkersShare',
        '$.holders[0].sme',
        '$.id',
        '$.kind',
      ].sort(),
    );
    for (const p of r.problems) {
      expect(p.message.fr.length).toBeGreaterThan(5);
      expect(p.message.en.length).toBeGreaterThan(5);
    }
    expect(r.problems.find((p) => p.path === '$')?.message.en).toMatch(/amountExcTax/);
    expect(r.problems.find((p) => p.path === '$.amountExclTax')?.message.fr).toMatch(/négatif/);
  });

  it('names missing required fields', () => {
    const r = parseContract({});
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map((p) => [p.path, p.code])).toEqual([
        ['$.id', 'required'],
        ['$.kind', 'required'],
      ]);
  });

  it.each([null, 42, 'text', [], true])('never throws on %j', (input) => {
    const r = parseContract(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.path).toBe('$');
  });

  it('keeps __proto__ keys inert', () => {
    const input = JSON.parse('{"id":"a","kind":"contract","__proto__":{"polluted":true},"extensions":{"__proto__":{"x":1}}}');
    const r = parseContract(input);
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('assertContract throws a ContractValidationError carrying the problems', () => {
    expect(() => assertContract({ id: 'a' })).toThrow(ContractValidationError);
    try {
      assertContract({ id: 'a' });
    } catch (e) {
      expect((e as ContractValidationError).problems).toHaveLength(1);
    }
  });
});
