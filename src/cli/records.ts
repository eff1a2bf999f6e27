import { checkDecpCsvColumns } from '../readers/csv/decp-csv.js';
import { READERS } from '../readers/index.js';
import { type MappedRecord, mapRecord, type StreamedRecord, streamRecordBatches } from '../readers/stream.js';
import type { InputFormat, RecordReader } from '../readers/types.js';
import { streamCsvRecordBatches } from './csv-stream.js';

/** The input formats the `portfolio` command accepts. */
export const INPUT_FORMATS: readonly InputFormat[] = ['decp', 'decp-v1', 'decp-csv', 'ocds', 'eforms', 'clausier'];

/** Thrown when a format has no reader in this build: invalid input, exit code 2. */
export class UnsupportedFormatError extends Error {
  constructor(format: string) {
    super(`no reader for format ${format} in this build (available: ${Object.keys(READERS).join(', ')})`);
    this.name = 'UnsupportedFormatError';
  }
}

/** A batch of records: each as read (`streamed[i]`) and as the reader mapped it (`mapped[i]`). */
export interface InputBatch {
  /** The records as read: parsed, or why not. */
  readonly streamed: readonly StreamedRecord[];
  /** The same records mapped to contracts, or rejected. */
  readonly mapped: readonly MappedRecord[];
}

/**
 * Streams the records of an input (JSON array or NDJSON; the CSV table for `decp-csv`) and maps each with the reader of `format`, one batch
 * per chunk read (one promise per chunk, not per record).
 * @throws UnsupportedFormatError before reading anything when the format has no reader.
 */
export function readInputBatches(chunks: AsyncIterable<string | Uint8Array>, format: InputFormat): AsyncIterable<InputBatch> {
  const reader = READERS[format];
  if (!reader) throw new UnsupportedFormatError(format);
  return mapBatches(
    format === 'decp-csv' ? streamCsvRecordBatches(chunks, { checkHeader: checkDecpCsvColumns }) : streamRecordBatches(chunks),
    reader,
  );
}

async function* mapBatches(batches: AsyncIterable<StreamedRecord[]>, reader: RecordReader): AsyncGenerator<InputBatch> {
  for await (const streamed of batches) {
    const mapped: MappedRecord[] = new Array(streamed.length);
    for (let i = 0; i < streamed.length; i++) mapped[i] = mapRecord(streamed[i] as StreamedRecord, reader);
    yield { streamed, mapped };
  }
}
