// Fuzzing on real open data: mutates the real records of shared/data (dropped fields, wrong types, huge and
// negative numbers, impossible dates, BOMs, control characters, truncated JSON) and checks that every run
// accounts for every record and never throws. Shared by scripts/fuzz-real-data.mjs (100 000+ cases, on the
// built package) and test/properties/real-data-fuzz.test.ts (a fast subset, on the sources).
import { readFileSync } from 'node:fs';

/**
 * Real inputs, by reader format, as paths inside a data folder: the repository's test/fixtures (same layout) or the
 * workspace's shared/data. Each file is read from the first data folder that has it.
 */
export const SOURCES = [
  ['decp', 'decp-v2-real/megalis-bretagne_decp-59920013600241-2024-07-09-01.json'],
  ['decp', 'decp-v2-real/decp-processing_tests_data_decp_test_2022.json'],
  ['decp', 'decp-v2-examples/marches_concessions.json'],
  ['decp', 'decp-v2-examples/marches_avec_modifications.json'],
  ['decp', 'decp-v2-examples/concessions_avec_modifications.json'],
  ['decp-v1', 'decp-v1-real/v1_data.gouv.fr_pes_sample150.json'],
  ['decp-v1', 'decp-v1-real/v1_e-marchespublics_sample150.json'],
  ['decp-v1', 'decp-v1-real/decp-processing_tests_data_decp_test_2019.json'],
];

/**
 * Loads the real records of each source: the list under its wrapper keys, or the array itself. `dataDir` is one
 * folder URL or a list of them, tried in order for each file.
 */
export function loadRecords(dataDir) {
  const dirs = Array.isArray(dataDir) ? dataDir : [dataDir];
  const out = [];
  for (const [format, file] of SOURCES) {
    let text;
    for (const dir of dirs) {
      try {
        text = readFileSync(new URL(file, dir), 'utf8');
        break;
      } catch {
        // not in this folder (shared/ is absent outside the team's workspace): try the next one
      }
    }
    if (text === undefined) continue;
    const doc = JSON.parse(text.replace(/^\uFEFF/, '').replace(/\bNaN\b/g, 'null'));
    const records = findRecords(doc);
    if (records.length > 0) out.push({ format, file, records });
  }
  return out;
}

function findRecords(doc) {
  if (Array.isArray(doc)) return doc.filter((r) => r && typeof r === 'object');
  if (!doc || typeof doc !== 'object') return [];
  for (const key of ['marches', 'concessions', 'contrats-concessions', 'marche', 'contrat-concession']) {
    if (key in doc) return findRecords(doc[key]).concat(key === 'marches' && doc.concessions ? findRecords(doc.concessions) : []);
  }
  return [doc];
}

/** A small seeded PRNG (mulberry32): the same seed gives the same cases on every machine. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY = [
  null,
  true,
  false,
  0,
  -1,
  -0.5,
  1e17,
  1.0e308,
  999999999,
  Number.MAX_SAFE_INTEGER,
  'NC',
  '',
  ' ',
  'NaN',
  '-12',
  '2024-02-30',
  '0000-00-00',
  '9999-12-31',
  '2024-03-01T00:00:00+14:00',
  '2024-13-01',
  '\u0000',
  '\u001b[31m',
  '\uFEFF',
  'x'.repeat(5000),
  [],
  {},
  [null],
  { __proto__: null },
  { constructor: { prototype: { polluted: true } } },
];

function mutateValue(rand) {
  return structuredClone(NASTY[Math.floor(rand() * NASTY.length)]);
}

/** Applies 1 to 4 random mutations to a deep copy of a record. */
export function mutateRecord(record, rand) {
  const copy = structuredClone(record);
  const n = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < n; i++) {
    const paths = [];
    (function walk(v, path) {
      if (v && typeof v === 'object') {
        for (const k of Object.keys(v)) {
          paths.push([v, k]);
          if (path.length < 5) walk(v[k], [...path, k]);
        }
      }
    })(copy, []);
    if (paths.length === 0) break;
    const [parent, key] = paths[Math.floor(rand() * paths.length)];
    const op = rand();
    if (op < 0.3) delete parent[key];
    else if (op < 0.9) parent[key] = mutateValue(rand);
    else parent.__proto__injected = { polluted: true };
  }
  return copy;
}

/** Serialises records as an input file, sometimes damaged at the byte level. */
export function serialise(records, rand) {
  const layout = rand();
  let text =
    layout < 0.4
      ? records.map((r) => JSON.stringify(r)).join('\n')
      : layout < 0.7
        ? JSON.stringify(records)
        : JSON.stringify({ marches: { marche: records } });
  const damage = rand();
  if (damage < 0.1) text = `\uFEFF${text}`;
  else if (damage < 0.2)
    text = text.slice(0, Math.floor(rand() * text.length)); // truncated
  else if (damage < 0.25) text = text.replace(/:/, ': NaN, "x":');
  else if (damage < 0.3) text = `${text}\u0000\u0007`;
  return text;
}

/** Splits a text into random chunks, as a file stream would deliver it. */
export async function* chunks(text, rand) {
  const bytes = Buffer.from(text, 'utf8');
  let i = 0;
  while (i < bytes.length) {
    const n = 1 + Math.floor(rand() * 4096);
    yield bytes.subarray(i, i + n);
    i += n;
  }
}

/**
 * Runs `cases` fuzz cases and checks the accounting invariant of each: the indexes yielded are 0..n-1 without gap,
 * every record is evaluated or rejected, and the tally agrees. Throws on the first violated invariant.
 */
export async function runFuzz({ lib, dataDir, cases, seed = 1, recordsPerCase = 3 }) {
  const { streamRecords, mapRecords, readerFor, prepareEvaluation, createTally, addToTally, addRejection } = lib;
  const sources = loadRecords(dataDir);
  if (sources.length === 0) return { cases: 0, records: 0, evaluated: 0, rejected: 0, sources: 0 };
  const rand = prng(seed);
  const evaluate = prepareEvaluation({ asOf: '2026-11-23' });
  let records = 0;
  let evaluated = 0;
  let rejected = 0;
  for (let c = 0; c < cases; c++) {
    const src = sources[Math.floor(rand() * sources.length)];
    const picked = Array.from({ length: 1 + Math.floor(rand() * recordsPerCase) }, () =>
      mutateRecord(src.records[Math.floor(rand() * src.records.length)], rand),
    );
    const text = serialise(picked, rand);
    const tally = createTally({ by: ['year'] });
    let expected = 0;
    try {
      for await (const m of mapRecords(streamRecords(chunks(text, rand)), readerFor(src.format))) {
        if (m.index !== expected) throw new Error(`index ${m.index} where ${expected} was expected`);
        expected++;
        if (m.ok) addToTally(tally, m.contract, evaluate(m.contract));
        else addRejection(tally, m.index, m.reason);
      }
    } catch (e) {
      throw new Error(`case ${c} (seed ${seed}, ${src.file}): ${e instanceof Error ? e.stack : e}\ninput: ${text.slice(0, 2000)}`);
    }
    if (tally.evaluated + tally.rejections.length !== expected) {
      throw new Error(`case ${c}: ${expected} records read but ${tally.evaluated} evaluated + ${tally.rejections.length} rejected`);
    }
    if ({}.polluted !== undefined) throw new Error(`case ${c}: Object.prototype was polluted`);
    records += expected;
    evaluated += tally.evaluated;
    rejected += tally.rejections.length;
  }
  return { cases, records, evaluated, rejected, sources: sources.length };
}
