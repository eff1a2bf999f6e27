import * as z from 'zod';
import { jsonPath } from '../model/validation.js';
import type { DefectCount, FileTally } from './data-quality.js';
import type { ExactSum } from './exact-sum.js';
import { GROUP_DIMENSIONS, type GroupDimension } from './grouping.js';
import { INDICATOR_IDS, type IndicatorId } from './indicators.js';
import type { RuleCounts } from './rule-counts.js';
import { createTally, type GroupTally, type IndicatorCounts, mergeTallies, type PortfolioTally, TallyMismatchError } from './tally.js';

/** The `format` member of a tally file. */
export const TALLY_FILE_FORMAT = 'clausier-tally';
/** The version of the tally file format written by this build (read: this version only). */
export const TALLY_FILE_VERSION = 1;

/** One input counted in a tally file. */
export interface TallyInput {
  /** The file's name as given (`-` for standard input). */
  readonly file: string;
  /** The input format it was read as (`decp`, `decp-csv`…). */
  readonly format: string;
  /** Its size in bytes. */
  readonly bytes: number;
  /** SHA-256 of its bytes, lowercase hexadecimal. */
  readonly sha256: string;
}

/** What a tally file says of the run that wrote it, beside the counts. */
export interface TallyMeta {
  /** The evaluation date of the rules (`YYYY-MM-DD`): tallies of different dates cannot be merged. */
  readonly asOf: string;
  /** The inputs counted. */
  readonly inputs: readonly TallyInput[];
  /** The version of clausier that wrote it (informative). */
  readonly clausier?: string;
}

/** A tally with what it was computed from: the content of a tally file. */
export interface TallyFile extends TallyMeta {
  /** The counts. */
  readonly tally: PortfolioTally;
}

/** Thrown when a tally file cannot be read: wrong format or version, or invalid content (with its JSON path). */
export class TallyFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TallyFileError';
  }
}

const sumJson = (s: ExactSum) => ({ units: s.units.toString(), scale: s.scale });
const countsJson = (c: IndicatorCounts) => ({ ...c, yesAmount: sumJson(c.yesAmount), noAmount: sumJson(c.noAmount) });
const defectsJson = (m: ReadonlyMap<string, DefectCount>) => [...m].map(([k, d]) => ({ class: k, ...d }));

/**
 * The tally as a JSON value (versioned, plain JSON: bigints as decimal strings, maps as lists), with the inputs,
 * their SHA-256 and the evaluation date, so that tallies computed apart — other processes, other machines — can be
 * checked and merged later with {@link tallyFromJson} and {@link mergeTallyFiles}.
 */
export function tallyToJson(file: TallyFile): unknown {
  const t = file.tally;
  return {
    format: TALLY_FILE_FORMAT,
    version: TALLY_FILE_VERSION,
    ...(file.clausier === undefined ? {} : { clausier: file.clausier }),
    asOf: file.asOf,
    inputs: file.inputs,
    by: t.by,
    options: t.options,
    evaluated: t.evaluated,
    rejected: t.rejected,
    duplicates: t.duplicates,
    rejections: t.rejections,
    problemRecords: t.problemRecords,
    problemsByPath: [...t.problemsByPath].map(([path, count]) => ({ path, count })),
    problemSamples: t.problemSamples,
    firstNotification: t.firstNotification ?? null,
    lastNotification: t.lastNotification ?? null,
    groups: [...t.groups].map(([id, g]) => ({
      id,
      key: g.key,
      contracts: g.contracts,
      amount: sumJson(g.amount),
      counts: Object.fromEntries(Object.entries(g.counts).map(([k, c]) => [k, countsJson(c)])),
    })),
    rules: [...t.rules].map(([rule, c]) => ({
      rule,
      kind: c.kind,
      pass: c.pass,
      fail: c.fail,
      notApplicable: c.notApplicable,
      unknown: c.unknown,
      unknownReasons: [...c.unknownReasons].map(([reason, count]) => ({ reason, count })),
    })),
    files: [...t.files].map(([name, f]) => ({
      file: name,
      evaluated: f.evaluated,
      rejected: f.rejected,
      duplicates: f.duplicates,
      problemRecords: f.problemRecords,
      defects: defectsJson(f.defects),
      rejections: defectsJson(f.rejections),
      duplicateSamples: f.duplicateSamples,
      sharedIds: f.sharedIds,
    })),
  };
}

let schema: ReturnType<typeof buildSchema> | undefined;

function buildSchema() {
  const count = z.number().int().nonnegative();
  const sum = z.object({ units: z.string().regex(/^-?\d+$/), scale: z.number().int().nonnegative().max(100) });
  const counts = z.object({ yes: count, no: count, unknown: count, yesAmount: sum, noAmount: sum, amountMissing: count });
  const position = { file: z.string().optional(), index: count };
  const defect = z.object({ class: z.string(), count, records: count, samples: z.array(count) });
  const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
  return z.object({
    format: z.literal(TALLY_FILE_FORMAT),
    version: z.literal(TALLY_FILE_VERSION),
    clausier: z.string().optional(),
    asOf: date,
    inputs: z.array(z.object({ file: z.string(), format: z.string(), bytes: count, sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
    by: z.array(z.enum(GROUP_DIMENSIONS)),
    options: z.object({ considerationMinAmount: z.string().optional() }),
    evaluated: count,
    rejected: count,
    duplicates: count,
    rejections: z.array(z.object({ ...position, reason: z.string() })),
    problemRecords: count,
    problemsByPath: z.array(z.object({ path: z.string(), count })),
    problemSamples: z.array(
      z.object({
        ...position,
        contract: z.string().optional(),
        problems: z.array(z.object({ path: z.string(), value: z.unknown().optional(), reason: z.string(), code: z.string().optional() })),
      }),
    ),
    firstNotification: date.nullable(),
    lastNotification: date.nullable(),
    groups: z.array(
      z.object({
        id: z.string(),
        key: z.object({
          year: z.union([z.number().int(), z.literal('unknown')]).optional(),
          buyer: z.string().optional(),
          nature: z.string().optional(),
        }),
        contracts: count,
        amount: sum,
        counts: z.record(z.enum(INDICATOR_IDS), counts),
      }),
    ),
    rules: z.array(
      z.object({
        rule: z.string(),
        kind: z.enum(['law', 'indicator']),
        pass: count,
        fail: count,
        notApplicable: count,
        unknown: count,
        unknownReasons: z.array(z.object({ reason: z.string(), count })),
      }),
    ),
    files: z.array(
      z.object({
        file: z.string(),
        evaluated: count,
        rejected: count,
        duplicates: count,
        problemRecords: count,
        defects: z.array(defect),
        rejections: z.array(defect),
        duplicateSamples: z.array(z.object({ ...position, first: count })),
        sharedIds: z.object({
          ids: count,
          records: count,
          differingIds: count,
          samples: z.array(z.object({ ...position, id: z.string(), records: count, distinct: count })),
        }),
      }),
    ),
  });
}

const toSum = (s: { units: string; scale: number }): ExactSum => ({ units: BigInt(s.units), scale: s.scale });
const toDefects = (list: ReadonlyArray<{ class: string } & DefectCount>) =>
  new Map(list.map(({ class: k, ...d }) => [k, { count: d.count, records: d.records, samples: [...d.samples] }]));

/**
 * Reads a tally file's JSON value (written by {@link tallyToJson}).
 * @throws TallyFileError when it is not a tally file, has another version, or is invalid (the message names the path).
 */
export function tallyFromJson(json: unknown): TallyFile {
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== TALLY_FILE_FORMAT) {
    throw new TallyFileError(`not a clausier tally file (expected "format": "${TALLY_FILE_FORMAT}")`);
  }
  const version = (json as { version?: unknown }).version;
  if (version !== TALLY_FILE_VERSION) {
    throw new TallyFileError(
      `tally file version ${JSON.stringify(version)} is not supported (this build reads version ${TALLY_FILE_VERSION})`,
    );
  }
  schema ??= buildSchema();
  const r = schema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new TallyFileError(`invalid tally file: ${issue ? `${jsonPath(issue.path)}: ${issue.message}` : 'unreadable'}`);
  }
  const v = r.data;
  const tally = createTally({
    by: v.by as GroupDimension[],
    ...(v.options.considerationMinAmount === undefined ? {} : { considerationMinAmount: v.options.considerationMinAmount as never }),
  });
  tally.evaluated = v.evaluated;
  tally.rejected = v.rejected;
  tally.duplicates = v.duplicates;
  tally.rejections = v.rejections as PortfolioTally['rejections'];
  tally.problemRecords = v.problemRecords;
  for (const p of v.problemsByPath) tally.problemsByPath.set(p.path, p.count);
  tally.problemSamples = v.problemSamples as PortfolioTally['problemSamples'];
  tally.firstNotification = v.firstNotification ?? undefined;
  tally.lastNotification = v.lastNotification ?? undefined;
  for (const g of v.groups) {
    const counts = {} as Record<IndicatorId, IndicatorCounts>;
    for (const id of INDICATOR_IDS) {
      const c = g.counts[id];
      if (!c) throw new TallyFileError(`invalid tally file: group ${g.id} has no counts for indicator ${id}`);
      counts[id] = { ...c, yesAmount: toSum(c.yesAmount), noAmount: toSum(c.noAmount) };
    }
    const group: GroupTally = { key: g.key as GroupTally['key'], contracts: g.contracts, amount: toSum(g.amount), counts };
    tally.groups.set(g.id, group);
  }
  for (const r of v.rules) {
    const c: RuleCounts = {
      kind: r.kind,
      pass: r.pass,
      fail: r.fail,
      notApplicable: r.notApplicable,
      unknown: r.unknown,
      unknownReasons: new Map(r.unknownReasons.map((x) => [x.reason, x.count])),
    };
    tally.rules.set(r.rule, c);
  }
  for (const f of v.files) {
    const file: FileTally = {
      evaluated: f.evaluated,
      rejected: f.rejected,
      duplicates: f.duplicates,
      problemRecords: f.problemRecords,
      defects: toDefects(f.defects),
      rejections: toDefects(f.rejections),
      duplicateSamples: f.duplicateSamples as FileTally['duplicateSamples'],
      sharedIds: f.sharedIds as FileTally['sharedIds'],
    };
    tally.files.set(f.file, file);
  }
  return { asOf: v.asOf, inputs: v.inputs, ...(v.clausier === undefined ? {} : { clausier: v.clausier }), tally };
}

/**
 * Merges tally files computed apart (shards of a dataset, other machines) into one: the same counts as one run over
 * all their inputs. Inputs are listed in the order given.
 * @throws TallyMismatchError when the evaluation dates, groupings or options differ, or when one input (same name
 * or same SHA-256) was counted in two of them.
 */
export function mergeTallyFiles(files: readonly TallyFile[]): TallyFile {
  const first = files[0];
  if (first === undefined) throw new TallyMismatchError('nothing to merge');
  const inputs: TallyInput[] = [];
  const names = new Set<string>();
  const hashes = new Map<string, string>();
  let tally = createTally({ by: first.tally.by, ...first.tally.options });
  for (const f of files) {
    if (f.asOf !== first.asOf) throw new TallyMismatchError(`cannot merge tallies evaluated on ${first.asOf} and on ${f.asOf}`);
    for (const input of f.inputs) {
      if (names.has(input.file)) throw new TallyMismatchError(`input ${input.file} is counted in two tallies`);
      const same = hashes.get(input.sha256);
      if (same !== undefined)
        throw new TallyMismatchError(`inputs ${same} and ${input.file} have the same content (SHA-256 ${input.sha256})`);
      names.add(input.file);
      hashes.set(input.sha256, input.file);
      inputs.push(input);
    }
    tally = mergeTallies(tally, f.tally);
  }
  return { asOf: first.asOf, inputs, ...(first.clausier === undefined ? {} : { clausier: first.clausier }), tally };
}
