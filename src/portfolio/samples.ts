/**
 * Capped samples: the entries of lowest position, kept sorted, at most `limit` of them. Whatever the order the
 * entries come in and however a run is split, merging the samples of its parts gives the samples of the whole, so
 * memory and output stay bounded while the counts beside them stay exact.
 */

/** An entry's position: its input file's order, then its index in that file. */
export interface Positioned {
  /** Name of the input file, when the tally has named inputs. */
  readonly file?: string;
  /** Zero-based position of the record in its input file. */
  readonly index: number;
}

/** Orders by file name (unnamed first), then by index. */
export function comparePositions(a: Positioned, b: Positioned): number {
  const fa = a.file ?? '';
  const fb = b.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a.index - b.index;
}

/** Orders entries by position, ties (the same record twice) by their JSON text, so that any merge order gives the same list. */
function compareEntries(a: Positioned, b: Positioned): number {
  const c = comparePositions(a, b);
  if (c !== 0) return c;
  const ja = JSON.stringify(a);
  const jb = JSON.stringify(b);
  return ja < jb ? -1 : ja > jb ? 1 : 0;
}

/** Adds an entry to a sorted, capped list, in place: kept only while it is among the `limit` lowest. */
export function addSample<T extends Positioned>(list: T[], item: T, limit: number): void {
  if (limit <= 0) return;
  const n = list.length;
  if (n >= limit && compareEntries(item, list[n - 1] as T) >= 0) return;
  let i = n;
  while (i > 0 && compareEntries(list[i - 1] as T, item) > 0) i--;
  list.splice(i, 0, item);
  if (list.length > limit) list.pop();
}

/** The `limit` lowest entries of two sorted, capped lists, as a new list. */
export function mergeSamples<T extends Positioned>(a: readonly T[], b: readonly T[], limit: number): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (out.length < limit && (i < a.length || j < b.length)) {
    if (j >= b.length || (i < a.length && compareEntries(a[i] as T, b[j] as T) <= 0)) out.push(a[i++] as T);
    else out.push(b[j++] as T);
  }
  return out;
}

/** Adds an index to a sorted, capped list of indexes, in place. */
export function addIndexSample(list: number[], index: number, limit: number): void {
  const n = list.length;
  if (n >= limit && index >= (list[n - 1] as number)) return;
  let i = n;
  while (i > 0 && (list[i - 1] as number) > index) i--;
  if (list[i - 1] === index) return;
  list.splice(i, 0, index);
  if (list.length > limit) list.pop();
}

/** The `limit` lowest indexes of two sorted lists, without repeats. */
export function mergeIndexSamples(a: readonly number[], b: readonly number[], limit: number): number[] {
  const out: number[] = [];
  for (const x of a) addIndexSample(out, x, limit);
  for (const x of b) addIndexSample(out, x, limit);
  return out;
}

/** Adds `n` to the counts of a map, in place. */
export function addCount(map: Map<string, number>, key: string, n = 1): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

/** The sum of two count maps, as a new map (keys in first-met order). */
export function mergeCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map(a);
  for (const [k, n] of b) addCount(out, k, n);
  return out;
}

/** Entries of a count map, largest count first, then by key: a stable order whatever the map's history. */
export function sortedCounts(map: ReadonlyMap<string, number>): Array<[string, number]> {
  return [...map].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
}
