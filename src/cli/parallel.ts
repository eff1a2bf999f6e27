import { createReadStream } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { prepareEvaluation } from '../engine/evaluate.js';
import type { Locale } from '../model/localized.js';
import type { Money } from '../model/money.js';
import { type Digest, DigestLog, DUPLICATE_SAMPLE_LIMIT, DuplicateFinder, type SharedIdSample } from '../portfolio/duplicates.js';
import type { GroupDimension } from '../portfolio/grouping.js';
import { RecordTallier } from '../portfolio/record-tallier.js';
import { addSample } from '../portfolio/samples.js';
import { createTally, fileTally, mergeTallies, type PortfolioTally, type Rejection } from '../portfolio/tally.js';
import { shiftIndexes, subtractEvaluations } from '../portfolio/tally-parts.js';
import { READERS } from '../readers/index.js';
import { mapRecord, type StreamedRecord, streamRecordBatches } from '../readers/stream.js';
import type { InputFormat } from '../readers/types.js';

// `portfolio --jobs N`: one NDJSON file read by N worker threads, each over a byte range cut at line ends, each
// reading, mapping, validating, evaluating and tallying its records exactly as one process would (records numbered
// from 0 in its range). The main thread then makes the result the one of a single run: it shifts each range's indexes
// by the records before it, replays the digests of every mapped record in file order to find exact duplicates and
// shared identifiers across ranges, has the ranges that evaluated a record repeating an earlier range's take it back
// out, and merges. The worker threads load the command-line script (dist/cli.js, `CliIo.workerScript`), which in a
// worker only loads the commands, and so this module, whose last statement starts the work: see ./bin.ts.

/** What a worker is asked to do. */
interface RangeTask {
  readonly file: string;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly format: InputFormat;
  readonly asOf: string;
  readonly locale: Locale;
  readonly by: readonly GroupDimension[];
  readonly considerationMinAmount?: Money;
  /** Where the worker writes its rejections (NDJSON, indexes from 0 in its range). */
  readonly rejectionsFile?: string;
}

/** What the main thread asks once every range is read: evaluations to take back out, identifiers to name. */
interface FixRequest {
  readonly subtract: readonly number[];
  readonly ids: readonly number[];
}

type FromWorker =
  | { readonly type: 'progress'; readonly bytes: number; readonly records: number }
  | { readonly type: 'done'; readonly tally: PortfolioTally; readonly records: number; readonly digests: Uint32Array }
  | { readonly type: 'fixed'; readonly sub: PortfolioTally; readonly ids: ReadonlyArray<readonly [number, string]> }
  | { readonly type: 'error'; readonly message: string };

const PROGRESS_EVERY_MS = 250;

/** Streams the records of a byte range of an NDJSON file: the same records, errors and order as a whole read gives. */
function rangeRecords(task: RangeTask, read: { bytes: number } = { bytes: 0 }): AsyncGenerator<StreamedRecord[]> {
  async function* chunks(): AsyncGenerator<Uint8Array> {
    if (task.end <= task.start) return;
    for await (const chunk of createReadStream(task.file, { start: task.start, end: task.end - 1 })) {
      read.bytes += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
  }
  return streamRecordBatches(chunks(), { layout: 'ndjson' });
}

function tallyOptions(task: RangeTask) {
  return { by: task.by, ...(task.considerationMinAmount === undefined ? {} : { considerationMinAmount: task.considerationMinAmount }) };
}

/** The worker thread's work: read, map, evaluate and tally its range; then answer the main thread's fix request. */
async function workerMain(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const task = workerData as RangeTask;
  const post = (m: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
  try {
    const reader = READERS[task.format];
    if (!reader) throw new Error(`no reader for format ${task.format}`);
    const evaluate = prepareEvaluation({ locale: task.locale, asOf: task.asOf });
    const tally = createTally(tallyOptions(task));
    const log = new DigestLog();
    const rejections = task.rejectionsFile ? await open(task.rejectionsFile, 'w') : undefined;
    let pending = '';
    const tallier = new RecordTallier(tally, evaluate, {
      file: task.file,
      digestLog: log,
      ...(rejections
        ? {
            onRejection: (r: Rejection) => {
              pending += `${JSON.stringify(r)}\n`;
            },
          }
        : {}),
    });
    let records = 0;
    const read = { bytes: 0 };
    let last = Date.now();
    for await (const batch of rangeRecords(task, read)) {
      for (const r of batch) tallier.add(r, mapRecord(r, reader));
      records += batch.length;
      if (rejections && pending.length > 0) {
        await rejections.write(pending);
        pending = '';
      }
      const now = Date.now();
      if (now - last >= PROGRESS_EVERY_MS) {
        last = now;
        post({ type: 'progress', bytes: read.bytes, records });
      }
    }
    tallier.finish();
    if (rejections) {
      if (pending.length > 0) await rejections.write(pending);
      await rejections.close();
    }
    const digests = log.toArray();
    post({ type: 'done', tally, records, digests }, [digests.buffer as ArrayBuffer]);
    const fix = await new Promise<FixRequest>((resolve) => port.once('message', resolve));
    post(await fixRange(task, fix, reader));
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}

/** Reads the range again for the records the main thread named: their evaluations (to take out) and their ids. */
async function fixRange(task: RangeTask, fix: FixRequest, reader: NonNullable<(typeof READERS)[InputFormat]>): Promise<FromWorker> {
  const sub = createTally(tallyOptions(task));
  const ids: Array<readonly [number, string]> = [];
  if (fix.subtract.length === 0 && fix.ids.length === 0) return { type: 'fixed', sub, ids };
  const subtract = new Set(fix.subtract);
  const named = new Set(fix.ids);
  const last = Math.max(...fix.subtract, ...fix.ids);
  const evaluate = prepareEvaluation({ locale: task.locale, asOf: task.asOf });
  const tallier = new RecordTallier(sub, evaluate, { file: task.file, duplicates: false });
  read: for await (const batch of rangeRecords(task)) {
    for (const r of batch) {
      if (r.index > last) break read;
      if (!subtract.has(r.index) && !named.has(r.index)) continue;
      const m = mapRecord(r, reader);
      if (!m.ok) continue;
      if (named.has(r.index)) ids.push([r.index, m.contract.id]);
      if (subtract.has(r.index)) tallier.add(r, { ...m, problems: [] });
    }
  }
  return { type: 'fixed', sub, ids };
}

if (!isMainThread && (workerData as { clausierRange?: boolean } | undefined)?.clausierRange) void workerMain();

/** Options of {@link tallyInParallel}. */
export interface ParallelOptions {
  readonly file: string;
  readonly size: number;
  readonly jobs: number;
  readonly format: InputFormat;
  readonly asOf: string;
  readonly locale: Locale;
  readonly tally: PortfolioTally;
  /** Where to write every rejection (NDJSON), in file order. */
  readonly rejections?: { add(line: string): void; flush(): Promise<void> };
  /** Called as the ranges progress: records and bytes read so far. */
  readonly progress?: (records: number, bytes: number) => void;
  /** The worker script: this module as built (dist/cli.js). */
  readonly workerUrl: URL;
}

/** Byte offsets where the ranges start: `jobs` equal cuts moved forward to just after a line end. */
export async function lineRanges(file: string, size: number, jobs: number): Promise<number[]> {
  const starts = [0];
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 16);
    for (let k = 1; k < jobs; k++) {
      let pos = Math.max(Math.floor((size * k) / jobs), starts[starts.length - 1] as number);
      let cut = -1;
      while (pos < size) {
        const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
        if (bytesRead === 0) break;
        const nl = buf.subarray(0, bytesRead).indexOf(10);
        if (nl >= 0) {
          cut = pos + nl + 1;
          break;
        }
        pos += bytesRead;
      }
      if (cut < 0 || cut >= size) break;
      if (cut > (starts[starts.length - 1] as number)) starts.push(cut);
    }
  } finally {
    await fh.close();
  }
  return starts;
}

/** Whether a file's first bytes are NDJSON as a whole read would take it: a one-line object, then another object. */
export async function looksLikeNdjson(file: string): Promise<boolean> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const text = buf
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const first = text.search(/\S/);
    if (first < 0 || text[first] !== '{') return false;
    const nl = text.indexOf('\n', first);
    if (nl < 0 || !text.slice(first, nl).trimEnd().endsWith('}')) return false;
    const next = text.slice(nl).search(/\S/);
    return next >= 0 && text[nl + next] === '{';
  } finally {
    await fh.close();
  }
}

/**
 * Tallies one NDJSON file into `o.tally` with `o.jobs` worker threads: the same tally, byte for byte once summarised,
 * as one thread reading the whole file (indexes, samples, duplicates and shared identifiers across ranges included).
 */
export async function tallyInParallel(o: ParallelOptions): Promise<void> {
  const starts = await lineRanges(o.file, o.size, o.jobs);
  const tasks: RangeTask[] = starts.map((start, k) => ({
    file: o.file,
    start,
    end: starts[k + 1] ?? o.size,
    format: o.format,
    asOf: o.asOf,
    locale: o.locale,
    by: o.tally.by,
    ...(o.tally.options.considerationMinAmount === undefined ? {} : { considerationMinAmount: o.tally.options.considerationMinAmount }),
    ...(o.rejections ? { rejectionsFile: `${o.file}.clausier-rejections-${process.pid}-${k}.tmp` } : {}),
  }));
  const progress = tasks.map(() => ({ records: 0, bytes: 0 }));
  const workers = tasks.map((task) => new Worker(o.workerUrl, { workerData: { ...task, clausierRange: true } }));
  const inbox = workers.map((w, k) =>
    messages(w, (m) => {
      if (m.type !== 'progress') return false;
      progress[k] = { records: m.records, bytes: m.bytes };
      o.progress?.(
        progress.reduce((n, p) => n + p.records, 0),
        progress.reduce((n, p) => n + p.bytes, 0),
      );
      return true;
    }),
  );
  try {
    const done = await Promise.all(inbox.map((next) => next('done')));
    // Indexes: each range's records come after the records of the ranges before it.
    const offsets: number[] = [];
    let before = 0;
    for (const d of done) {
      offsets.push(before);
      before += d.type === 'done' ? d.records : 0;
    }
    // Exact duplicates and shared identifiers over the whole file, in file order, from the digests.
    const finder = new DuplicateFinder(o.file);
    const subtract: number[][] = tasks.map(() => []);
    let duplicates = 0;
    const samples: Array<{ readonly file?: string; readonly index: number; readonly first: number }> = [];
    const rec: Digest = { lo: 0, hi: 0 };
    const id: Digest = { lo: 0, hi: 0 };
    done.forEach((d, k) => {
      if (d.type !== 'done') return;
      const log = d.digests;
      const offset = offsets[k] as number;
      for (let j = 0; j < log.length; j += 5) {
        rec.lo = log[j] as number;
        rec.hi = log[j + 1] as number;
        id.lo = log[j + 2] as number;
        id.hi = log[j + 3] as number;
        const flags = log[j + 4] as number;
        const local = flags & 0x7fffffff;
        const first = finder.seeDigests(rec, id, offset + local);
        if (first < 0) continue;
        duplicates++;
        addSample(samples, { file: o.file, index: offset + local, first }, DUPLICATE_SAMPLE_LIMIT);
        if (flags >>> 31) (subtract[k] as number[]).push(local); // evaluated by its range, repeats an earlier range
      }
    });
    const shared = finder.sharedIds();
    const rangeOf = (index: number): number => {
      let k = offsets.length - 1;
      while (k > 0 && (offsets[k] as number) > index) k--;
      return k;
    };
    const idRequests: number[][] = tasks.map(() => []);
    for (const s of shared.samples) idRequests[rangeOf(s.index)]?.push(s.index - (offsets[rangeOf(s.index)] as number));
    workers.forEach((w, k) => {
      w.postMessage({ subtract: subtract[k] ?? [], ids: idRequests[k] ?? [] } satisfies FixRequest);
    });
    const fixed = await Promise.all(inbox.map((next) => next('fixed')));
    // The parts, shifted and merged in file order, less the evaluations of duplicates across ranges.
    let merged = createTally({ by: o.tally.by, ...o.tally.options });
    const names = new Map<number, string>();
    done.forEach((d, k) => {
      const f = fixed[k];
      if (d.type !== 'done' || f?.type !== 'fixed') return;
      shiftIndexes(d.tally, o.file, offsets[k] as number);
      subtractEvaluations(d.tally, f.sub);
      merged = mergeTallies(merged, d.tally);
      for (const [local, text] of f.ids) names.set((offsets[k] as number) + local, text);
    });
    merged.duplicates = duplicates;
    const file = fileTally(merged, o.file);
    file.duplicates = duplicates;
    file.duplicateSamples = samples;
    file.sharedIds = { ...shared, samples: shared.samples.map((s): SharedIdSample => ({ ...s, id: names.get(s.index) ?? s.id })) };
    Object.assign(o.tally, mergeTallies(o.tally, merged));
    // Every rejection, in file order, with its index in the file.
    if (o.rejections) {
      for (const [k, task] of tasks.entries()) {
        if (!task.rejectionsFile) continue;
        const text = await readFile(task.rejectionsFile, 'utf8');
        for (const line of text.split('\n')) {
          if (line === '') continue;
          const r = JSON.parse(line) as Rejection;
          o.rejections.add(`${JSON.stringify({ ...r, index: r.index + (offsets[k] as number) })}\n`);
        }
        await o.rejections.flush();
      }
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    await Promise.all(tasks.map((t) => (t.rejectionsFile ? rm(t.rejectionsFile, { force: true }) : undefined)));
  }
}

/** The messages of a worker, awaited by type; `side` handles the others (progress) and says whether it did. */
function messages(w: Worker, side: (m: FromWorker) => boolean): (type: 'done' | 'fixed') => Promise<FromWorker> {
  const queue: FromWorker[] = [];
  let waiting: { type: string; resolve: (m: FromWorker) => void; reject: (e: Error) => void } | undefined;
  let failed: Error | undefined;
  const deliver = () => {
    if (!waiting) return;
    if (failed) {
      waiting.reject(failed);
      waiting = undefined;
      return;
    }
    const i = queue.findIndex((m) => m.type === waiting?.type);
    if (i < 0) return;
    const [m] = queue.splice(i, 1);
    const w0 = waiting;
    waiting = undefined;
    w0.resolve(m as FromWorker);
  };
  w.on('message', (m: FromWorker) => {
    if (side(m)) return;
    if (m.type === 'error') failed = new Error(m.message);
    else queue.push(m);
    deliver();
  });
  w.on('error', (e) => {
    failed = e;
    deliver();
  });
  w.on('exit', (code) => {
    if (code !== 0 && !failed) failed = new Error(`a worker thread stopped (exit code ${code})`);
    deliver();
  });
  return (type) =>
    new Promise<FromWorker>((resolve, reject) => {
      waiting = { type, resolve, reject };
      deliver();
    });
}
