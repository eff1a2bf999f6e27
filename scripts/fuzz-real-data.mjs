// Fuzzes the built package on mutated real open data: `npm run fuzz [-- cases seed]` (default 100 000 cases).
import { performance } from 'node:perf_hooks';
import * as lib from '../dist/index.js';
import { runFuzz } from './fuzz/real-data-fuzz.mjs';

const cases = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 20261123);
// The repository's real fixtures, then the workspace's shared data (present in the team's workspace only).
const dataDir = [new URL('../test/fixtures/', import.meta.url), new URL('../../shared/data/', import.meta.url)];
const t = performance.now();
const r = await runFuzz({ lib, dataDir, cases, seed });
if (r.sources === 0) {
  console.error('no real data found in test/fixtures or ../shared/data: nothing fuzzed');
  process.exit(2);
}
console.log(
  `${r.cases} cases, ${r.records} records: ${r.evaluated} evaluated, ${r.rejected} rejected, all accounted for (${((performance.now() - t) / 1000).toFixed(1)} s, seed ${seed})`,
);
