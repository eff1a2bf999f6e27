import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { prepareEvaluation } from '../../engine/evaluate.js';
import type { Locale } from '../../model/localized.js';
import type { GroupDimension } from '../../portfolio/grouping.js';
import { RecordTallier } from '../../portfolio/record-tallier.js';
import { type PortfolioSummary, summarisePortfolio } from '../../portfolio/summary.js';
import { createTally, type Rejection } from '../../portfolio/tally.js';
import { type TallyInput, tallyToJson } from '../../portfolio/tally-file.js';
import { parseOwnTargets, TARGET_REGIMES, type TargetRegime } from '../../portfolio/targets.js';
import type { InputFormat } from '../../readers/types.js';
import type { RegimeReport } from '../../regimes/types.js';
import { portfolioHtml } from '../../report/html.js';
import { portfolioMarkdown } from '../../report/markdown.js';
import type { CommandContext } from '../context.js';
import { eformsBatches, noticeFiles } from '../eforms-input.js';
import { type CliIo, EXIT } from '../io.js';
import { describeError, describeJsonError, say } from '../messages.js';
import { looksLikeNdjson, tallyInParallel } from '../parallel.js';
import { countBytes, ProgressLine } from '../progress.js';
import { type InputBatch, readInputBatches, UnsupportedFormatError } from '../records.js';
import { loadRegimes, reportRegimesError } from './regimes.js';

/**
 * `clausier portfolio <file|->`: streams the records, evaluates every contract, tallies the indicators and
 * prints the summary (Markdown or JSON), optionally writing the HTML report.
 * Exit 0 when done and no target is missed, 1 when a target is missed, 2 on invalid input.
 */
export async function portfolioCommand({ io, args, values, locale, asOf, version }: CommandContext): Promise<number> {
  const fail = (message: string): number => {
    io.err(`clausier: ${message}\n`);
    return EXIT.invalidInput;
  };
  const format: InputFormat = values.format ?? 'clausier';
  const twice = args.find((f, i) => args.indexOf(f) !== i);
  if (twice !== undefined) return fail(say(locale, `fichier donné deux fois : ${twice}`, `file given twice: ${twice}`));
  let regime: TargetRegime | undefined;
  if (values.targets !== undefined) {
    const r = await loadTargets(io, values.targets, locale);
    if (typeof r === 'string') return fail(r);
    regime = r;
  }
  // The yearly quota regimes of the buyer's purchase lines, in the same report (issue 16; new-duties' hunk).
  let regimes: RegimeReport | undefined;
  if (values.purchases !== undefined) {
    const r = await loadRegimes(io, values.purchases, values['agec-rates'], locale);
    if (!r.ok) return reportRegimesError(io, r.error, locale, values.json ? { version, asOf } : undefined);
    regimes = r.report;
  }
  const groupBy = values.by ?? ['year'];
  const by = regime && !groupBy.includes('year') ? (['year', ...groupBy] as GroupDimension[]) : groupBy;
  const minAmount = values['consideration-min-amount'];
  const tally = createTally({ by, ...(minAmount ? { considerationMinAmount: minAmount } : {}) });
  const evaluate = prepareEvaluation({ locale, asOf });
  const sizes = await Promise.all(args.map((f) => (io.size ? io.size(f).catch(() => undefined) : undefined)));
  const total = sizes.every((x) => x !== undefined) ? sizes.reduce((a: number, b) => a + (b ?? 0), 0) : undefined;
  const progress = values.progress || io.errIsTTY === true ? new ProgressLine(io, locale, total, io.errIsTTY === true) : undefined;
  const rejectionsOut = values['rejections-out'] === undefined ? undefined : await openLines(io, values['rejections-out']);
  const inputs: TallyInput[] = [];
  let count = 0;
  let bytesBefore = 0;
  for (const [n, file] of args.entries()) {
    if (format === 'eforms') {
      // TED eForms notices: the argument is a notice file or a folder of them (../eforms-input.ts); its lots are its
      // records, in order, and a lot's contract stands for what was read when looking for exact duplicates.
      const tallier = new RecordTallier(tally, evaluate, {
        file,
        ...(rejectionsOut ? { onRejection: (r: Rejection) => rejectionsOut.add(`${JSON.stringify(r)}\n`) } : {}),
      });
      for await (const batch of eformsBatches(io, await noticeFiles(io, [file]), locale)) {
        for (const m of batch) tallier.add(m.ok ? { record: m.contract } : { error: m.reason }, m);
        count += batch.length;
        progress?.update(count, bytesBefore);
        if (rejectionsOut) await rejectionsOut.flush();
      }
      tallier.finish();
      continue;
    }
    const jobs = await jobsFor(io, values.jobs, file, sizes[n], format);
    if (jobs > 1) {
      try {
        // The tally file's SHA-256 is of the whole file: read once more, in order, while the workers count.
        const hashing = values['tally-out'] === undefined ? undefined : hashAll(io.readStream ? io.readStream(file) : oneChunk(io, file));
        await tallyInParallel({
          file,
          size: sizes[n] as number,
          jobs,
          format,
          asOf,
          locale,
          tally,
          workerUrl: io.workerScript as URL,
          ...(rejectionsOut ? { rejections: rejectionsOut } : {}),
          ...(progress ? { progress: (records: number, bytes: number) => progress.update(count + records, bytesBefore + bytes) } : {}),
        });
        if (hashing) inputs.push({ file, format, bytes: sizes[n] as number, sha256: await hashing });
      } catch (e) {
        progress?.end();
        await rejectionsOut?.close().catch(() => undefined);
        return fail(`${say(locale, 'entrée illisible', 'unreadable input')} (${file}): ${describeError(e, locale)}`);
      }
      bytesBefore += sizes[n] as number;
      count = tally.evaluated + tally.rejected + tally.duplicates;
      continue;
    }
    const counted = countBytes(io.readStream ? io.readStream(file) : oneChunk(io, file));
    const hashed = values['tally-out'] === undefined ? undefined : sha256Of(counted.chunks);
    let batches: AsyncIterable<InputBatch>;
    try {
      batches = readInputBatches(hashed ? hashed.chunks : counted.chunks, format);
    } catch (e) {
      if (e instanceof UnsupportedFormatError) return fail(e.message);
      throw e;
    }
    const tallier = new RecordTallier(tally, evaluate, {
      file,
      ...(rejectionsOut ? { onRejection: (r: Rejection) => rejectionsOut.add(`${JSON.stringify(r)}\n`) } : {}),
    });
    try {
      for await (const { streamed, mapped } of batches) {
        for (let i = 0; i < mapped.length; i++)
          tallier.add(streamed[i] as InputBatch['streamed'][number], mapped[i] as InputBatch['mapped'][number]);
        count += mapped.length;
        progress?.update(count, bytesBefore + counted.read());
        if (rejectionsOut) await rejectionsOut.flush();
      }
    } catch (e) {
      progress?.end();
      await rejectionsOut?.close().catch(() => undefined);
      return fail(`${say(locale, 'entrée illisible', 'unreadable input')} (${file}): ${describeError(e, locale)}`);
    }
    tallier.finish();
    bytesBefore += counted.read();
    if (hashed) inputs.push({ file, format, bytes: counted.read(), sha256: hashed.digest() });
  }
  progress?.end();
  if (rejectionsOut) {
    try {
      await rejectionsOut.close();
    } catch (e) {
      return fail(`${say(locale, 'écriture impossible', 'cannot write')} (${values['rejections-out']}): ${describeError(e, locale)}`);
    }
  }
  if (values['tally-out'] !== undefined) {
    const text = `${JSON.stringify(tallyToJson({ asOf, inputs, clausier: version, tally }), null, 1)}\n`;
    const written = await writeOutput(io, values['tally-out'], text, locale);
    if (written !== undefined) return fail(written);
    io.err(`${say(locale, 'décompte écrit', 'tally written')}: ${values['tally-out']}\n`);
  }
  return reportSummary(io, summarisePortfolio(tally, regime ? { targets: regime } : {}), {
    json: values.json,
    html: values.html,
    locale,
    header: { version, asOf },
    regimes: regimes ?? null,
  });
}

/** Files from which the default number of jobs (the available cores) is used; smaller ones are read by one thread. */
const PARALLEL_MIN_BYTES = 8 * 2 ** 20;

/**
 * How many worker threads read a file: 1 unless it is a regular NDJSON file (the splits are at line ends) read
 * through the file system; `--jobs` when given, else the available cores for a file of {@link PARALLEL_MIN_BYTES} or more.
 */
async function jobsFor(io: CliIo, jobs: number | undefined, file: string, size: number | undefined, format: InputFormat): Promise<number> {
  const wanted = jobs ?? (size !== undefined && size >= PARALLEL_MIN_BYTES ? availableParallelism() : 1);
  if (wanted <= 1 || size === undefined || file === '-' || !io.workerScript || format === 'decp-csv') return 1;
  return (await looksLikeNdjson(file)) ? wanted : 1;
}

/** Writes a whole output file; `undefined` when written, else the message. */
async function writeOutput(io: CliIo, path: string, text: string, locale: Locale): Promise<string | undefined> {
  if (!io.writeText) return say(locale, 'écriture de fichier impossible ici', 'cannot write files here');
  try {
    await io.writeText(path, text);
    return undefined;
  } catch (e) {
    return `${say(locale, 'écriture impossible', 'cannot write')} (${path}): ${describeError(e, locale)}`;
  }
}

/**
 * Prints a portfolio summary (Markdown, or JSON with `header` first) and writes its HTML report: what `portfolio`
 * and `merge` end with. Exit 1 when a target is missed.
 */
export async function reportSummary(
  io: CliIo,
  summary: PortfolioSummary,
  o: {
    readonly json?: boolean | undefined;
    readonly html?: string | undefined;
    readonly locale: Locale;
    readonly header: Record<string, unknown>;
    /** The quota regimes (`portfolio --purchases`), `null` without them; omitted (no JSON member) for `merge`. */
    readonly regimes?: RegimeReport | null;
  },
): Promise<number> {
  const locale = o.locale;
  const regimes = o.regimes ?? undefined;
  const withRegimes = regimes ? { regimes } : {};
  if (o.html !== undefined) {
    const written = await writeOutput(io, o.html, portfolioHtml(summary, { locale, ...withRegimes }), locale);
    if (written !== undefined) {
      io.err(`clausier: ${written}\n`);
      return EXIT.invalidInput;
    }
    io.err(`${say(locale, 'rapport HTML écrit', 'HTML report written')}: ${o.html}\n`);
  }
  const json = { ...o.header, ...summaryJson(summary), ...(o.regimes === undefined ? {} : { regimes: o.regimes }) };
  io.out(o.json ? `${JSON.stringify(json, null, 2)}\n` : portfolioMarkdown(summary, { locale, ...withRegimes }));
  const missed = summary.indicators.some((x) => x.met === false) || (regimes !== undefined && regimes.summary.fail > 0);
  return missed ? EXIT.failed : EXIT.ok;
}

/** Lines written to a file as they come, in order, flushed between batches (memory holds one batch). */
interface LineWriter {
  add(line: string): void;
  flush(): Promise<void>;
  close(): Promise<void>;
}

async function openLines(io: CliIo, path: string): Promise<LineWriter> {
  let pending = '';
  if (io.openWriter) {
    const w = await io.openWriter(path);
    return {
      add: (line) => {
        pending += line;
      },
      flush: async () => {
        if (pending === '') return;
        const text = pending;
        pending = '';
        await w.write(text);
      },
      close: async () => {
        if (pending !== '') await w.write(pending);
        pending = '';
        await w.close();
      },
    };
  }
  // No streaming writer (an injected io): the lines are kept and written at the end.
  const lines: string[] = [];
  return {
    add: (line) => {
      lines.push(line);
    },
    flush: async () => undefined,
    close: async () => {
      if (!io.writeText) throw new Error('cannot write files here');
      await io.writeText(path, lines.join(''));
    },
  };
}

/** The SHA-256 of a whole input, lowercase hexadecimal. */
async function hashAll(chunks: AsyncIterable<string | Uint8Array>): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of chunks) hash.update(chunk);
  return hash.digest('hex');
}

/** Passes chunks through while hashing their bytes (SHA-256), for the inputs of a tally file. */
function sha256Of(chunks: AsyncIterable<string | Uint8Array>): { chunks: AsyncIterable<string | Uint8Array>; digest: () => string } {
  const hash = createHash('sha256');
  async function* hashed() {
    for await (const chunk of chunks) {
      hash.update(chunk);
      yield chunk;
    }
  }
  let hex: string | undefined;
  return { chunks: hashed(), digest: () => (hex ??= hash.digest('hex')) };
}

async function* oneChunk(io: CliIo, file: string): AsyncGenerator<string> {
  yield await io.readText(file);
}

/** The targets of `--targets`: a shipped regime, or an organisation's file; a message when it cannot be read. */
export async function loadTargets(io: CliIo, name: string, locale: Locale): Promise<TargetRegime | string> {
  if (Object.hasOwn(TARGET_REGIMES, name)) return TARGET_REGIMES[name] as TargetRegime;
  const unreadable = say(locale, 'fichier d’objectifs illisible', 'unreadable targets file');
  let text: string;
  try {
    text = await io.readText(name);
  } catch (e) {
    return `${unreadable} (${name}): ${describeError(e, locale)}`;
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return `${unreadable} (${name}): ${describeJsonError(e, locale)}`;
  }
  const r = parseOwnTargets(data);
  if (r.ok) return r.value;
  return `${say(locale, 'fichier d’objectifs invalide', 'invalid targets file')} (${name}):\n${r.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`;
}

/** The JSON printed by `--json`: the summary, with the issue's field names first. */
export function summaryJson(s: PortfolioSummary): Record<string, unknown> {
  return {
    records: s.records,
    indicators: s.indicators.map((x) => ({
      id: x.id,
      group: x.group,
      numerator: x.numerator,
      denominator: x.denominator,
      unknown: x.unknown,
      rate: x.rate,
      amountRate: x.amountRate,
      target: x.target,
      met: x.met,
      goalYear: x.goalYear,
      targetKind: x.targetKind,
      gap: x.gap,
      numeratorAmount: x.numeratorAmount,
      denominatorAmount: x.denominatorAmount,
      amountMissing: x.amountMissing,
      label: x.label,
    })),
    by: s.by,
    period: s.period,
    targets: s.targets,
    considerationMinAmount: s.considerationMinAmount,
    parameters: s.parameters,
    legalRules: s.legalRules,
    rules: s.rules,
    dataQuality: s.dataQuality,
  };
}
