/**
 * Exact duplicates and shared identifiers within one input file, in flat memory: each record is reduced to a 64-bit
 * digest of its JSON value, each identifier to a 64-bit digest of its text, and both are kept in open-addressing
 * tables of typed arrays (12 and 20 bytes a slot, at most 75 % full): about 60 MB for 1 000 000 records, whatever
 * their size. Two different records share a digest with a probability of about n² / 2⁶⁵ (3 × 10⁻⁸ for a million
 * records): that is the price of not keeping the records themselves.
 */
import { addSample } from './samples.js';

// ——— Digests ———

// Two 32-bit lanes (FNV-1a and a Murmur-style multiply), mixed at the end: a 64-bit digest without BigInt.
let laneA = 0;
let laneB = 0;

function feed(c: number): void {
  laneA = Math.imul(laneA ^ c, 0x01000193);
  laneB = Math.imul(laneB ^ c, 0x5bd1e995);
  laneB ^= laneB >>> 15;
}

function feedText(s: string): void {
  feed(s.length);
  for (let i = 0; i < s.length; i++) feed(s.charCodeAt(i));
}

function feedValue(v: unknown): void {
  switch (typeof v) {
    case 'string':
      feed(1);
      feedText(v);
      return;
    case 'number':
      feed(2);
      feedText(String(v));
      return;
    case 'boolean':
      feed(v ? 3 : 4);
      return;
    case 'object':
      if (v === null) {
        feed(5);
        return;
      }
      if (Array.isArray(v)) {
        feed(6);
        feed(v.length);
        for (let i = 0; i < v.length; i++) feedValue(v[i]);
        return;
      }
      feed(7);
      for (const k in v as Record<string, unknown>) {
        feedText(k);
        feedValue((v as Record<string, unknown>)[k]);
      }
      feed(8);
      return;
    default:
      feed(9); // undefined, functions: never in parsed JSON
  }
}

/** A 64-bit digest as two unsigned 32-bit halves; `[0, 0]` is never returned (it marks an empty slot). */
export interface Digest {
  /** Low half. */
  lo: number;
  /** High half. */
  hi: number;
}

function finish(out: Digest): Digest {
  let a = laneA ^ (laneB >>> 7);
  let b = laneB ^ Math.imul(laneA, 0x9e3779b1);
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  a ^= a >>> 13;
  b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35);
  b ^= b >>> 16;
  out.lo = a >>> 0 || 1;
  out.hi = b >>> 0;
  return out;
}

/**
 * The digest of a JSON value (as `JSON.parse` gives it): equal for equal values — same members in the same order,
 * same strings, same numbers however they were written (`1.0` and `1`) — and, but for a chance of about 2⁻⁶⁴,
 * different otherwise. Writes into `out` and returns it.
 */
export function digestValue(v: unknown, out: Digest = { lo: 0, hi: 0 }): Digest {
  laneA = 0x811c9dc5 | 0;
  laneB = 0x2545f491;
  feedValue(v);
  return finish(out);
}

/** The digest of a text (an identifier). Writes into `out` and returns it. */
export function digestText(s: string, out: Digest = { lo: 0, hi: 0 }): Digest {
  laneA = 0x811c9dc5 | 0;
  laneB = 0x2545f491;
  feedText(s);
  return finish(out);
}

// ——— Tables ———

const INITIAL_SLOTS = 1 << 12;

/** Slot of a digest in a table of `mask + 1` slots: the low half mixed once more. */
const home = (d: Digest, mask: number): number => Math.imul(d.lo ^ (d.hi >>> 5), 0x27d4eb2d) & mask;

/** Digests of the records met, each with the index of its first occurrence. */
class RecordTable {
  private keys = new Uint32Array(INITIAL_SLOTS * 2);
  private first = new Uint32Array(INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;
  size = 0;

  /** Adds the digest with its index; returns -1 when it is new, else the index of its first occurrence. */
  addOrFirst(d: Digest, index: number): number {
    let i = home(d, this.mask);
    const keys = this.keys;
    for (;;) {
      const lo = keys[2 * i] as number;
      if (lo === 0) break;
      if (lo === d.lo && keys[2 * i + 1] === d.hi) return this.first[i] as number;
      i = (i + 1) & this.mask;
    }
    keys[2 * i] = d.lo;
    keys[2 * i + 1] = d.hi;
    this.first[i] = index;
    if (++this.size * 4 > (this.mask + 1) * 3) this.grow();
    return -1;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldFirst = this.first;
    const slots = (this.mask + 1) * 2;
    this.keys = new Uint32Array(slots * 2);
    this.first = new Uint32Array(slots);
    this.mask = slots - 1;
    const d: Digest = { lo: 0, hi: 0 };
    for (let j = 0; j < oldFirst.length; j++) {
      d.lo = oldKeys[2 * j] as number;
      if (d.lo === 0) continue;
      d.hi = oldKeys[2 * j + 1] as number;
      let i = home(d, this.mask);
      while (this.keys[2 * i] !== 0) i = (i + 1) & this.mask;
      this.keys[2 * i] = d.lo;
      this.keys[2 * i + 1] = d.hi;
      this.first[i] = oldFirst[j] as number;
    }
  }

  /** Bytes held. */
  get bytes(): number {
    return this.keys.byteLength + this.first.byteLength;
  }
}

/** Per identifier digest: records carrying it, distinct records among them, index of the first. */
class IdTable {
  private keys = new Uint32Array(INITIAL_SLOTS * 2);
  /** [records, distinct, first index] per slot. */
  private values = new Uint32Array(INITIAL_SLOTS * 3);
  private mask = INITIAL_SLOTS - 1;
  size = 0;

  /** Counts one record carrying the identifier; returns its slot. */
  add(d: Digest, index: number, distinct: boolean): number {
    let i = home(d, this.mask);
    const keys = this.keys;
    for (;;) {
      const lo = keys[2 * i] as number;
      if (lo === 0) break;
      if (lo === d.lo && keys[2 * i + 1] === d.hi) {
        const v = this.values;
        v[3 * i] = (v[3 * i] as number) + 1;
        if (distinct) v[3 * i + 1] = (v[3 * i + 1] as number) + 1;
        return i;
      }
      i = (i + 1) & this.mask;
    }
    keys[2 * i] = d.lo;
    keys[2 * i + 1] = d.hi;
    this.values[3 * i] = 1;
    this.values[3 * i + 1] = distinct ? 1 : 0;
    this.values[3 * i + 2] = index;
    if (++this.size * 4 > (this.mask + 1) * 3) return this.grow(d);
    return i;
  }

  /** [records, distinct, first index] of the identifier, or undefined. */
  get(d: Digest): readonly [number, number, number] | undefined {
    let i = home(d, this.mask);
    for (;;) {
      const lo = this.keys[2 * i] as number;
      if (lo === 0) return undefined;
      if (lo === d.lo && this.keys[2 * i + 1] === d.hi) {
        return [this.values[3 * i] as number, this.values[3 * i + 1] as number, this.values[3 * i + 2] as number];
      }
      i = (i + 1) & this.mask;
    }
  }

  /** Records carrying the identifier of a slot. */
  recordsAt(slot: number): number {
    return this.values[3 * slot] as number;
  }

  /** Index of the first record carrying the identifier of a slot. */
  firstAt(slot: number): number {
    return this.values[3 * slot + 2] as number;
  }

  /** Identifiers carried by two records or more, the records carrying them, and those carried by differing records. */
  shared(): { ids: number; records: number; differingIds: number } {
    let ids = 0;
    let records = 0;
    let differingIds = 0;
    const v = this.values;
    for (let i = 0; i <= this.mask; i++) {
      const n = v[3 * i] as number;
      if (n < 2) continue;
      ids++;
      records += n;
      if ((v[3 * i + 1] as number) >= 2) differingIds++;
    }
    return { ids, records, differingIds };
  }

  private grow(last: Digest): number {
    const oldKeys = this.keys;
    const oldValues = this.values;
    const slots = (this.mask + 1) * 2;
    this.keys = new Uint32Array(slots * 2);
    this.values = new Uint32Array(slots * 3);
    this.mask = slots - 1;
    let lastSlot = -1;
    for (let j = 0; j < oldValues.length / 3; j++) {
      const lo = oldKeys[2 * j] as number;
      if (lo === 0) continue;
      const hi = oldKeys[2 * j + 1] as number;
      let i = home({ lo, hi }, this.mask);
      while (this.keys[2 * i] !== 0) i = (i + 1) & this.mask;
      this.keys[2 * i] = lo;
      this.keys[2 * i + 1] = hi;
      this.values.set(oldValues.subarray(3 * j, 3 * j + 3), 3 * i);
      if (lo === last.lo && hi === last.hi) lastSlot = i;
    }
    return lastSlot;
  }

  /** Bytes held. */
  get bytes(): number {
    return this.keys.byteLength + this.values.byteLength;
  }
}

// ——— What is reported ———

/** A record dropped as an exact duplicate, with the record it repeats (same file). */
export interface DuplicateSample {
  /** Name of the input file, when the tally has named inputs. */
  readonly file?: string;
  /** Zero-based index of the dropped record. */
  readonly index: number;
  /** Index of the first record with the same content, which was evaluated. */
  readonly first: number;
}

/** An identifier carried by several records of one file. */
export interface SharedIdSample {
  /** Name of the input file, when the tally has named inputs. */
  readonly file?: string;
  /** Index of the first record carrying it. */
  readonly index: number;
  /** The identifier. */
  readonly id: string;
  /** Records carrying it (exact duplicates included). */
  records: number;
  /** Distinct records among them: 2 or more means records that share the id but differ. */
  distinct: number;
}

/** Identifiers carried by several records, counted per file and added up. */
export interface SharedIds {
  /** Identifiers carried by two records or more. */
  ids: number;
  /** Records carrying one of them. */
  records: number;
  /** Identifiers carried by records that differ (not only exact duplicates). */
  differingIds: number;
  /** The identifiers whose first record comes first, at most {@link SHARED_ID_SAMPLE_LIMIT}. */
  samples: SharedIdSample[];
}

/** Duplicate and shared-identifier samples kept (the counts are exact). */
export const DUPLICATE_SAMPLE_LIMIT = 20;
/** Shared identifiers listed (the counts are exact). */
export const SHARED_ID_SAMPLE_LIMIT = 20;

/**
 * Finds exact duplicates and shared identifiers among the records of one input file, in the order they come.
 * Holds two digest tables; {@link DuplicateFinder.sharedIds} gives the result once the file is read.
 */
export class DuplicateFinder {
  private readonly records = new RecordTable();
  private readonly ids = new IdTable();
  private readonly digest: Digest = { lo: 0, hi: 0 };
  private readonly idDigest: Digest = { lo: 0, hi: 0 };
  private readonly idSamples: Array<SharedIdSample & { lo: number; hi: number }> = [];

  constructor(private readonly file?: string) {}

  /**
   * Looks at one mapped record: its source value (for the content digest), its contract id and index.
   * @returns -1 when the record is new, else the index of the first record with the same content (a duplicate).
   */
  see(source: unknown, id: string, index: number): number {
    return this.seeDigests(digestValue(source, this.digest), digestText(id, this.idDigest), index, id);
  }

  /**
   * {@link DuplicateFinder.see} from the digests of the record and of its id (computed elsewhere, e.g. in a worker).
   * Without `id`, a shared identifier's sample has an empty `id`: fill it in from the record afterwards.
   */
  seeDigests(record: Digest, d: Digest, index: number, id = ''): number {
    const first = this.records.addOrFirst(record, index);
    const slot = this.ids.add(d, index, first < 0);
    if (this.ids.recordsAt(slot) === 2) {
      const sample = {
        ...(this.file === undefined ? {} : { file: this.file }),
        index: this.ids.firstAt(slot),
        id,
        records: 0,
        distinct: 0,
        lo: d.lo,
        hi: d.hi,
      };
      addSample(this.idSamples, sample, SHARED_ID_SAMPLE_LIMIT);
    }
    return first;
  }

  /** The shared identifiers found, with final counts on the samples. */
  sharedIds(): SharedIds {
    const counts = this.ids.shared();
    const samples = this.idSamples.map(({ lo, hi, ...s }) => {
      const v = this.ids.get({ lo, hi });
      return { ...s, records: v?.[0] ?? 0, distinct: v?.[1] ?? 0 };
    });
    return { ...counts, samples };
  }

  /** Bytes held by the tables (for the performance notes). */
  get bytes(): number {
    return this.records.bytes + this.ids.bytes;
  }

  /** The digests of the last record seen (valid until the next call). */
  get lastDigests(): { readonly record: Digest; readonly id: Digest } {
    return { record: this.digest, id: this.idDigest };
  }
}

/**
 * The digests of the mapped records of an input, in order — record digest, id digest, index, and whether the record
 * was evaluated — so that parts of a file read apart (workers) can be checked for duplicates across parts afterwards.
 * 20 bytes a record, in one growing typed array.
 */
export class DigestLog {
  private data = new Uint32Array(5 * 1024);
  /** Entries logged. */
  length = 0;

  /** Logs one mapped record. */
  add(record: Digest, id: Digest, index: number, evaluated: boolean): void {
    if (5 * (this.length + 1) > this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    const o = 5 * this.length++;
    this.data[o] = record.lo;
    this.data[o + 1] = record.hi;
    this.data[o + 2] = id.lo;
    this.data[o + 3] = id.hi;
    this.data[o + 4] = ((index | 0) + (evaluated ? 0x80000000 : 0)) >>> 0;
  }

  /** The entries as one array (5 numbers each), trimmed: to send to another thread. */
  toArray(): Uint32Array {
    return this.data.slice(0, 5 * this.length);
  }
}
