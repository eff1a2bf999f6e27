import { prepareEvaluation } from '../../engine/evaluate.js';
import type { Locale } from '../../model/localized.js';
import type { GroupDimension } from '../../portfolio/grouping.js';
import { type PortfolioSummary, summarisePortfolio } from '../../portfolio/summary.js';
import { addProblems, addRejection, addToTally, createTally } from '../../portfolio/tally.js';
import { parseOwnTargets, TARGET_REGIMES, type TargetRegime } from '../../portfolio/targets.js';
import type { MappedRecord } from '../../readers/stream.js';
import type { InputFormat } from '../../readers/types.js';
import type { RegimeReport } from '../../regimes/types.js';
import { portfolioHtml } from '../../report/html.js';
import { portfolioMarkdown } from '../../report/markdown.js';
import type { CommandContext } from '../context.js';
import { type CliIo, EXIT } from '../io.js';
import { describeError, describeJsonError, say } from '../messages.js';
import { countBytes, ProgressLine } from '../progress.js';
import { readInputBatches, UnsupportedFormatError } from '../records.js';
import { loadRegimes, reportRegimesError } from './regimes.js';

/**
 * `clausier portfolio <file|->`: streams the records, evaluates every contract, tallies the indicators and
 * prints the summary (Markdown or JSON), optionally writing the HTML report.
 * Exit 0 when done and no target is missed, 1 when a target is missed, 2 on invalid input.
 */
export async function portfolioCommand({ io, args, values, locale, asOf, version }: CommandContext): Promise<number> {
  const file = args[0] as string;
  const fail = (message: string): number => {
    io.err(`clausier: ${message}\n`);
    return EXIT.invalidInput;
  };
  const format: InputFormat = values.format ?? 'clausier';
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
  const size = io.size ? await io.size(file).catch(() => undefined) : undefined;
  let batches: AsyncIterable<MappedRecord[]>;
  const counted = countBytes(io.readStream ? io.readStream(file) : oneChunk(io, file));
  try {
    batches = readInputBatches(counted.chunks, format);
  } catch (e) {
    if (e instanceof UnsupportedFormatError) return fail(e.message);
    throw e;
  }
  const groupBy = values.by ?? ['year'];
  const by = regime && !groupBy.includes('year') ? (['year', ...groupBy] as GroupDimension[]) : groupBy;
  const minAmount = values['consideration-min-amount'];
  const tally = createTally({ by, ...(minAmount ? { considerationMinAmount: minAmount } : {}) });
  const evaluate = prepareEvaluation({ locale, asOf });
  const progress = values.progress || io.errIsTTY === true ? new ProgressLine(io, locale, size, io.errIsTTY === true) : undefined;
  let count = 0;
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
      progress?.update(count, counted.read());
    }
  } catch (e) {
    progress?.end();
    return fail(`${say(locale, 'entrée illisible', 'unreadable input')} (${file}): ${describeError(e, locale)}`);
  }
  progress?.end();
  const summary = summarisePortfolio(tally, regime ? { targets: regime } : {});
  if (values.html !== undefined) {
    if (!io.writeText) return fail(say(locale, 'écriture de fichier impossible ici', 'cannot write files here'));
    try {
      await io.writeText(values.html, portfolioHtml(summary, { locale, ...(regimes ? { regimes } : {}) }));
    } catch (e) {
      return fail(`${say(locale, 'écriture impossible', 'cannot write')} (${values.html}): ${describeError(e, locale)}`);
    }
    io.err(`${say(locale, 'rapport HTML écrit', 'HTML report written')}: ${values.html}\n`);
  }
  io.out(
    values.json
      ? `${JSON.stringify({ version, asOf, ...summaryJson(summary), regimes: regimes ?? null }, null, 2)}\n`
      : portfolioMarkdown(summary, { locale, ...(regimes ? { regimes } : {}) }),
  );
  const missed = summary.indicators.some((x) => x.met === false) || (regimes !== undefined && regimes.summary.fail > 0);
  return missed ? EXIT.failed : EXIT.ok;
}

async function* oneChunk(io: CliIo, file: string): AsyncGenerator<string> {
  yield await io.readText(file);
}

async function loadTargets(io: CliIo, name: string, locale: Locale): Promise<TargetRegime | string> {
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
