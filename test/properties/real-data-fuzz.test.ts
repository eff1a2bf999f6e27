import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM module shared with scripts/fuzz-real-data.mjs, no type declarations
import { runFuzz } from '../../scripts/fuzz/real-data-fuzz.mjs';
import * as lib from '../../src/index.js';
import { FIXTURES_DIR, hasShared, SHARED_DATA_DIR } from '../support/shared-data.js';

// The repository's real fixtures, and the workspace's shared data when it is there (more sources).
const dataDir = [pathToFileURL(FIXTURES_DIR), ...(hasShared ? [pathToFileURL(SHARED_DATA_DIR)] : [])];

describe('fuzzing on mutated real open data (fast subset; `npm run fuzz` runs 100 000 cases)', () => {
  it('accounts for every record and never throws', async () => {
    const r = await runFuzz({ lib, dataDir, cases: 1500, seed: 7 });
    expect(r.sources).toBeGreaterThan(3);
    expect(r.records).toBeGreaterThan(0);
    expect(r.evaluated + r.rejected).toBe(r.records);
  });
});
