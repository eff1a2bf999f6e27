import { summarisePortfolio } from '../../portfolio/summary.js';
import { TallyMismatchError } from '../../portfolio/tally.js';
import { mergeTallyFiles, type TallyFile, TallyFileError, tallyFromJson } from '../../portfolio/tally-file.js';
import type { TargetRegime } from '../../portfolio/targets.js';
import type { CommandContext } from '../context.js';
import { EXIT } from '../io.js';
import { describeError, describeJsonError, say } from '../messages.js';
import { loadTargets, reportSummary } from './portfolio.js';

/**
 * `clausier merge <tally.json>…`: reads tally files written by `portfolio --tally-out` (shards of a dataset counted
 * by other processes or machines), checks that they can be merged — same evaluation date, grouping and options, no
 * input counted twice — and prints the report of all their inputs, as one `portfolio` run over them would.
 * Exit 0, 1 when a target is missed, 2 when a tally file is unreadable, invalid or cannot be merged.
 */
export async function mergeCommand({ io, args, values, locale, version }: CommandContext): Promise<number> {
  const fail = (message: string): number => {
    io.err(`clausier: ${message}\n`);
    return EXIT.invalidInput;
  };
  const files: TallyFile[] = [];
  for (const name of args) {
    let text: string;
    try {
      text = await io.readText(name);
    } catch (e) {
      return fail(`${say(locale, 'décompte illisible', 'unreadable tally')} (${name}): ${describeError(e, locale)}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      return fail(`${say(locale, 'décompte illisible', 'unreadable tally')} (${name}): ${describeJsonError(e, locale)}`);
    }
    try {
      files.push(tallyFromJson(json));
    } catch (e) {
      if (e instanceof TallyFileError) return fail(`${name}: ${e.message}`);
      throw e;
    }
  }
  let merged: TallyFile;
  try {
    merged = mergeTallyFiles(files);
  } catch (e) {
    if (e instanceof TallyMismatchError) return fail(`${say(locale, 'fusion impossible', 'cannot merge')}: ${e.message}`);
    throw e;
  }
  const asked = values['as-of'];
  if (asked !== undefined && asked !== merged.asOf) {
    return fail(
      say(
        locale,
        `les décomptes ont été évalués au ${merged.asOf}, pas au ${asked}`,
        `the tallies were evaluated on ${merged.asOf}, not on ${asked}`,
      ),
    );
  }
  let regime: TargetRegime | undefined;
  if (values.targets !== undefined) {
    const r = await loadTargets(io, values.targets, locale);
    if (typeof r === 'string') return fail(r);
    regime = r;
  }
  if (regime && !merged.tally.by.includes('year')) {
    return fail(
      say(
        locale,
        'les objectifs sont annuels : les décomptes doivent être groupés par année (portfolio --by year)',
        'targets are yearly: the tallies must be grouped by year (portfolio --by year)',
      ),
    );
  }
  const summary = summarisePortfolio(merged.tally, regime ? { targets: regime } : {});
  return reportSummary(io, summary, {
    json: values.json,
    html: values.html,
    locale,
    header: { version, asOf: merged.asOf, inputs: merged.inputs },
  });
}
