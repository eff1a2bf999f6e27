import { describe, expect, it } from 'vitest';
import { PARAMETER_FAMILIES, PARAMETERS } from '../../src/law/parameters/index.js';

describe('parameter tree by family (src/law/parameters/)', () => {
  const families = Object.entries(PARAMETER_FAMILIES) as [string, Record<string, { key: string }>][];

  it('assembles every family into the tree, each key in exactly one family', () => {
    const seen = new Map<string, string>();
    for (const [family, params] of families) {
      for (const key of Object.keys(params)) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${family}`).toBeUndefined();
        seen.set(key, family);
      }
    }
    expect([...seen.keys()].sort()).toEqual(Object.keys(PARAMETERS).sort());
  });

  it('files each definition under its own key', () => {
    for (const [family, params] of families) {
      for (const [key, p] of Object.entries(params)) expect(p.key, `${family}: ${key}`).toBe(key);
    }
  });
});
