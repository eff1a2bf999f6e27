import { DUPLICATE_SAMPLE_LIMIT, type DuplicateSample, SHARED_ID_SAMPLE_LIMIT, type SharedIds } from './duplicates.js';
import { addIndexSample, mergeIndexSamples, mergeSamples } from './samples.js';

/** A data-quality problem of one record (the shape readers report). */
export interface DataQualityProblem {
  /** JSON path inside the source record. */
  readonly path: string;
  /** The offending value, when there is one. */
  readonly value?: unknown;
  /** What is wrong and what was done. */
  readonly reason: string;
  /** Stable defect class, when the reader gives one (`amount-placeholder`, `cpv-repaired`…). */
  readonly code?: string;
}

/** One defect class in one input file: how often, in how many records, and the first of them. */
export interface DefectCount {
  /** Problems of this class. */
  count: number;
  /** Records with at least one of them. */
  records: number;
  /** Indexes of the first records with one, at most {@link DEFECT_SAMPLE_LIMIT}. */
  samples: number[];
}

/** What one input file gave: records accounted for, defects by class, duplicates and shared identifiers. */
export interface FileTally {
  /** Records evaluated. */
  evaluated: number;
  /** Records rejected. */
  rejected: number;
  /** Records dropped as exact duplicates of an earlier record of the file. */
  duplicates: number;
  /** Records (evaluated, rejected or duplicate) with at least one data-quality problem. */
  problemRecords: number;
  /** Problems per defect class: the reader's `code`, or the field path (array indexes written `[*]`) when it gives none. */
  readonly defects: Map<string, DefectCount>;
  /** Rejections per class: the reason up to its first colon, quoted values left out. */
  readonly rejections: Map<string, DefectCount>;
  /** The first duplicates dropped, at most {@link DUPLICATE_SAMPLE_LIMIT}. */
  duplicateSamples: DuplicateSample[];
  /** Identifiers carried by several records of the file (found when the file has been read whole). */
  sharedIds: SharedIds;
}

/** Record indexes listed per defect class (the counts are exact). */
export const DEFECT_SAMPLE_LIMIT = 5;

/** A file's tally before any record. */
export function emptyFileTally(): FileTally {
  return {
    evaluated: 0,
    rejected: 0,
    duplicates: 0,
    problemRecords: 0,
    defects: new Map(),
    rejections: new Map(),
    duplicateSamples: [],
    sharedIds: { ids: 0, records: 0, differingIds: 0, samples: [] },
  };
}

/** `$.titulaires[3].id` → `$.titulaires[*].id`. */
export const normalisePath = (path: string): string => (path.includes('[') ? path.replace(/\[\d+\]/g, '[*]') : path);

/** The defect class of a problem: its code, else its normalised path. */
export const defectClass = (p: DataQualityProblem): string => p.code ?? normalisePath(p.path);

/** The class of a rejection reason: the text up to its first `: `, quoted values replaced by `"…"`, at most 120 characters. */
export function rejectionClass(reason: string): string {
  const colon = reason.indexOf(': ');
  let head = colon < 0 ? reason : reason.slice(0, colon);
  if (head.includes('"')) head = head.replace(/"(?:[^"\\]|\\.)*"/g, '"…"');
  return head.length > 120 ? `${head.slice(0, 119)}…` : head;
}

/** Counts one record under a class of a map, in place. */
export function countDefect(map: Map<string, DefectCount>, key: string, index: number, problems = 1, records = 1): void {
  let d = map.get(key);
  if (d === undefined) {
    d = { count: 0, records: 0, samples: [] };
    map.set(key, d);
  }
  d.count += problems;
  d.records += records;
  addIndexSample(d.samples, index, DEFECT_SAMPLE_LIMIT);
}

/** Counts the problems of one record of a file, in place. */
export function addFileProblems(file: FileTally, index: number, problems: readonly DataQualityProblem[]): void {
  if (problems.length === 0) return;
  file.problemRecords++;
  if (problems.length === 1) {
    countDefect(file.defects, defectClass(problems[0] as DataQualityProblem), index);
    return;
  }
  // Several problems: each class counts the record once.
  const classes = new Map<string, number>();
  for (const p of problems) {
    const k = defectClass(p);
    classes.set(k, (classes.get(k) ?? 0) + 1);
  }
  for (const [k, n] of classes) countDefect(file.defects, k, index, n, 1);
}

function mergeDefects(a: ReadonlyMap<string, DefectCount>, b: ReadonlyMap<string, DefectCount>): Map<string, DefectCount> {
  const out = new Map<string, DefectCount>();
  for (const [k, d] of a) out.set(k, { ...d, samples: [...d.samples] });
  for (const [k, d] of b) {
    const x = out.get(k);
    out.set(
      k,
      x
        ? {
            count: x.count + d.count,
            records: x.records + d.records,
            samples: mergeIndexSamples(x.samples, d.samples, DEFECT_SAMPLE_LIMIT),
          }
        : { ...d, samples: [...d.samples] },
    );
  }
  return out;
}

/**
 * The sum of two tallies of the same file (parts of it read apart), as a new tally. Duplicates and shared identifiers
 * are then those found within each part.
 */
export function mergeFileTallies(a: FileTally, b: FileTally): FileTally {
  return {
    evaluated: a.evaluated + b.evaluated,
    rejected: a.rejected + b.rejected,
    duplicates: a.duplicates + b.duplicates,
    problemRecords: a.problemRecords + b.problemRecords,
    defects: mergeDefects(a.defects, b.defects),
    rejections: mergeDefects(a.rejections, b.rejections),
    duplicateSamples: mergeSamples(a.duplicateSamples, b.duplicateSamples, DUPLICATE_SAMPLE_LIMIT),
    sharedIds: {
      ids: a.sharedIds.ids + b.sharedIds.ids,
      records: a.sharedIds.records + b.sharedIds.records,
      differingIds: a.sharedIds.differingIds + b.sharedIds.differingIds,
      samples: mergeSamples(a.sharedIds.samples, b.sharedIds.samples, SHARED_ID_SAMPLE_LIMIT),
    },
  };
}
