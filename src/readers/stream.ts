import type { Contract } from '../model/contract-schema.js';
import type { ReadProblem, ReadResult, RecordReader } from './types.js';

/**
 * One record found in an input stream, with its position (0-based, counting every record and every
 * error in the order met): either the parsed record or why it could not be parsed.
 */
export type StreamedRecord =
  | {
      /** Position of the record in the input, from 0. */
      readonly index: number;
      /** The record, as JSON.parse gives it. */
      readonly record: unknown;
    }
  | {
      /** Position of the record in the input, from 0. */
      readonly index: number;
      /** Why this record could not be read (`non-JSON token NaN: …`, `invalid JSON: …`). */
      readonly error: string;
    };

/** How the input is laid out. `auto` (the default) detects it from the first characters. */
export type StreamLayout = 'auto' | 'json' | 'ndjson';

/** Options of {@link streamRecords}. */
export interface StreamOptions {
  /**
   * `json`: one JSON document (an array of records, a wrapper such as `{"marches": [...]}`, or records one after the other);
   * `ndjson`: one record per line; `auto`: NDJSON when the first line is a complete object and another line follows, JSON otherwise.
   */
  readonly layout?: StreamLayout;
}

/**
 * Keys whose list holds the records, or whose object holds such lists: DECP (`marches`, `concessions`,
 * `contrats-concessions`), OCDS packages (`releases`, `records`).
 */
export const WRAPPER_KEYS: ReadonlySet<string> = new Set(['marches', 'concessions', 'contrats-concessions', 'releases', 'records']);

/**
 * Keys whose list holds the records, or whose object is a single record (as XML-to-JSON conversions write a list of
 * one): DECP 2.0.3 `marche` and `contrat-concession`, and `concession`.
 */
export const RECORD_KEYS: ReadonlySet<string> = new Set(['marche', 'contrat-concession', 'concession']);

const WS = new Set([' ', '\t', '\n', '\r']);
/** Beyond this many characters without a line end, the input is not NDJSON but one (minified) JSON document. */
const DETECT_LIMIT = 1 << 20;

/** Finds where one JSON value ends, across chunks, tracking strings, escapes and nesting; it does not validate tokens. */
class ValueScanner {
  private kind: 'none' | 'scalar' | 'string' | 'container' = 'none';
  private stack: number[] = [];
  private inString = false;
  private escape = false;
  /** True when a closing bracket did not match its opening one. */
  mismatched = false;

  reset(): void {
    this.kind = 'none';
    this.stack = [];
    this.inString = false;
    this.escape = false;
    this.mismatched = false;
  }

  /** Scans `buf` from `from`; returns the index just after the value, or -1 when more input is needed. */
  advance(buf: string, from: number): number {
    let i = from;
    if (this.kind === 'none') {
      const c = buf[i];
      if (c === undefined) return -1;
      if (c === '"') {
        this.kind = 'string';
        this.inString = true;
        i++;
      } else if (c === '{' || c === '[') {
        this.kind = 'container';
        this.stack.push(c.charCodeAt(0));
        i++;
      } else {
        this.kind = 'scalar';
      }
    }
    const len = buf.length;
    if (this.kind === 'scalar') {
      for (; i < len; i++) {
        const c = buf.charCodeAt(i);
        // whitespace , ] } end a scalar
        if (c === 32 || c === 10 || c === 13 || c === 9 || c === 44 || c === 93 || c === 125) return i;
      }
      return -1;
    }
    // A plain charCodeAt loop: several times faster than regular expressions on large inputs.
    let inString = this.inString;
    if (this.escape) {
      this.escape = false;
      i++;
    }
    const stack = this.stack;
    for (; i < len; i++) {
      const c = buf.charCodeAt(i);
      if (inString) {
        if (c === 92) {
          if (i + 1 >= len) {
            this.escape = true;
            this.inString = true;
            return -1;
          }
          i++;
        } else if (c === 34) {
          inString = false;
          if (this.kind === 'string') {
            this.inString = false;
            return i + 1;
          }
        }
        continue;
      }
      if (c === 34) inString = true;
      else if (c === 123 || c === 91) stack.push(c);
      else if (c === 125 || c === 93) {
        const open = stack.pop();
        if ((c === 125 && open !== 123) || (c === 93 && open !== 91)) this.mismatched = true;
        if (stack.length === 0) {
          this.inString = false;
          return i + 1;
        }
      }
    }
    this.inString = inString;
    return -1;
  }

  /** At the end of input: true when the value is complete (a scalar ends with the input). */
  completeAtEnd(): boolean {
    return this.kind === 'scalar';
  }
}

type Frame =
  | { t: 'top' }
  | {
      t: 'records';
      state: 'value' | 'inValue' | 'commaOrEnd';
      start: number;
      /** A single record rather than a list (a top-level scalar, or `{"marche": {...}}`): the frame ends with it. */
      single?: boolean;
    }
  | {
      t: 'object';
      state: 'keyOrEnd' | 'inKey' | 'colon' | 'valueStart' | 'skipValue' | 'commaOrEnd';
      /** Start of the captured text when this is a top-level object that may still be a record. */
      capture: number | null;
      /** True for an object inside a wrapper (`"marches": {...}`): a member that could hold records is reported when skipped. */
      nested: boolean;
      keyStart: number;
      key: string;
    };

/** Why a text is not JSON, naming a non-JSON token (NaN, Infinity…) when there is one. */
export function describeJsonError(text: string, e: unknown): string {
  const outsideStrings = text.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const token = /(?<![\w.])(NaN|-?Infinity|undefined|None|nan)(?![\w.])/.exec(outsideStrings);
  const base = token ? `non-JSON token ${token[1]}` : 'invalid JSON';
  const detail = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
  return `${base}: ${detail.length > 200 ? `${detail.slice(0, 200)}…` : detail}`;
}

/**
 * Splits a JSON or NDJSON text, given chunk by chunk, into records, holding only the record being read
 * (memory does not grow with the number of records). Records are found in a top-level array, in DECP/OCDS
 * wrappers (`{"marches": [...]}`, `{"marches": {"marche": [...], "contrat-concession": [...]}}`, `{"releases": [...]}`),
 * as top-level objects one after the other, or one per line (NDJSON).
 */
export class RecordSplitter {
  private buf = '';
  private pos = 0;
  private index = 0;
  private mode: 'detect' | 'json' | 'ndjson' | 'dead';
  private readonly stack: Frame[] = [{ t: 'top' }];
  private readonly scanner = new ValueScanner();
  private sawBom = false;
  private out: StreamedRecord[] = [];

  constructor(layout: StreamLayout = 'auto') {
    this.mode = layout === 'auto' ? 'detect' : layout;
  }

  /** Adds text; returns the records completed so far. */
  push(text: string): StreamedRecord[] {
    if (!this.sawBom && text.length > 0) {
      this.sawBom = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.buf += text;
    this.run(false);
    return this.drain();
  }

  /** Ends the input; returns the last records (and an error entry when the input stops inside a record). */
  end(): StreamedRecord[] {
    this.run(true);
    return this.drain();
  }

  private drain(): StreamedRecord[] {
    const r = this.out;
    this.out = [];
    return r;
  }

  private emitText(text: string): void {
    const index = this.index++;
    try {
      this.out.push({ index, record: JSON.parse(text) as unknown });
    } catch (e) {
      this.out.push({ index, error: describeJsonError(text, e) });
    }
  }

  private emitError(error: string): void {
    this.out.push({ index: this.index++, error });
  }

  private run(atEnd: boolean): void {
    if (this.mode === 'detect') this.detect(atEnd);
    if (this.mode === 'ndjson') this.lines(atEnd);
    else if (this.mode === 'json') this.structure(atEnd);
    else if (this.mode === 'dead') {
      this.buf = '';
      this.pos = 0;
    }
    this.compact();
  }

  /** Drops the text already consumed, keeping what an unfinished record, key or value still needs. */
  private compact(): void {
    let keep = this.pos;
    for (const f of this.stack) {
      if (f.t === 'records' && f.state === 'inValue') keep = Math.min(keep, f.start);
      if (f.t === 'object') {
        if (f.capture !== null) keep = Math.min(keep, f.capture);
        if (f.state === 'inKey') keep = Math.min(keep, f.keyStart);
      }
    }
    if (keep === 0) return;
    this.buf = this.buf.slice(keep);
    this.pos -= keep;
    for (const f of this.stack) {
      if (f.t === 'records') f.start -= keep;
      if (f.t === 'object') {
        if (f.capture !== null) f.capture -= keep;
        f.keyStart -= keep;
      }
    }
  }

  private detect(atEnd: boolean): void {
    // NDJSON when the first line is a whole object ({…}) and the next non-blank line starts another one.
    const b = this.buf;
    let i = 0;
    while (i < b.length && WS.has(b[i] as string)) i++;
    if (i >= b.length) {
      if (atEnd) this.mode = 'json';
      return;
    }
    if (b[i] !== '{') {
      this.mode = 'json';
      return;
    }
    const nl = b.indexOf('\n', i);
    if (nl === -1) {
      if (atEnd || b.length - i > DETECT_LIMIT) this.mode = 'json';
      return;
    }
    if (!b.slice(i, nl).trimEnd().endsWith('}')) {
      this.mode = 'json';
      return;
    }
    let j = nl;
    while (j < b.length && WS.has(b[j] as string)) j++;
    if (j >= b.length) {
      if (atEnd) this.mode = 'json';
      return;
    }
    this.mode = b[j] === '{' ? 'ndjson' : 'json';
  }

  private lines(atEnd: boolean): void {
    for (;;) {
      const nl = this.buf.indexOf('\n', this.pos);
      if (nl === -1) break;
      this.line(this.buf.slice(this.pos, nl));
      this.pos = nl + 1;
    }
    if (atEnd && this.pos < this.buf.length) {
      this.line(this.buf.slice(this.pos));
      this.pos = this.buf.length;
    }
  }

  private line(raw: string): void {
    const text = raw.trim();
    if (text.length === 0) return;
    this.emitText(text);
  }

  private skipWs(): boolean {
    const b = this.buf;
    let p = this.pos;
    while (p < b.length) {
      const c = b.charCodeAt(p);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
      p++;
    }
    this.pos = p;
    return p < b.length;
  }

  private fail(message: string): void {
    this.emitError(message);
    this.mode = 'dead';
    this.buf = '';
    this.pos = 0;
    this.stack.splice(1);
  }

  private structure(atEnd: boolean): void {
    while (this.mode === 'json') {
      const frame = this.stack[this.stack.length - 1] as Frame;
      if (frame.t === 'records' && frame.state === 'inValue') {
        const end = this.scanner.advance(this.buf, this.pos);
        if (end === -1) {
          if (!atEnd) {
            this.pos = this.buf.length;
            return;
          }
          if (this.scanner.completeAtEnd()) this.finishElement(frame, this.buf.length);
          else {
            this.emitError(`unexpected end of input inside a record: ${preview(this.buf.slice(frame.start))}`);
            this.stack.splice(1);
            this.pos = this.buf.length;
            return;
          }
          continue;
        }
        this.finishElement(frame, end);
        continue;
      }
      if (frame.t === 'object' && (frame.state === 'inKey' || frame.state === 'skipValue')) {
        const end = this.scanner.advance(this.buf, this.pos);
        if (end === -1 && !(atEnd && this.scanner.completeAtEnd())) {
          if (atEnd) {
            this.endInsideObject(frame);
            return;
          }
          this.pos = this.buf.length;
          return;
        }
        const stop = end === -1 ? this.buf.length : end;
        if (frame.state === 'inKey') {
          try {
            frame.key = String(JSON.parse(this.buf.slice(frame.keyStart, stop)));
          } catch {
            frame.key = '';
          }
          frame.state = 'colon';
        } else frame.state = 'commaOrEnd';
        this.pos = stop;
        continue;
      }
      if (!this.skipWs()) {
        if (atEnd && this.stack.length > 1) {
          const f = this.stack[this.stack.length - 1] as Frame;
          if (f.t === 'object') this.endInsideObject(f);
          else this.emitError('unexpected end of input: a list of records is not closed');
          this.stack.splice(1);
        }
        return;
      }
      const c = this.buf[this.pos] as string;
      switch (frame.t) {
        case 'top':
          if (c === '[') {
            this.stack.push({ t: 'records', state: 'value', start: 0 });
            this.pos++;
          } else if (c === '{') {
            this.stack.push({ t: 'object', state: 'keyOrEnd', capture: this.pos, keyStart: 0, key: '', nested: false });
            this.pos++;
          } else {
            // A bare scalar or stray text at the top level: one record of its own (the reader will reject it).
            this.stack.push({ t: 'records', state: 'inValue', start: this.pos, single: true });
            this.scanner.reset();
          }
          break;
        case 'records':
          if (frame.state === 'commaOrEnd' || frame.state === 'value') {
            if (c === ']') {
              this.stack.pop();
              this.pos++;
              this.afterValue();
            } else if (c === ',') {
              this.pos++;
              frame.state = 'value';
            } else if (c === '}' || c === ':' || (c === ']' && frame.single)) {
              this.fail(`invalid JSON: unexpected ${JSON.stringify(c)} in a list of records; the rest of the input is not read`);
            } else {
              frame.state = 'inValue';
              frame.start = this.pos;
              this.scanner.reset();
            }
          }
          break;
        case 'object':
          this.objectStep(frame, c);
          break;
      }
    }
  }

  private finishElement(frame: Frame & { t: 'records' }, end: number): void {
    if (end <= frame.start) {
      // Nothing that can start a value here (a stray bracket): the structure is broken.
      this.fail(
        `invalid JSON: unexpected ${JSON.stringify(this.buf[frame.start] ?? '')} in a list of records; the rest of the input is not read`,
      );
      return;
    }
    const text = this.buf.slice(frame.start, end);
    if (this.scanner.mismatched) this.emitError(`mismatched brackets in a record: ${preview(text)}`);
    else this.emitText(text);
    this.pos = end;
    frame.state = 'commaOrEnd';
    if (frame.single) {
      this.stack.pop();
      this.afterValue();
    }
  }

  private endInsideObject(frame: Frame & { t: 'object' }): void {
    if (frame.capture !== null) this.emitError(`unexpected end of input inside a record: ${preview(this.buf.slice(frame.capture))}`);
    else this.emitError('unexpected end of input: a wrapper object is not closed');
    this.stack.splice(1);
    this.pos = this.buf.length;
  }

  /** After a nested records list or object ends, its parent object expects a comma or its end. */
  private afterValue(): void {
    const parent = this.stack[this.stack.length - 1] as Frame;
    if (parent.t === 'object') parent.state = 'commaOrEnd';
  }

  private objectStep(frame: Frame & { t: 'object' }, c: string): void {
    switch (frame.state) {
      case 'keyOrEnd':
      case 'commaOrEnd':
        if (c === '}') {
          this.pos++;
          this.stack.pop();
          if (frame.capture !== null) {
            const text = this.buf.slice(frame.capture, this.pos);
            frame.capture = null;
            this.emitText(text);
          }
          this.afterValue();
        } else if (c === ',') {
          this.pos++;
          frame.state = 'keyOrEnd';
        } else if (c === '"' && frame.state === 'keyOrEnd') {
          frame.state = 'inKey';
          frame.keyStart = this.pos;
          this.scanner.reset();
        } else this.malformed(frame, c);
        break;
      case 'colon':
        if (c === ':') {
          this.pos++;
          frame.state = 'valueStart';
        } else this.malformed(frame, c);
        break;
      case 'valueStart':
        if ((WRAPPER_KEYS.has(frame.key) || RECORD_KEYS.has(frame.key)) && (c === '[' || c === '{')) {
          frame.capture = null; // a wrapper, not a record: its other members (metadata) are skipped
          this.markWrapper();
          frame.state = 'commaOrEnd';
          if (c === '[') {
            this.pos++;
            this.stack.push({ t: 'records', state: 'value', start: 0 });
          } else if (RECORD_KEYS.has(frame.key)) {
            this.stack.push({ t: 'records', state: 'inValue', start: this.pos, single: true });
            this.scanner.reset();
          } else {
            this.pos++;
            this.stack.push({ t: 'object', state: 'keyOrEnd', capture: null, keyStart: 0, key: '', nested: true });
          }
        } else {
          if (frame.nested && (c === '[' || c === '{')) {
            this.emitError(
              `unexpected member ${JSON.stringify(frame.key)} in a wrapper (expected ${[...RECORD_KEYS].join(', ')}): skipped`,
            );
          }
          frame.state = 'skipValue';
          this.scanner.reset();
        }
        break;
      default:
        break;
    }
  }

  /** Once a wrapper is found, no enclosing object is a record. */
  private markWrapper(): void {
    for (const f of this.stack) if (f.t === 'object') f.capture = null;
  }

  private malformed(frame: Frame & { t: 'object' }, c: string): void {
    if (frame.capture !== null && this.stack.length === 2) {
      // A top-level object that breaks off: report it, then read the rest line by line (NDJSON with a bad first line).
      const lineStart = this.buf.lastIndexOf('\n', this.pos) + 1;
      const start = frame.capture;
      const text = this.buf.slice(start, Math.max(start, lineStart));
      this.emitError(`invalid JSON: unexpected ${JSON.stringify(c)} in a record: ${preview(text)}`);
      this.stack.splice(1);
      this.pos = Math.max(start + 1, lineStart);
      this.mode = 'ndjson';
      return;
    }
    this.fail(`invalid JSON: unexpected ${JSON.stringify(c)} between records; the rest of the input is not read`);
  }
}

function preview(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 80)}…` : t;
}

/**
 * Streams the records of a JSON or NDJSON input given as chunks, one array per chunk: the records that chunk
 * completed, in input order (chunks that complete none yield nothing). This is the fast form of
 * {@link streamRecords}: a consumer loops over each array synchronously, so a large input costs one promise per
 * chunk rather than one per record. Memory holds the records of one chunk, never the whole input.
 *
 * @example
 * ```ts
 * for await (const batch of streamRecordBatches(createReadStream('decp.ndjson'))) {
 *   for (const r of batch) if ('error' in r) console.error(r.index, r.error);
 * }
 * ```
 */
export async function* streamRecordBatches(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  options: StreamOptions = {},
): AsyncGenerator<StreamedRecord[]> {
  const splitter = new RecordSplitter(options.layout);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    const batch = splitter.push(text);
    if (batch.length > 0) yield batch;
  }
  const last = splitter.push(decoder.decode()).concat(splitter.end());
  if (last.length > 0) yield last;
}

/**
 * Streams the records of a JSON or NDJSON input given as chunks (a Node readable stream, `process.stdin`, or any
 * async iterable of strings or bytes). Handles a UTF-8 BOM, a top-level array, NDJSON (blank lines skipped,
 * a bad line becomes an error entry and reading goes on), DECP wrappers (`{"marches": [...]}`,
 * `{"marches": {"marche": [...], "contrat-concession": [...]}}`, `{"concessions": [...]}`) and OCDS packages
 * (`{"releases": [...]}`). Each record is parsed on its own, so a non-JSON token such as a bare `NaN` spoils only
 * its record. Memory holds the records of one chunk, never the whole input. For millions of records prefer
 * {@link streamRecordBatches}, which hands them over one array per chunk.
 *
 * @example
 * ```ts
 * for await (const r of streamRecords(createReadStream('decp.json'))) {
 *   if ('error' in r) console.error(r.index, r.error);
 * }
 * ```
 */
export async function* streamRecords(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  options: StreamOptions = {},
): AsyncGenerator<StreamedRecord> {
  for await (const batch of streamRecordBatches(chunks, options)) yield* batch;
}

/** One record of a stream mapped to a contract, or rejected with the reason: every record is accounted for. */
export type MappedRecord =
  | {
      /** Position of the record in the input, from 0. */
      readonly index: number;
      /** Mapped. */
      readonly ok: true;
      /** The contract, valid by construction. */
      readonly contract: Contract;
      /** Data-quality problems: the faulty fields were left out. */
      readonly problems: readonly ReadProblem[];
    }
  | {
      /** Position of the record in the input, from 0. */
      readonly index: number;
      /** Rejected. */
      readonly ok: false;
      /** Why the record is not a contract (not JSON, not an object, no identifier…). */
      readonly reason: string;
      /** Problems found before the rejection. */
      readonly problems: readonly ReadProblem[];
    };

/**
 * Maps one streamed record through a reader. A record that could not be parsed, or that the reader rejects (or
 * throws on), comes out as `ok: false` with its index and reason.
 */
export function mapRecord(r: StreamedRecord, reader: RecordReader): MappedRecord {
  if ('error' in r) return { index: r.index, ok: false, reason: r.error, problems: [] };
  let result: ReadResult;
  try {
    result = reader.read(r.record);
  } catch (e) {
    return { index: r.index, ok: false, reason: `reader error: ${e instanceof Error ? e.message : String(e)}`, problems: [] };
  }
  // Explicit members rather than a spread: this runs once per record of a national file.
  return result.ok
    ? { index: r.index, ok: true, contract: result.contract, problems: result.problems }
    : { index: r.index, ok: false, reason: result.reason, problems: result.problems };
}

/**
 * Maps each streamed record through a reader. Records that could not be parsed and records the reader
 * rejects come out as `ok: false` with their index and reason, so `total = mapped + rejected` always holds.
 */
export async function* mapRecords(stream: AsyncIterable<StreamedRecord>, reader: RecordReader): AsyncGenerator<MappedRecord> {
  for await (const r of stream) yield mapRecord(r, reader);
}

/**
 * Maps batches of streamed records (from {@link streamRecordBatches}) through a reader, one array per batch, with the
 * same accounting as {@link mapRecords}: the fast form for large inputs.
 *
 * @example
 * ```ts
 * for await (const batch of mapRecordBatches(streamRecordBatches(createReadStream('decp.ndjson')), decpV2Reader)) {
 *   for (const m of batch) if (!m.ok) console.error(m.index, m.reason);
 * }
 * ```
 */
export async function* mapRecordBatches(
  batches: AsyncIterable<readonly StreamedRecord[]>,
  reader: RecordReader,
): AsyncGenerator<MappedRecord[]> {
  for await (const batch of batches) {
    const out: MappedRecord[] = new Array(batch.length);
    for (let i = 0; i < batch.length; i++) out[i] = mapRecord(batch[i] as StreamedRecord, reader);
    yield out;
  }
}
