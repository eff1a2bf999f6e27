import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseContract } from '../src/index.js';

const dir = new URL('../examples/contracts/', import.meta.url);

describe('examples/contracts', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  it('has example files', () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    it(`${file} holds valid contracts`, () => {
      const data = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as unknown;
      for (const c of Array.isArray(data) ? data : [data]) {
        const r = parseContract(c);
        expect(r.ok ? [] : r.problems).toEqual([]);
      }
    });
  }
});
