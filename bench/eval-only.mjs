#!/usr/bin/env node
// Quick look at evaluation alone (no files written): `node bench/eval-only.mjs [contracts]`, best of 5 passes,
// clausier and the hand-written baseline. For profiling: `node --cpu-prof bench/eval-only.mjs 200000`.
import { baselineStatuses, RULE_COUNT, statusCode } from './baseline.mjs';
import { generateContracts } from './generate.mjs';

const clausier = await import('../dist/index.js');
const N = Number(process.argv[2] ?? 200_000);
const AS_OF = '2026-11-23';
const contracts = generateContracts(N).map((c) => {
  const r = clausier.parseContract(c);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
});
const evaluate = clausier.prepareEvaluation({ asOf: AS_OF });
const a = new Uint8Array(N * RULE_COUNT);
const b = new Uint8Array(N * RULE_COUNT);
const run = () => {
  for (let i = 0; i < N; i++) {
    const findings = evaluate(contracts[i]).findings;
    for (let j = 0; j < findings.length; j++) a[i * RULE_COUNT + j] = statusCode(findings[j].status);
  }
};
let best = Number.POSITIVE_INFINITY;
let base = Number.POSITIVE_INFINITY;
for (let r = 0; r < 5; r++) {
  let t = performance.now();
  run();
  best = Math.min(best, performance.now() - t);
  t = performance.now();
  baselineStatuses(contracts, AS_OF, b);
  base = Math.min(base, performance.now() - t);
}
const us = (ms) => ((ms * 1000) / N).toFixed(2);
console.log(`${N} contracts: clausier ${us(best)} µs, baseline ${us(base)} µs, ratio ${(best / base).toFixed(2)}×`);
