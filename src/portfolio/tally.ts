import type { Evaluation } from '../engine/evaluate.js';
import type { Contract } from '../model/contract-schema.js';
import {
  addFileProblems,
  countDefect,
  type DataQualityProblem,
  emptyFileTally,
  type FileTally,
  mergeFileTallies,
  normalisePath,
  rejectionClass,
} from './data-quality.js';
import { DUPLICATE_SAMPLE_LIMIT } from './duplicates.js';
import { addSums, type ExactSum, sumOf, ZERO_SUM } from './exact-sum.js';
import { type GroupDimension, type GroupKey, groupIdOf, groupOf } from './grouping.js';
import { INDICATORS, type IndicatorId, type IndicatorOptions } from './indicators.js';
import { addRuleCounts, mergeRuleCounts, type RuleCounts } from './rule-counts.js';
import { addCount, addSample, mergeSamples } from './samples.js';

/** Counts of one indicator in one group. Contracts out of the indicator's scope are not counted at all. */
export interface IndicatorCounts {
  /** Contracts in the numerator. */
  yes: number;
  /** Contracts in the denominator but not the numerator. */
  no: number;
  /** Contracts the data cannot classify: counted on neither side. */
  unknown: number;
  /** Exact sum of the amounts of the `yes` contracts that have one. */
  yesAmount: ExactSum;
  /** Exact sum of the amounts of the `no` contracts that have one. */
  noAmount: ExactSum;
  /** `yes` or `no` contracts without an amount: left out of the amount-weighted rate. */
  amountMissing: number;
}

/** The counts of one group of contracts. */
export interface GroupTally {
  /** The group. */
  readonly key: GroupKey;
  /** Contracts in the group. */
  contracts: number;
  /** Exact sum of the amounts of the group's contracts that have one. */
  amount: ExactSum;
  /** Counts per indicator. */
  readonly counts: Record<IndicatorId, IndicatorCounts>;
}

/** A record that could not be turned into a contract. */
export interface Rejection {
  /** Name of its input file, when the tally has named inputs. */
  readonly file?: string;
  /** Zero-based position of the record in its input. */
  readonly index: number;
  /** Why it was rejected. */
  readonly reason: string;
}

export type { DataQualityProblem } from './data-quality.js';

/** The data-quality problems of one record. */
export interface RecordProblems {
  /** Name of its input file, when the tally has named inputs. */
  readonly file?: string;
  /** Zero-based position of the record in its input. */
  readonly index: number;
  /** The contract id, when the record was mapped. */
  readonly contract?: string;
  /** Its problems. */
  readonly problems: readonly DataQualityProblem[];
}

/** How many records with data-quality problems are kept in detail, in memory and in the output; all of them are counted. */
export const PROBLEM_SAMPLE_LIMIT = 100;

/** How many rejections are kept in detail, in memory and in the output; all of them are counted (see `--rejections-out`). */
export const REJECTION_SAMPLE_LIMIT = 100;

/**
 * The mergeable state of a portfolio run: counts per group and indicator, exact amount sums, verdicts per rule,
 * records accounted for per input file with their data quality, and capped samples of rejections and problems.
 * Its size grows with the number of groups, rules and defect classes, never with the number of records.
 * {@link mergeTallies} is associative and commutative, so chunks, workers or machines can be combined in any order.
 * Plain data (Maps, bigints): it survives `structuredClone`, hence `postMessage` to and from workers; see
 * {@link tallyToJson} for a file.
 */
export interface PortfolioTally {
  /** The grouping dimensions. */
  readonly by: readonly GroupDimension[];
  /** The indicator options. */
  readonly options: IndicatorOptions;
  /** Counts per group, keyed by a stable string of the group values. */
  readonly groups: Map<string, GroupTally>;
  /** Contracts counted. */
  evaluated: number;
  /** Records rejected (all of them; {@link PortfolioTally.rejections} lists the first). */
  rejected: number;
  /** Records dropped as exact duplicates of an earlier record of the same file. */
  duplicates: number;
  /** The rejections of lowest position, at most {@link REJECTION_SAMPLE_LIMIT}, sorted by file and index. */
  rejections: Rejection[];
  /** Records (evaluated, rejected or duplicate) with at least one data-quality problem. */
  problemRecords: number;
  /** Number of problems per JSON path (array indexes written `[*]`). */
  readonly problemsByPath: Map<string, number>;
  /** The records with problems of lowest position, at most {@link PROBLEM_SAMPLE_LIMIT}, sorted by file and index. */
  problemSamples: RecordProblems[];
  /** Verdicts per rule over the contracts evaluated, by rule id. */
  readonly rules: Map<string, RuleCounts>;
  /** Records accounted for and data quality per input file, by file name (`""` for an unnamed input). */
  readonly files: Map<string, FileTally>;
  /** Earliest notification date seen. */
  firstNotification: string | undefined;
  /** Latest notification date seen. */
  lastNotification: string | undefined;
}

/** Options of {@link createTally}. */
export interface TallyOptions extends IndicatorOptions {
  /** Grouping dimensions, in order. Default: none (the whole portfolio only). */
  readonly by?: readonly GroupDimension[];
}

/** An empty tally. */
export function createTally(options: TallyOptions = {}): PortfolioTally {
  const { by = [], ...indicatorOptions } = options;
  return {
    by: [...by],
    options: indicatorOptions,
    groups: new Map(),
    evaluated: 0,
    rejected: 0,
    duplicates: 0,
    rejections: [],
    problemRecords: 0,
    problemsByPath: new Map(),
    problemSamples: [],
    rules: new Map(),
    files: new Map(),
    firstNotification: undefined,
    lastNotification: undefined,
  };
}

const emptyCounts = (): IndicatorCounts => ({ yes: 0, no: 0, unknown: 0, yesAmount: ZERO_SUM, noAmount: ZERO_SUM, amountMissing: 0 });

function emptyGroup(key: GroupKey): GroupTally {
  const counts = {} as Record<IndicatorId, IndicatorCounts>;
  for (const i of INDICATORS) counts[i.id] = emptyCounts();
  return { key, contracts: 0, amount: ZERO_SUM, counts };
}

/** The tally of an input file, created on first use. */
export function fileTally(tally: PortfolioTally, file: string | undefined): FileTally {
  const key = file ?? '';
  let f = tally.files.get(key);
  if (f === undefined) {
    f = emptyFileTally();
    tally.files.set(key, f);
  }
  return f;
}

/**
 * Counts one contract and its evaluation (by every shipped rule) into the tally, in place, and returns the tally.
 * `file` names its input file, for the per-file accounts.
 * @throws MissingFindingError when the evaluation lacks a rule an indicator reads.
 */
export function addToTally(tally: PortfolioTally, contract: Contract, evaluation: Evaluation, file?: string): PortfolioTally {
  const id = groupIdOf(contract, tally.by);
  let group = tally.groups.get(id);
  if (!group) {
    group = emptyGroup(groupOf(contract, tally.by));
    tally.groups.set(id, group);
  }
  const amount = contract.amountExclTax === undefined ? undefined : sumOf(contract.amountExclTax);
  group.contracts++;
  if (amount) group.amount = addSums(group.amount, amount);
  for (const indicator of INDICATORS) {
    const v = indicator.measure(contract, evaluation, tally.options);
    if (v === 'out') continue;
    const c = group.counts[indicator.id];
    if (v === 'unknown') c.unknown++;
    else if (v === 'yes') {
      c.yes++;
      if (amount) c.yesAmount = addSums(c.yesAmount, amount);
      else c.amountMissing++;
    } else {
      c.no++;
      if (amount) c.noAmount = addSums(c.noAmount, amount);
      else c.amountMissing++;
    }
  }
  tally.evaluated++;
  fileTally(tally, file).evaluated++;
  addRuleCounts(tally.rules, evaluation);
  const n = contract.dates?.notification;
  if (n !== undefined) {
    if (tally.firstNotification === undefined || n < tally.firstNotification) tally.firstNotification = n;
    if (tally.lastNotification === undefined || n > tally.lastNotification) tally.lastNotification = n;
  }
  return tally;
}

/** Records a rejected record (and its data-quality problems, if any), in place; returns the tally. */
export function addRejection(
  tally: PortfolioTally,
  index: number,
  reason: string,
  problems: readonly DataQualityProblem[] = [],
  file?: string,
): PortfolioTally {
  tally.rejected++;
  const f = fileTally(tally, file);
  f.rejected++;
  countDefect(f.rejections, rejectionClass(reason), index);
  addSample(tally.rejections, file === undefined ? { index, reason } : { file, index, reason }, REJECTION_SAMPLE_LIMIT);
  if (problems.length > 0) addProblems(tally, file === undefined ? { index, problems } : { file, index, problems });
  return tally;
}

/**
 * Records a record dropped as an exact duplicate of the record at index `first` of the same file, in place; returns
 * the tally. Its data-quality problems are counted apart, with {@link addProblems}.
 */
export function addDuplicate(tally: PortfolioTally, index: number, first: number, file?: string): PortfolioTally {
  tally.duplicates++;
  const f = fileTally(tally, file);
  f.duplicates++;
  addSample(f.duplicateSamples, file === undefined ? { index, first } : { file, index, first }, DUPLICATE_SAMPLE_LIMIT);
  return tally;
}

/** Records the data-quality problems of a record, in place; returns the tally. Empty lists are ignored. */
export function addProblems(tally: PortfolioTally, record: RecordProblems): PortfolioTally {
  if (record.problems.length === 0) return tally;
  tally.problemRecords++;
  for (const p of record.problems) addCount(tally.problemsByPath, normalisePath(p.path));
  addFileProblems(fileTally(tally, record.file), record.index, record.problems);
  addSample(tally.problemSamples, record, PROBLEM_SAMPLE_LIMIT);
  return tally;
}

/** Thrown when two tallies with different grouping or options are merged. */
export class TallyMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TallyMismatchError';
  }
}

/**
 * Merges two tallies into a new one (the inputs are left unchanged). Associative and commutative: any split of
 * the records into chunks, tallied and merged in any order, gives the same result.
 * @throws TallyMismatchError when the tallies were created with different options.
 */
export function mergeTallies(a: PortfolioTally, b: PortfolioTally): PortfolioTally {
  if (JSON.stringify(a.by) !== JSON.stringify(b.by)) throw new TallyMismatchError(`Cannot merge tallies grouped by ${a.by} and ${b.by}`);
  if (a.options.considerationMinAmount !== b.options.considerationMinAmount) {
    throw new TallyMismatchError('Cannot merge tallies with different indicator options');
  }
  const out = createTally({ by: a.by, ...a.options });
  for (const src of [a, b]) {
    for (const [id, g] of src.groups) {
      const existing = out.groups.get(id);
      out.groups.set(id, existing ? mergeGroups(existing, g) : cloneGroup(g));
    }
    for (const [path, n] of src.problemsByPath) addCount(out.problemsByPath, path, n);
  }
  out.evaluated = a.evaluated + b.evaluated;
  out.rejected = a.rejected + b.rejected;
  out.duplicates = a.duplicates + b.duplicates;
  out.rejections = mergeSamples(a.rejections, b.rejections, REJECTION_SAMPLE_LIMIT);
  out.problemRecords = a.problemRecords + b.problemRecords;
  out.problemSamples = mergeSamples(a.problemSamples, b.problemSamples, PROBLEM_SAMPLE_LIMIT);
  for (const [id, r] of mergeRuleCounts(a.rules, b.rules)) out.rules.set(id, r);
  for (const src of [a, b]) {
    for (const [name, f] of src.files) {
      const existing = out.files.get(name);
      out.files.set(name, existing ? mergeFileTallies(existing, f) : mergeFileTallies(emptyFileTally(), f));
    }
  }
  out.firstNotification = pick(a.firstNotification, b.firstNotification, (x, y) => x < y);
  out.lastNotification = pick(a.lastNotification, b.lastNotification, (x, y) => x > y);
  return out;
}

function pick(a: string | undefined, b: string | undefined, better: (x: string, y: string) => boolean): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return better(b, a) ? b : a;
}

const cloneGroup = (g: GroupTally): GroupTally => mergeGroups(emptyGroup(g.key), g);

function mergeGroups(a: GroupTally, b: GroupTally): GroupTally {
  const out = emptyGroup(a.key);
  out.contracts = a.contracts + b.contracts;
  out.amount = addSums(a.amount, b.amount);
  for (const i of INDICATORS) {
    const x = a.counts[i.id];
    const y = b.counts[i.id];
    out.counts[i.id] = {
      yes: x.yes + y.yes,
      no: x.no + y.no,
      unknown: x.unknown + y.unknown,
      yesAmount: addSums(x.yesAmount, y.yesAmount),
      noAmount: addSums(x.noAmount, y.noAmount),
      amountMissing: x.amountMissing + y.amountMissing,
    };
  }
  return out;
}
