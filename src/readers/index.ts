import { clausierReader } from './clausier.js';
import type { InputFormat, RecordReader } from './types.js';

/** The reader of each input format. Readers of other formats register here. */
export const READERS: Partial<Record<InputFormat, RecordReader>> = {
  clausier: clausierReader,
};

/** The reader of a format. @throws Error when the format has no reader. */
export function readerFor(format: InputFormat): RecordReader {
  const r = READERS[format];
  if (!r) throw new Error(`No reader for format ${format}`);
  return r;
}
