#!/usr/bin/env node
// The floor of the streamed portfolio for each layout: read the file in chunks and parse each record, nothing else.
//   ndjson    split lines, JSON.parse each;
//   document  the JSON document as bench/realistic.mjs writes it (one record per line inside the wrapper): split
//             lines, drop the indentation and the separating comma, JSON.parse each record;
//   csv       csv-parse over the table, rows counted.
// `node bench/floor.mjs <ndjson|document|csv> <file>` prints the number of records.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

const [layout, file] = process.argv.slice(2);
if (!file || !['ndjson', 'document', 'csv'].includes(layout)) {
  console.error('usage: node bench/floor.mjs <ndjson|document|csv> <file>');
  process.exit(3);
}
let records = 0;
if (layout === 'csv') {
  const parser = createReadStream(file).pipe(parse({ delimiter: ';', bom: true, relax_column_count: true }));
  for await (const _row of parser) records++;
  records--; // the header
} else {
  let buffer = '';
  const decoder = new TextDecoder('utf-8');
  const line = (text) => {
    let t = text.trim();
    if (layout === 'document') {
      if (!t.startsWith('{"')) return; // the wrapper's lines
      if (t.endsWith(',')) t = t.slice(0, -1);
    } else if (t === '') return;
    try {
      if (JSON.parse(t)) records++;
    } catch {
      records++;
    }
  };
  for await (const chunk of createReadStream(file)) {
    buffer += decoder.decode(chunk, { stream: true });
    let start = 0;
    let nl = buffer.indexOf('\n');
    while (nl >= 0) {
      line(buffer.slice(start, nl));
      start = nl + 1;
      nl = buffer.indexOf('\n', start);
    }
    buffer = buffer.slice(start);
  }
  line(buffer + decoder.decode());
}
console.log(JSON.stringify({ records }));
