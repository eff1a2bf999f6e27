#!/usr/bin/env node
// The floor of the streamed portfolio: read an NDJSON file line by line and JSON.parse each line, nothing else.
// Same splitting as clausier's stream reader (chunks decoded as UTF-8, split on '\n'). Prints the record count.
import { createReadStream } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/parse-only.mjs <file.ndjson>');
  process.exit(3);
}
let buffer = '';
let records = 0;
let keys = 0;
const decoder = new TextDecoder('utf-8');
const parse = (line) => {
  if (line.trim() === '') return;
  const value = JSON.parse(line);
  records++;
  // Touch the result so that the parse cannot be optimised away.
  if (value && typeof value === 'object') keys += 1;
};
for await (const chunk of createReadStream(file)) {
  buffer += decoder.decode(chunk, { stream: true });
  let start = 0;
  let nl = buffer.indexOf('\n');
  while (nl >= 0) {
    parse(buffer.slice(start, nl));
    start = nl + 1;
    nl = buffer.indexOf('\n', start);
  }
  buffer = buffer.slice(start);
}
parse(buffer + decoder.decode());
console.log(JSON.stringify({ records, objects: keys }));
