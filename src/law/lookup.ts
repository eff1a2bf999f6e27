import { addDays, type CalendarDate } from '../model/calendar-date.js';
import { PARAMETERS, type ParameterKey } from './parameters/index.js';
import type { DatedValue, ParameterDefinition, ParameterUse, ParameterValue } from './types.js';

/**
 * Why a parameter has no value at a date: the date is `before-history` (before its first known value), `not-yet-published`
 * (after its last published period, e.g. an EU threshold after 2027), or falls in a `gap` of its history.
 */
export type CoverageGap = 'before-history' | 'not-yet-published' | 'gap';

/** Thrown when a parameter is asked for at a date its history does not cover. Never a silent default. */
export class ParameterCoverageError extends Error {
  /** The parameter's key. */
  readonly key: string;
  /** The date asked for. */
  readonly date: string;
  /** First date covered by the parameter's history. */
  readonly coveredFrom: string;
  /** Last date covered by the parameter's history (`null`: open-ended). */
  readonly coveredTo: string | null;
  /** Why there is no value: before the history, after the last published period, or in a gap. */
  readonly reason: CoverageGap;
  constructor(key: string, date: string, coveredFrom: string, coveredTo: string | null = null) {
    const reason: CoverageGap =
      date < coveredFrom ? 'before-history' : coveredTo !== null && date > coveredTo ? 'not-yet-published' : 'gap';
    super(
      reason === 'not-yet-published'
        ? `Parameter ${key} is not yet published for ${date} (its last published period ends on ${coveredTo})`
        : reason === 'before-history'
          ? `Parameter ${key} has no value at ${date} (its history starts on ${coveredFrom})`
          : `Parameter ${key} has no value at ${date} (gap in its history)`,
    );
    this.name = 'ParameterCoverageError';
    this.key = key;
    this.date = date;
    this.coveredFrom = coveredFrom;
    this.coveredTo = coveredTo;
    this.reason = reason;
  }
}

/** Thrown when a parameter key is not in the tree. */
export class UnknownParameterError extends Error {
  constructor(key: string) {
    super(`Unknown parameter: ${key}`);
    this.name = 'UnknownParameterError';
  }
}

/** The definition of a parameter, with its whole history. */
export function parameterDefinition(key: string): ParameterDefinition {
  const p = DEFINITIONS.get(key);
  if (!p) throw new UnknownParameterError(key);
  return p;
}

// Rules look parameters up on every contract: a Map answers faster than a keyed load on the large parameter object.
const DEFINITIONS: ReadonlyMap<string, ParameterDefinition> = new Map(Object.entries(PARAMETERS as Record<string, ParameterDefinition>));

/** The dated value covering `date`, or `undefined`. ISO dates compare as strings. */
export function findValue(p: ParameterDefinition, date: string): DatedValue | undefined {
  const values = p.values;
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i] as DatedValue;
    if (v.from <= date) return v.to === null || date <= v.to ? v : undefined;
  }
  return undefined;
}

/**
 * The value of a parameter at a date (`YYYY-MM-DD`), with its period, confidence and sources.
 *
 * @throws ParameterCoverageError when the date is outside the parameter's history.
 * @throws UnknownParameterError when the key is not known.
 */
export function getParameter(key: ParameterKey | (string & {}), date: string): ParameterUse {
  const p = parameterDefinition(key);
  const v = findValue(p, date);
  if (!v) throw new ParameterCoverageError(key, date, p.values[0]?.from ?? '', p.values[p.values.length - 1]?.to ?? null);
  return toUse(p, v);
}

// A parameter use depends only on the dated value: one frozen object per value, shared by every finding.
const useCache = new Map<DatedValue, ParameterUse>();

function toUse(p: ParameterDefinition, v: DatedValue): ParameterUse {
  let use = useCache.get(v);
  if (use === undefined) {
    use = Object.freeze({
      key: p.key,
      value: v.value,
      unit: p.unit,
      validFrom: v.from,
      validTo: v.to,
      confidence: v.confidence,
      sources: v.sources,
      note: v.note,
    });
    useCache.set(v, use);
  }
  return use;
}

/**
 * The value of a parameter when the exact lookup date is unknown but known to be at or before `upTo`
 * (e.g. a missing launch date bounded by the notification date). Returns the value only when it is the same
 * on every covered day up to `upTo`; otherwise `undefined`, since deciding would mean guessing.
 */
export function getParameterIfConstantUpTo(key: string, upTo: string): ParameterUse | undefined {
  const p = parameterDefinition(key);
  const last = findValue(p, upTo);
  if (!last) return undefined;
  for (const v of p.values) {
    if (v.from > upTo) break;
    if (!sameValue(v.value, last.value)) return undefined;
  }
  return toUse(p, last);
}

const sameValue = (a: ParameterValue, b: ParameterValue) => a === b;

/** Every parameter definition, in key order. */
export function listParameters(): readonly ParameterDefinition[] {
  return Object.values(PARAMETERS as Record<string, ParameterDefinition>).sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** One inconsistency in a parameter's history. */
export interface HistoryProblem {
  /** The parameter's key. */
  readonly key: string;
  /** What is wrong. */
  readonly problem: string;
}

/**
 * Checks that every parameter's dated values are well-formed, in order, contiguous (no gap) and non-overlapping.
 * The last value may end: after it the parameter is not yet published, and a lookup answers so (never the last value).
 * Returns the problems found (empty when sound).
 */
export function checkParameterHistories(params: readonly ParameterDefinition[] = listParameters()): HistoryProblem[] {
  const out: HistoryProblem[] = [];
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  for (const p of params) {
    if (p.values.length === 0) out.push({ key: p.key, problem: 'no value' });
    p.values.forEach((v, i) => {
      if (!iso.test(v.from) || (v.to !== null && !iso.test(v.to))) out.push({ key: p.key, problem: `value ${i}: malformed date` });
      if (v.to !== null && v.to < v.from) out.push({ key: p.key, problem: `value ${i}: ends before it starts` });
      if (v.sources.length === 0) out.push({ key: p.key, problem: `value ${i}: no source` });
      const next = p.values[i + 1];
      if (next) {
        if (v.to === null) out.push({ key: p.key, problem: `value ${i}: open-ended but followed by another value` });
        else if (next.from <= v.to) out.push({ key: p.key, problem: `values ${i} and ${i + 1} overlap` });
        else if (next.from !== dayAfter(v.to)) out.push({ key: p.key, problem: `gap between ${v.to} and ${next.from}` });
      }
    });
  }
  return out;
}

const dayAfter = (d: string): string => addDays(d as CalendarDate, 1);
