import { describe, expect, it } from 'vitest';
import { evaluateContract, findRule } from '../../src/index.js';
import { LEGAL_CASES } from './cases.js';

describe('legal cases written from the articles', () => {
  it('has at least 40 scenarios, each naming its article', () => {
    expect(LEGAL_CASES.length).toBeGreaterThanOrEqual(40);
    for (const c of LEGAL_CASES) expect(c.article.length, c.title).toBeGreaterThan(3);
  });

  it('has a concession case for every family of rules', () => {
    const families = new Set(LEGAL_CASES.filter((c) => c.contract.kind === 'concession').map((c) => findRule(c.rule)?.family));
    for (const f of ['price', 'environment', 'social', 'reserved', 'advance', 'allotment', 'materials', 'insertion']) {
      expect(families.has(f as never), f).toBe(true);
    }
  });

  it.each(LEGAL_CASES.map((c, i) => [`${c.article} — ${c.title}`, i] as const))('%s', (_name, i) => {
    const c = LEGAL_CASES[i];
    if (!c) throw new Error('no case');
    const f = evaluateContract({ id: `case-${i}`, ...c.contract }, { rules: [c.rule], asOf: '2026-11-23' }).findings[0];
    expect(f?.status).toBe(c.expected);
    if (c.reason !== undefined) expect(f?.reason).toBe(c.reason);
  });
});
