import { READERS } from '../readers/index.js';
import { type MappedRecord, mapRecordBatches, streamRecordBatches } from '../readers/stream.js';
import type { InputFormat } from '../readers/types.js';

/** The input formats the `portfolio` command accepts. */
export const INPUT_FORMATS: readonly InputFormat[] = ['decp', 'decp-v1', 'ocds', 'clausier'];

/** Thrown when a format has no reader in this build: invalid input, exit code 2. */
export class UnsupportedFormatError extends Error {
  constructor(format: string) {
    super(`no reader for format ${format} in this build (available: ${Object.keys(READERS).join(', ')})`);
    this.name = 'UnsupportedFormatError';
  }
}

/**
 * Streams the records of an input (JSON array or NDJSON) and maps each with the reader of `format`, one array
 * per chunk read (one promise per chunk, not per record).
 * @throws UnsupportedFormatError before reading anything when the format has no reader.
 */
export function readInputBatches(chunks: AsyncIterable<string | Uint8Array>, format: InputFormat): AsyncIterable<MappedRecord[]> {
  const reader = READERS[format];
  if (!reader) throw new UnsupportedFormatError(format);
  return mapRecordBatches(streamRecordBatches(chunks), reader);
}
