// PLACEHOLDER-FOR-MERGE: replaced by the readers branch
import type { Contract } from '../model/contract-schema.js';
import type { ReadProblem, RecordReader } from './types.js';

/** One raw record of an input stream, or why it could not be parsed. */
export type StreamedRecord = { readonly index: number; readonly record: unknown } | { readonly index: number; readonly error: string };

/** One record mapped by a reader: a contract (with its data-quality problems) or a rejection. */
export type MappedRecord =
  | { readonly index: number; readonly ok: true; readonly contract: Contract; readonly problems: readonly ReadProblem[] }
  | { readonly index: number; readonly ok: false; readonly reason: string; readonly problems?: readonly ReadProblem[] };

/**
 * Splits an input (chunks of UTF-8 text or bytes) into JSON records: a JSON array (read whole) or NDJSON
 * (one record per non-blank line). A BOM is ignored. A line that is not JSON yields an error for its index.
 */
export async function* streamRecords(chunks: AsyncIterable<string | Uint8Array>): AsyncGenerator<StreamedRecord> {
  const decoder = new TextDecoder('utf-8');
  let buffer = '';
  let mode: 'unknown' | 'array' | 'lines' = 'unknown';
  let index = 0;
  const parseLine = (line: string): StreamedRecord | undefined => {
    if (line.trim() === '') return undefined;
    const i = index++;
    try {
      return { index: i, record: JSON.parse(line) };
    } catch (e) {
      return { index: i, error: `not JSON: ${(e as Error).message}` };
    }
  };
  for await (const chunk of chunks) {
    buffer += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (mode === 'unknown') {
      const start = buffer.replace(/^\uFEFF/, '').trimStart();
      if (start === '') continue;
      mode = start.startsWith('[') ? 'array' : 'lines';
      buffer = buffer.replace(/^\uFEFF/, '');
    }
    if (mode === 'lines') {
      let start = 0;
      let nl = buffer.indexOf('\n');
      while (nl >= 0) {
        const r = parseLine(buffer.slice(start, nl));
        if (r) yield r;
        start = nl + 1;
        nl = buffer.indexOf('\n', start);
      }
      buffer = buffer.slice(start);
    }
  }
  buffer += decoder.decode();
  if (mode === 'lines') {
    const r = parseLine(buffer);
    if (r) yield r;
  } else if (mode === 'array') {
    let data: unknown;
    try {
      data = JSON.parse(buffer);
    } catch (e) {
      yield { index: 0, error: `not JSON: ${(e as Error).message}` };
      return;
    }
    if (!Array.isArray(data)) {
      yield { index: 0, error: 'not a JSON array' };
      return;
    }
    for (const record of data) yield { index: index++, record };
  }
}

/** Maps each streamed record with a reader; parse errors become rejections. */
export async function* mapRecords(stream: AsyncIterable<StreamedRecord>, reader: RecordReader): AsyncGenerator<MappedRecord> {
  for await (const item of stream) {
    if ('error' in item) {
      yield { index: item.index, ok: false, reason: item.error };
      continue;
    }
    const r = reader.read(item.record);
    yield r.ok
      ? { index: item.index, ok: true, contract: r.contract, problems: r.problems }
      : { index: item.index, ok: false, reason: r.reason, problems: r.problems };
  }
}
