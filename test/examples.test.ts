import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateContract, parseContract } from '../src/index.js';

const DIR = join(import.meta.dirname, '..', 'examples', 'contracts');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

describe('examples/contracts', () => {
  it('has an example for each rule family', () => {
    for (const family of ['environment', 'social', 'reserved', 'advance', 'allotment', 'materials']) {
      expect(files, family).toContain(`${family}.json`);
    }
  });

  it.each(files)('%s holds valid contracts that every rule can evaluate', (file) => {
    const data: unknown = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
    const items = Array.isArray(data) ? data : [data];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const parsed = parseContract(item);
      expect(parsed.ok ? [] : parsed.problems).toEqual([]);
      const evaluation = evaluateContract(item, { asOf: '2026-11-23' });
      expect(evaluation.findings.length).toBeGreaterThan(0);
    }
  });
});
