import { prepareEvaluation } from '../../engine/evaluate.js';
import type { Locale } from '../../model/localized.js';
import type { Money } from '../../model/money.js';
import type { GroupDimension } from '../../portfolio/grouping.js';
import { type PortfolioSummary, summarisePortfolio } from '../../portfolio/summary.js';
import { addProblems, addRejection, addToTally, createTally } from '../../portfolio/tally.js';
import { parseOwnTargets, TARGET_REGIMES, type TargetRegime } from '../../portfolio/targets.js';
import type { MappedRecord } from '../../readers/stream.js';
import type { InputFormat } from '../../readers/types.js';
import { portfolioHtml } from '../../report/html.js';
import { portfolioMarkdown } from '../../report/markdown.js';
import { type CliIo, EXIT } from '../io.js';
import { INPUT_FORMATS, readInputBatches, UnsupportedFormatError } from '../records.js';

/** Options of `clausier portfolio`. */
export interface PortfolioCommandOptions {
  /** The input file, or `-` for standard input. */
  readonly file: string;
  /** The input format. */
  readonly format: string;
  /** Grouping dimensions. */
  readonly by: readonly GroupDimension[];
  /** `armees`, `pnad` or the path of a targets JSON file. */
  readonly targets?: string;
  /** What to print on standard output. */
  readonly output: 'md' | 'json';
  /** Where to write the HTML report. */
  readonly html?: string;
  /** Language of the reports and messages. */
  readonly locale: Locale;
  /** Show progress on standard error even when it is not a terminal. */
  readonly progress: boolean;
  /** Evaluation date of the rules. */
  readonly asOf?: string;
  /** Scope of the consideration indicators. */
  readonly considerationMinAmount?: Money;
}

const PROGRESS_EVERY_MS = 250;

/**
 * `clausier portfolio <file|->`: streams the records, evaluates every contract, tallies the indicators and
 * prints the summary (Markdown or JSON), optionally writing the HTML report.
 * Exit 0 when done and no target is missed, 1 when a target is missed, 2 on invalid input.
 */
export async function portfolioCommand(io: CliIo, o: PortfolioCommandOptions): Promise<number> {
  const fr = o.locale === 'fr';
  const fail = (message: string): number => {
    io.err(`clausier: ${message}\n`);
    return EXIT.invalidInput;
  };
  if (!(INPUT_FORMATS as readonly string[]).includes(o.format)) {
    return fail(`${fr ? 'format inconnu' : 'unknown format'}: ${o.format} (${INPUT_FORMATS.join(', ')})`);
  }
  let regime: TargetRegime | undefined;
  if (o.targets !== undefined) {
    const r = await loadTargets(io, o.targets, fr);
    if (typeof r === 'string') return fail(r);
    regime = r;
  }
  let batches: AsyncIterable<MappedRecord[]>;
  try {
    const chunks = io.readStream ? io.readStream(o.file) : oneChunk(io, o.file);
    batches = readInputBatches(chunks, o.format as InputFormat);
  } catch (e) {
    if (e instanceof UnsupportedFormatError) return fail(e.message);
    throw e;
  }
  const by = regime && !o.by.includes('year') ? (['year', ...o.by] as GroupDimension[]) : o.by;
  const tally = createTally({ by, ...(o.considerationMinAmount ? { considerationMinAmount: o.considerationMinAmount } : {}) });
  const evaluate = prepareEvaluation({ locale: o.locale, ...(o.asOf ? { asOf: o.asOf } : {}) });
  const showProgress = o.progress || io.errIsTTY === true;
  const now = () => (io.now ? io.now() : Date.now());
  const started = now();
  let lastShown = started;
  let count = 0;
  const progressLine = () => {
    const seconds = Math.max((now() - started) / 1000, 0.001);
    return `\r${count} ${fr ? 'enregistrements' : 'records'}, ${Math.round(count / seconds)}/s`;
  };
  try {
    for await (const batch of batches) {
      for (const item of batch) {
        if (item.ok) {
          addToTally(tally, item.contract, evaluate(item.contract));
          if (item.problems.length > 0) addProblems(tally, { index: item.index, contract: item.contract.id, problems: item.problems });
        } else {
          addRejection(tally, item.index, item.reason, item.problems);
        }
      }
      count += batch.length;
      if (showProgress && now() - lastShown >= PROGRESS_EVERY_MS) {
        lastShown = now();
        io.err(progressLine());
      }
    }
  } catch (e) {
    if (showProgress) io.err('\n');
    return fail(`${fr ? 'entrée illisible' : 'unreadable input'} (${o.file}): ${(e as Error).message}`);
  }
  if (showProgress) io.err(`${progressLine()}\n`);
  const summary = summarisePortfolio(tally, regime ? { targets: regime } : {});
  if (o.html !== undefined) {
    if (!io.writeText) return fail(fr ? 'écriture de fichier impossible ici' : 'cannot write files here');
    try {
      await io.writeText(o.html, portfolioHtml(summary, { locale: o.locale }));
    } catch (e) {
      return fail(`${fr ? 'écriture impossible' : 'cannot write'} (${o.html}): ${(e as Error).message}`);
    }
    io.err(`${fr ? 'rapport HTML écrit' : 'HTML report written'}: ${o.html}\n`);
  }
  io.out(o.output === 'json' ? `${JSON.stringify(summaryJson(summary), null, 2)}\n` : portfolioMarkdown(summary, { locale: o.locale }));
  return summary.indicators.some((x) => x.met === false) ? EXIT.failed : EXIT.ok;
}

async function* oneChunk(io: CliIo, file: string): AsyncGenerator<string> {
  yield await io.readText(file);
}

async function loadTargets(io: CliIo, name: string, fr: boolean): Promise<TargetRegime | string> {
  const shipped = TARGET_REGIMES[name];
  if (shipped) return shipped;
  if (!name.toLowerCase().endsWith('.json')) {
    return `${fr ? 'objectifs inconnus' : 'unknown targets'}: ${name} (armees, pnad ${fr ? 'ou un fichier .json' : 'or a .json file'})`;
  }
  let data: unknown;
  try {
    data = JSON.parse((await io.readText(name)).replace(/^\uFEFF/, ''));
  } catch (e) {
    return `${fr ? 'fichier d’objectifs illisible' : 'unreadable targets file'} (${name}): ${(e as Error).message}`;
  }
  const r = parseOwnTargets(data);
  if (r.ok) return r.value;
  return `${fr ? 'fichier d’objectifs invalide' : 'invalid targets file'} (${name}):\n${r.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`;
}

/** The JSON printed by `--json`: the summary, with the issue's field names first. */
export function summaryJson(s: PortfolioSummary): unknown {
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
    dataQuality: s.dataQuality,
  };
}
