import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateContract, parseContract } from '../src/index.js';

const dir = new URL('../examples/contracts/', import.meta.url);

describe('examples/contracts', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  it('has an example for each rule family', () => {
    for (const family of ['price-variation', 'environment', 'social', 'reserved', 'advance', 'allotment', 'materials']) {
      expect(files, family).toContain(`${family}.json`);
    }
  });
  for (const file of files) {
    it(`${file} holds valid contracts`, () => {
      const data = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as unknown;
      for (const c of Array.isArray(data) ? data : [data]) {
        const r = parseContract(c);
        expect(r.ok ? [] : r.problems).toEqual([]);
        expect(evaluateContract(c, { asOf: '2026-11-23' }).findings.length).toBeGreaterThan(0);
      }
    });
  }
});

describe('examples/validate-before-publication.ts', async () => {
  const { checkBeforePublication } = await import('../examples/validate-before-publication.js');
  const example = JSON.parse(readFileSync(new URL('price-variation.json', dir), 'utf8')) as Record<string, unknown>;

  it('lets a compliant contract through', () => {
    expect(checkBeforePublication(example).canPublish).toBe(true);
  });

  it('blocks a failed legal duty', () => {
    const r = checkBeforePublication({ ...example, price: { type: 'firm', rawMaterialExposure: true, majorHazardExposure: false } }, 'en');
    expect(r.canPublish).toBe(false);
    expect(r.blocking.join('\n')).toMatch(/price\.revision-world-market/);
  });

  it('returns field errors for invalid data', () => {
    const r = checkBeforePublication({ ...example, amountExclTax: '12,5' }, 'en');
    expect(r.fieldErrors).toHaveProperty('$.amountExclTax');
  });
});
