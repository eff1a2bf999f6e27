import { type CsvError, type InfoRecord, parse } from 'csv-parse';
import type { StreamedRecord } from '../readers/stream.js';

/** Options of {@link streamCsvRecordBatches}. */
export interface CsvStreamOptions {
  /** The field separator; default: `;` when the header line has more `;` than `,`, else `,`. */
  readonly delimiter?: string;
  /** Called with the column names once the header is read; throws to refuse the table (the error ends the stream). */
  readonly checkHeader?: (columns: readonly string[]) => void;
}

/** Thrown when the first line of a CSV input is not a usable header (empty, or repeated column names). */
export class CsvHeaderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvHeaderError';
  }
}

/** Beyond this many characters without a line end, the input is not a CSV table. */
const HEADER_LIMIT = 1 << 20;

function sniffDelimiter(line: string): string {
  let semicolons = 0;
  let commas = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 59) semicolons++;
    else if (c === 44) commas++;
  }
  return semicolons > commas ? ';' : ',';
}

// CSV is read in the CLI layer: csv-parse's streaming parser is built on Node's streams, and the library's entry point
// stays free of Node built-ins (it also runs in the browser). Library users bring their own CSV parser and give each
// row, as `{ column: text }`, to `decpCsvReader` (see docs/readers.md).

/**
 * Streams the rows of a CSV table given as chunks (a file read in pieces, standard input), parsed by csv-parse — a
 * maintained RFC 4180 parser: quoted fields, doubled quotes, line breaks inside quotes, CRLF, a UTF-8 BOM. The first
 * line is the header. Each row comes out as one record, `{ column: text }` (empty cells as `""`), with its position
 * (0-based, the header not counted); a row that cannot be read (a quote left open, more or fewer cells than the
 * header) comes out as an error entry with its line number, and reading goes on. One array per chunk read: memory
 * holds the rows of one chunk, never the table.
 * @throws CsvHeaderError when the header is empty or names a column twice.
 */
export async function* streamCsvRecordBatches(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  options: CsvStreamOptions = {},
): AsyncGenerator<StreamedRecord[]> {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let header: string[] | undefined;
  let index = 0;
  let out: StreamedRecord[] = [];
  let parser: ReturnType<typeof parse> | undefined;
  let finished: Promise<void> | undefined;

  const start = (delimiter: string): ReturnType<typeof parse> => {
    const p = parse({
      delimiter,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      // Every row goes through these two callbacks, synchronously and in input order; nothing is left in the stream.
      on_record: (record: string[], info: InfoRecord) => {
        if (header === undefined) {
          header = record.map((h) => h.trim());
          const seen = new Set<string>();
          for (const h of header) {
            if (seen.has(h)) throw new CsvHeaderError(`the CSV header names the column ${JSON.stringify(h)} twice`);
            seen.add(h);
          }
          if (header.every((h) => h === '')) throw new CsvHeaderError('the CSV header is empty');
          options.checkHeader?.(header);
          return null;
        }
        if (record.length !== header.length) {
          out.push({ index: index++, error: `CSV row at line ${info.lines}: ${record.length} cells, the header has ${header.length}` });
          return null;
        }
        const row: Record<string, string> = {};
        for (let i = 0; i < header.length; i++) row[header[i] as string] = record[i] as string;
        out.push({ index: index++, record: row });
        return null;
      },
      on_skip: (err: CsvError | undefined) => {
        const line = (err as { lines?: number } | undefined)?.lines;
        out.push({
          index: index++,
          error: `unreadable CSV row${line === undefined ? '' : ` at line ${line}`}: ${err?.message ?? 'skipped'}`,
        });
      },
    });
    finished = new Promise<void>((resolve, reject) => {
      p.on('error', reject);
      p.on('end', resolve);
    });
    finished.catch(() => undefined); // awaited at the end; a write that fails rejects on its own meanwhile
    p.resume(); // no row is pushed: on_record returns null
    return p;
  };

  const drain = (): StreamedRecord[] => {
    const batch = out;
    out = [];
    return batch;
  };

  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (parser === undefined) {
      pending += text;
      const nl = pending.indexOf('\n');
      if (nl < 0 && pending.length < HEADER_LIMIT) continue;
      const head = (nl < 0 ? pending : pending.slice(0, nl)).replace(/^\uFEFF/, '');
      parser = start(options.delimiter ?? sniffDelimiter(head));
      await write(parser, pending);
      pending = '';
    } else await write(parser, text);
    const batch = drain();
    if (batch.length > 0) yield batch;
  }
  const rest = decoder.decode();
  if (parser === undefined) {
    parser = start(options.delimiter ?? sniffDelimiter((pending + rest).replace(/^\uFEFF/, '').split('\n')[0] ?? ''));
    if (pending + rest) await write(parser, pending + rest);
  } else if (rest) await write(parser, rest);
  parser.end();
  await finished;
  if (header === undefined) throw new CsvHeaderError('the CSV input is empty: no header line');
  const batch = drain();
  if (batch.length > 0) yield batch;
}

/** Writes to the parser; rejects with the parser's error (a header error thrown by on_record). */
function write(parser: ReturnType<typeof parse>, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    parser.write(text, (e?: Error | null) => (e ? reject(e) : resolve()));
  });
}
