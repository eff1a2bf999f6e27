#!/usr/bin/env node
// The JSON-document reader against its floor, in one process, on the same text (issue 18.1):
//   splitter  clausier's streamRecordBatches over the document, given in 1 MiB chunks (records found by the
//             splitter, each JSON.parse'd);
//   floor     the same chunks split into record texts the cheapest way this layout allows (one record per line:
//             drop indentation and separating comma) + JSON.parse of each.
// Alternating, best of K passes each. `node bench/reader-document.mjs <document.json> [K]` prints JSON.
import { readFileSync, statSync } from 'node:fs';

const { streamRecordBatches } = await import('../dist/index.js');
const [file, passes = '5'] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const CHUNK = 1 << 20;
const chunks = [];
for (let i = 0; i < text.length; i += CHUNK) chunks.push(text.slice(i, i + CHUNK));

async function splitter() {
  let n = 0;
  for await (const batch of streamRecordBatches(chunks)) n += batch.length;
  return n;
}
function floor() {
  let n = 0;
  let rest = '';
  for (const chunk of chunks) {
    const buf = rest + chunk;
    let start = 0;
    let nl = buf.indexOf('\n');
    while (nl >= 0) {
      let t = buf.slice(start, nl).trim();
      if (t.startsWith('{"')) {
        if (t.endsWith(',')) t = t.slice(0, -1);
        try {
          JSON.parse(t);
        } catch {}
        n++;
      }
      start = nl + 1;
      nl = buf.indexOf('\n', start);
    }
    rest = buf.slice(start);
  }
  return n;
}

let splitterMs = Number.POSITIVE_INFINITY;
let floorMs = Number.POSITIVE_INFINITY;
let records = 0;
let floorRecords = 0;
for (let k = 0; k < Number(passes); k++) {
  let t = performance.now();
  records = await splitter();
  splitterMs = Math.min(splitterMs, performance.now() - t);
  t = performance.now();
  floorRecords = floor();
  floorMs = Math.min(floorMs, performance.now() - t);
}
if (records !== floorRecords) throw new Error(`the splitter found ${records} records, the floor ${floorRecords}`);
const round = (x, d = 0) => Math.round(x * 10 ** d) / 10 ** d;
console.log(
  JSON.stringify({
    records,
    fileMB: round(statSync(file).size / 2 ** 20, 1),
    passes: Number(passes),
    splitterMs: round(splitterMs),
    floorMs: round(floorMs),
    ratio: round(splitterMs / floorMs, 2),
  }),
);
