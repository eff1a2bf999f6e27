#!/usr/bin/env node
// Where the streamed portfolio spends its time, per record and per stage, measured in one process on the built
// dist/: `node bench/stages.mjs [decp|clausier] [records]` (after `npm run build`; the input is generated in
// bench/out/ when missing). Each stage runs over the output of the previous one, kept in memory, best of 5 passes:
//   parse     JSON.parse of each line (the floor, without reading the file)
//   read      the format's reader: mapping to clausier's model, data-quality checks and validation
//   evaluate  the 19 rules (prepareEvaluation)
//   tally     the 9 indicators (addToTally): evaluate-and-tally minus evaluate
// The sum is what the command costs per record beyond reading and splitting the file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR, writeClausierNdjson, writeDecpNdjson } from './generate.mjs';

const clausier = await import('../dist/index.js');
const format = process.argv[2] ?? 'decp';
const n = Number(process.argv[3] ?? 100_000);
if (format !== 'decp' && format !== 'clausier') throw new Error(`format must be decp or clausier, got ${format}`);
const file = join(OUT_DIR, `${format}-${n}.ndjson`);
if (!existsSync(file)) await (format === 'decp' ? writeDecpNdjson : writeClausierNdjson)(file, n);
const lines = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.length > 0);
const reader = clausier.readerFor(format);
const AS_OF = '2027-06-30';

function best(f) {
  let ms = Number.POSITIVE_INFINITY;
  let out;
  for (let pass = 0; pass < 5; pass++) {
    const t = performance.now();
    out = f();
    ms = Math.min(ms, performance.now() - t);
  }
  return { ms, out };
}

const parse = best(() => lines.map((l) => JSON.parse(l)));
const read = best(() => parse.out.map((r) => reader.read(r)));
const contracts = read.out.filter((r) => r.ok).map((r) => r.contract);
const evaluate = clausier.prepareEvaluation({ asOf: AS_OF });
// Evaluations are dropped at once, as in the command (keeping 100 000 of them would measure the garbage collector).
const evaluated = best(() => {
  let findings = 0;
  for (let i = 0; i < contracts.length; i++) findings += evaluate(contracts[i]).findings.length;
  return findings;
});
const evaluatedAndTallied = best(() => {
  const t = clausier.createTally();
  for (let i = 0; i < contracts.length; i++) clausier.addToTally(t, contracts[i], evaluate(contracts[i]));
  return t;
});
const tally = { ms: Math.max(evaluatedAndTallied.ms - evaluated.ms, 0) };

const us = (ms, count) => (ms * 1000) / count;
const rows = [
  ['parse (JSON.parse, the floor)', us(parse.ms, lines.length)],
  [`read (${format} reader, with validation)`, us(read.ms, lines.length)],
  ['evaluate (19 rules)', us(evaluated.ms, contracts.length)],
  ['tally (9 indicators)', us(tally.ms, contracts.length)],
];
console.log(`${lines.length} ${format} records (${contracts.length} mapped), µs per record, best of 5:`);
for (const [name, v] of rows) console.log(`  ${name.padEnd(40)} ${v.toFixed(2).padStart(6)}`);
const sum = rows.reduce((s, [, v]) => s + v, 0);
console.log(`  ${'sum'.padEnd(40)} ${sum.toFixed(2).padStart(6)}`);
