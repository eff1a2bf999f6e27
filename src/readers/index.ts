import { clausierReader } from './clausier.js';
import { decpCsvReader } from './csv/decp-csv.js';
import { decpV1Reader } from './decp-v1.js';
import { decpV2Reader } from './decp-v2.js';
import { ocdsReader } from './ocds.js';
import type { InputFormat, RecordReader } from './types.js';

/** The reader of each input format. Readers of other formats register here. */
export const READERS: Partial<Record<InputFormat, RecordReader>> = {
  clausier: clausierReader,
  decp: decpV2Reader,
  'decp-v1': decpV1Reader,
  'decp-csv': decpCsvReader,
  ocds: ocdsReader,
};

/** The reader of a format. @throws Error when the format has no reader. */
export function readerFor(format: InputFormat): RecordReader {
  const r = READERS[format];
  if (!r) throw new Error(`No reader for format ${format}`);
  return r;
}
