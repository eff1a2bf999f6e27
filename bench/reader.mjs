#!/usr/bin/env node
// Per-record cost of each reader alone, on records already JSON-parsed (no I/O, no evaluation):
// `npm run build && node bench/reader.mjs [records]` (default 100 000), best of 5 passes, µs per record.
// DECP 2024 records come from bench/generate.mjs; the DECP v1 ones are derived from them (flat holders, v1 price type,
// no considerations), the clausier ones are the same records in clausier's format.
// For profiling: `node --cpu-prof bench/reader.mjs 200000`.
import { decpToClausier, generateDecpRecord, prng } from './generate.mjs';

const clausier = await import('../dist/index.js');
const N = Number(process.argv[2] ?? 100_000);
const PASSES = 5;

/** The v1 price variation closest to a 2024 price type. */
const V1_PRICE = {
  'Définitif ferme': 'Ferme',
  'Définitif actualisable': 'Ferme et actualisable',
  'Définitif révisable': 'Révisable',
  Provisoire: 'Ferme',
};

/** A DECP 2024 record as DECP v1 (schema 1.5) would have published it. */
function toDecpV1(m) {
  const {
    typesPrix,
    considerationsSociales: _s,
    considerationsEnvironnementales: _e,
    attributionAvance: _a,
    tauxAvance: _t,
    titulaires,
    ...common
  } = m;
  return {
    ...common,
    formePrix: V1_PRICE[typesPrix.typePrix[0]],
    titulaires: titulaires.map((t, i) => ({ ...t.titulaire, denominationSociale: `Titulaire ${i}` })),
    modifications: [],
    _type: 'Marché',
  };
}

const r = prng(2024);
const decp = Array.from({ length: N }, (_, i) => generateDecpRecord(r, i));
// Each record goes through its NDJSON line, as when streamed: objects as JSON.parse builds them.
const parsed = (records) => records.map((x) => JSON.parse(JSON.stringify(x)));
const inputs = [
  ['decp', parsed(decp)],
  ['decp-v1', parsed(decp.map(toDecpV1))],
  ['clausier', parsed(decp.map(decpToClausier))],
];

for (const [format, records] of inputs) {
  const reader = clausier.readerFor(format);
  let mapped = 0;
  let best = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < PASSES; pass++) {
    mapped = 0;
    const t = performance.now();
    for (let i = 0; i < N; i++) if (reader.read(records[i]).ok) mapped++;
    best = Math.min(best, performance.now() - t);
  }
  console.log(`${format.padEnd(8)} ${((best * 1000) / N).toFixed(2)} µs/record (${mapped}/${N} mapped, best of ${PASSES})`);
}
