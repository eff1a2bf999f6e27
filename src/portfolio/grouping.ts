import type { Contract } from '../model/contract-schema.js';

/** The dimensions a portfolio can be grouped by. */
export const GROUP_DIMENSIONS = ['year', 'buyer', 'nature'] as const;

/** One grouping dimension: notification year, buyer identifier, or nature. */
export type GroupDimension = (typeof GROUP_DIMENSIONS)[number];

/** The value a contract takes in a dimension when its data is missing. */
export const UNKNOWN_GROUP = 'unknown';

/**
 * A group of contracts: one value per dimension (`{ year: 2026 }`, `{ year: 2026, buyer: "21350238800019" }`).
 * The empty group `{}` is the whole portfolio. Missing data gives the value `"unknown"`.
 */
export type GroupKey = {
  /** Calendar year of notification, `"unknown"` without a notification date. */
  readonly year?: number | 'unknown';
  /** Identifier of the buyer, `"unknown"` without one. */
  readonly buyer?: string;
  /** Nature of the purchase (`works`, `supplies`, `services`), `"unknown"` without one. */
  readonly nature?: string;
};

/** The value of one dimension for a contract. */
export function groupValue(c: Contract, dim: GroupDimension): number | string {
  switch (dim) {
    case 'year': {
      const d = c.dates?.notification;
      return d === undefined ? UNKNOWN_GROUP : Number(d.slice(0, 4));
    }
    case 'buyer':
      return c.buyer?.id ?? UNKNOWN_GROUP;
    case 'nature':
      return c.nature ?? UNKNOWN_GROUP;
  }
}

/** The group of a contract for the given dimensions. */
export function groupOf(c: Contract, dims: readonly GroupDimension[]): GroupKey {
  const out: Record<string, number | string> = {};
  for (const d of dims) out[d] = groupValue(c, d);
  return out as GroupKey;
}

/**
 * A stable string for the group of a contract (dimensions in the given order), usable as a map key: the JSON text of
 * the list of its values. Built without the list or the group object, since it runs once per record.
 */
export function groupIdOf(c: Contract, dims: readonly GroupDimension[]): string {
  if (dims.length === 0) return '[]';
  let id = '[';
  for (let i = 0; i < dims.length; i++) id += (i === 0 ? '' : ',') + JSON.stringify(groupValue(c, dims[i] as GroupDimension));
  return `${id}]`;
}

/**
 * Orders groups: by each dimension in turn, numbers ascending, then strings in code-point order, `"unknown"` last.
 * Deterministic, so that reports do not depend on the order records came in.
 */
export function compareGroups(a: GroupKey, b: GroupKey, dims: readonly GroupDimension[]): number {
  for (const d of dims) {
    const c = compareValues(a[d], b[d]);
    if (c !== 0) return c;
  }
  return 0;
}

function compareValues(a: number | string | undefined, b: number | string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  if (a === UNKNOWN_GROUP) return 1;
  if (b === UNKNOWN_GROUP) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : 1;
}

/** Reads a `--by` list (`"year,buyer"`). @returns the dimensions, or the first unknown name. */
export function parseGroupDimensions(text: string):
  | {
      /** Every name is a dimension. */
      ok: true;
      /** The dimensions, in the given order, without repeats. */
      value: GroupDimension[];
    }
  | {
      /** A name is not a dimension. */
      ok: false;
      /** The first name that is not a dimension. */
      unknown: string;
    } {
  const out: GroupDimension[] = [];
  for (const raw of text.split(',')) {
    const name = raw.trim();
    if (name === '') continue;
    if (!(GROUP_DIMENSIONS as readonly string[]).includes(name)) return { ok: false, unknown: name };
    if (!out.includes(name as GroupDimension)) out.push(name as GroupDimension);
  }
  return { ok: true, value: out };
}
