import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM module shared with scripts/fuzz-real-data.mjs, no type declarations
import { runFuzz } from '../../scripts/fuzz/real-data-fuzz.mjs';
import * as lib from '../../src/index.js';

const dataDir = new URL('../../../shared/data/', import.meta.url);

describe('fuzzing on mutated real open data (fast subset; `npm run fuzz` runs 100 000 cases)', () => {
  it.skipIf(!existsSync(dataDir))('accounts for every record and never throws', async () => {
    const r = await runFuzz({ lib, dataDir, cases: 1500, seed: 7 });
    expect(r.sources).toBeGreaterThan(3);
    expect(r.records).toBeGreaterThan(0);
    expect(r.evaluated + r.rejected).toBe(r.records);
  });
});
