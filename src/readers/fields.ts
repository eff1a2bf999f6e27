import { type CalendarDate, isCalendarDate } from '../model/calendar-date.js';
import { compareMoney, type Money, parseMoney } from '../model/money.js';
import type { ReadProblemCode } from './problem-codes.js';
import type { ReadProblem } from './types.js';

// Data-quality heuristics shared by the readers of published open data. They are not law (no article sets them),
// so they live here rather than in the dated parameter tree; docs/readers.md lists them.

/** Amounts at or below this are placeholders (DECP requires `montant ≥ 1`; 0 and 1 are typed when the amount is not known). */
export const PLACEHOLDER_AMOUNT_MAX = '1' as Money;
/** Amounts above this (100 billion euros) are placeholders such as `1.0e17`. */
export const IMPLAUSIBLE_AMOUNT_MIN = '100000000000' as Money;
/** Amounts written only with nines (999999, 9999999.99) and at least this many integer digits are placeholders. */
export const NINES_PLACEHOLDER_DIGITS = 6;
/** Dates outside these years are impossible in procurement data (typos such as 0202 or 2202). */
export const PLAUSIBLE_YEARS = { min: 2000, max: 2100 } as const;
/** Durations above this many months (100 years) are placeholders. */
export const MAX_DURATION_MONTHS = 1200;

/** Text values that mean "no value" in published files (`NC` = non communiqué, `MQ` = manquant, `CDL`, `INX…`). */
const MISSING_TOKENS: ReadonlySet<string> = new Set([
  '',
  'nc',
  'n/c',
  'nd',
  'n/a',
  'na',
  'nan',
  'null',
  'none',
  'undefined',
  'mq',
  'cdl',
  '-',
  'sans objet',
]);
/** The length of the longest missing token: a longer text with nothing to trim is not one. */
const MISSING_TOKEN_MAX_LENGTH = Math.max(...Array.from(MISSING_TOKENS, (t) => t.length));
/** The first character of each missing token: a text starting with another visible ASCII character is not one. */
const MISSING_TOKEN_INITIALS: ReadonlySet<number> = new Set(Array.from(MISSING_TOKENS, (t) => t.charCodeAt(0)));

/**
 * A JSON path built only when a problem needs it: the parent's path and one more step, an index (`[2]`) or a
 * key (`.titulaire`). Readers walk lists of items that are nearly always fine, so they pass steps, not strings.
 */
export interface PathStep {
  /** The path of the value holding this one. */
  readonly parent: Path;
  /** The index in a list, or the key in an object. */
  readonly step: number | string;
}

/** A JSON path: written out, or still to be built from its steps. */
export type Path = string | PathStep;

/** Writes a path out: `{parent: {parent: '$.titulaires', step: 0}, step: 'titulaire'}` → `$.titulaires[0].titulaire`. */
export function pathText(path: Path): string {
  if (typeof path === 'string') return path;
  const parent = pathText(path.parent);
  return typeof path.step === 'number' ? `${parent}[${path.step}]` : `${parent}.${path.step}`;
}

/** Collects the data-quality problems of one record. */
export class Problems {
  readonly list: ReadProblem[] = [];

  /** Adds a problem of class `code` at `path`; `value` is kept shortened (left out when undefined). */
  add(code: ReadProblemCode, path: Path, value: unknown, reason: string): void {
    const text = pathText(path);
    this.list.push(value === undefined ? { code, path: text, reason } : { code, path: text, value: shorten(value), reason });
  }
}

/** Keeps a problem's value readable: long strings and big objects are cut. */
export function shorten(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 120 ? `${value.slice(0, 120)}…` : value;
  if (value !== null && typeof value === 'object') {
    const text = JSON.stringify(value);
    return text.length > 120 ? `${text.slice(0, 120)}…` : value;
  }
  return value;
}

/** A plain JSON object (not an array, not null). */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True for the tokens that stand for a missing value (`"NC"`, `"nan"`, `""`…). */
export function isMissingToken(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  if (startsWithInx(v)) return true;
  // Every text read goes through here: settle the common cases without trimming and lower-casing a copy.
  // A visible ASCII first character stays first after trimming and lowers predictably (`"2024-…"`, `"Procédure…"`).
  const first = v.charCodeAt(0);
  if (isVisibleAscii(first) && !MISSING_TOKEN_INITIALS.has(asciiLowerCase(first))) return false;
  // Lower-casing never shortens a text, so one longer than every token with nothing to trim is not a token.
  if (v.length > MISSING_TOKEN_MAX_LENGTH && !mayBeTrimmed(first) && !mayBeTrimmed(v.charCodeAt(v.length - 1))) return false;
  return MISSING_TOKENS.has(v.trim().toLowerCase());
}

/** `/^INX/i` without a pattern: `INX`, `inx`, `Inx…` at the very start (no trimming, as published). */
export function startsWithInx(v: string): boolean {
  if (v.length < INX.length) return false;
  for (let i = 0; i < INX.length; i++) if (asciiLowerCase(v.charCodeAt(i)) !== INX.charCodeAt(i)) return false;
  return true;
}

/** The prefix of the `INX…` placeholders (INX = inexistant), lower case. */
const INX = 'inx';

/**
 * Whether `String.prototype.trim` might remove this character: control characters, space, and everything outside
 * printable ASCII (where the other white spaces are). Errs on the side of yes: a yes only costs the slow path.
 */
export function mayBeTrimmed(charCode: number): boolean {
  return charCode <= 0x20 || charCode >= 0x7f;
}

/** A character between `!` and `~` (NaN, for a character past the end, is not). */
const isVisibleAscii = (charCode: number): boolean => charCode > 0x20 && charCode < 0x7f;
/** The lower-case of an ASCII letter; any other character unchanged. */
const asciiLowerCase = (charCode: number): number => (charCode >= 0x41 && charCode <= 0x5a ? charCode + 0x20 : charCode);

/**
 * Folds the spelling variants of a label met in published files: lower case, no accents, `œ` as `oe`, apostrophes,
 * hyphens and underscores as spaces, one space between words: `MARCHÉ  PUBLIC`, `Appel d’offres`, `Appel d offres`,
 * `accord_cadre` → `marche public`, `appel d offres`, `appel d offres`, `accord cadre`.
 */
export function normalizeLabel(text: string): string {
  const cached = LABELS.get(text);
  if (cached !== undefined) return cached;
  const n = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/[\s'’‘`´_\-‐‑–—]+/g, ' ')
    .trim()
    .toLowerCase();
  // Labels come from short closed lists: memoise them, within a bound so that free text cannot grow the cache.
  if (LABELS.size < LABEL_CACHE_SIZE) LABELS.set(text, n);
  return n;
}

const LABEL_CACHE_SIZE = 2000;
const LABELS = new Map<string, string>();

/**
 * A table from labels to values, keyed by their folded form ({@link normalizeLabel}): written with the labels as
 * published (`"Appel d'offres ouvert"`), looked up with any spelling variant.
 */
export function labelTable<T>(entries: Readonly<Record<string, T>>): ReadonlyMap<string, T> {
  const table = new Map<string, T>();
  for (const [label, value] of Object.entries(entries)) table.set(normalizeLabel(label), value);
  return table;
}

/** Reads a non-empty text (numbers are turned into their text). Missing tokens and other types are problems. */
export function readText(v: unknown, path: Path, problems: Problems, what = 'text'): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') {
    problems.add('wrong-type', path, v, `expected ${what}, got ${describeType(v)}: left out`);
    return undefined;
  }
  if (isMissingToken(v)) {
    problems.add('placeholder-value', path, v, `placeholder ${JSON.stringify(v)} instead of ${what}: left out`);
    return undefined;
  }
  return v.trim();
}

/** The JSON type of a value, for messages. */
export function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** The longest text read as a number (with its spaces): longer ones are reported without being read. */
const NUMBER_TEXT_MAX_LENGTH = 100;

const NUMERIC = /^[+]?\d+(?:[.,]\d+)?(?:e[+-]?\d+)?$/i;

/** Reads a number given as a JSON number or a numeric string (reported); `NaN`, `"NC"`… are problems. */
export function readNumberText(v: unknown, path: Path, problems: Problems, what: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) {
      problems.add('not-a-number', path, String(v), `${what} is not a finite number: left out`);
      return undefined;
    }
    if (v < 0) {
      problems.add('negative-number', path, v, `negative ${what}: left out`);
      return undefined;
    }
    return String(v);
  }
  if (typeof v === 'string') {
    if (isMissingToken(v)) {
      problems.add('placeholder-value', path, v, `placeholder ${JSON.stringify(v)} instead of ${what}: left out`);
      return undefined;
    }
    // A number is a few dozen characters: a longer text is not read (nor copied into the message) at all.
    if (v.length > NUMBER_TEXT_MAX_LENGTH) {
      problems.add('not-a-number', path, v, `${what} is not a number (${v.length} characters): left out`);
      return undefined;
    }
    const compact = v.replace(/[\s\u00a0\u202f]/g, '');
    if (NUMERIC.test(compact)) {
      const text = compact.replace(',', '.');
      problems.add('number-as-text', path, v, `${what} written as text: read as ${text}`);
      return text;
    }
    problems.add('not-a-number', path, v, `${what} is not a number: left out`);
    return undefined;
  }
  problems.add('wrong-type', path, v, `expected ${what} as a number, got ${describeType(v)}: left out`);
  return undefined;
}

/** Why an amount is a placeholder, or undefined when it is plausible. */
export function placeholderReason(m: Money): string | undefined {
  if (compareMoney(m, PLACEHOLDER_AMOUNT_MAX) <= 0) return `placeholder amount ${m}`;
  if (compareMoney(m, IMPLAUSIBLE_AMOUNT_MIN) > 0) return `implausible amount ${m} (above 100 billion euros)`;
  // Integer part all nines, fraction (up to a second dot, if any) all nines or empty; scanned, since every amount comes here.
  const dot = m.indexOf('.');
  const intEnd = dot < 0 ? m.length : dot;
  const next = dot < 0 ? -1 : m.indexOf('.', dot + 1);
  const fracEnd = next < 0 ? m.length : next;
  if (intEnd >= NINES_PLACEHOLDER_DIGITS && onlyNines(m, 0, intEnd) && (dot < 0 || onlyNines(m, dot + 1, fracEnd)))
    return `placeholder amount ${m}`;
  return undefined;
}

/** Whether `text[start, end)` is written only with nines (true when empty). */
export function onlyNines(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) !== NINE) return false;
  return true;
}

const NINE = '9'.charCodeAt(0);

/**
 * Reads an amount in euros exactly (a JSON number through its string form, or a numeric string).
 * Placeholders (0, 1, 999999…, 1.0e17) and unreadable values are left out and reported.
 */
export function readAmount(v: unknown, path: Path, problems: Problems): Money | undefined {
  const text = readNumberText(v, path, problems, 'amount');
  if (text === undefined) return undefined;
  const parsed = parseMoney(text);
  if (!parsed.ok) {
    // Above the range of amounts (10^15 €, "1e400"): a placeholder like 1.0e17, without writing its digits out.
    const reason =
      parsed.error === 'out-of-range'
        ? `implausible amount ${text.length > 40 ? `${text.slice(0, 40)}…` : text} (above 100 billion euros)`
        : `unreadable amount (${parsed.error})`;
    problems.add(parsed.error === 'out-of-range' ? 'implausible-amount' : 'not-a-number', path, v, `${reason}: left out`);
    return undefined;
  }
  const reason = placeholderReason(parsed.value);
  if (reason !== undefined) {
    problems.add(reason.startsWith('implausible') ? 'implausible-amount' : 'placeholder-amount', path, v, `${reason}: left out`);
    return undefined;
  }
  return parsed.value;
}

/** Reads a duration in months (≥ 1, at most {@link MAX_DURATION_MONTHS}). */
export function readMonths(v: unknown, path: Path, problems: Problems): number | undefined {
  if (typeof v === 'number' && v > 0 && v <= MAX_DURATION_MONTHS) return v; // the usual case: no text round trip needed
  const text = readNumberText(v, path, problems, 'duration');
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0 || n > MAX_DURATION_MONTHS) {
    problems.add('implausible-duration', path, v, `implausible duration ${text} months: left out`);
    return undefined;
  }
  return n;
}

/** Reads a share between 0 and 1. */
export function readShare(v: unknown, path: Path, problems: Problems): number | undefined {
  if (typeof v === 'number' && v > 0 && v <= 1) return v; // the usual case (zero goes the long way: -0 is read as 0)
  const text = readNumberText(v, path, problems, 'rate');
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!(n >= 0 && n <= 1)) {
    problems.add('rate-out-of-range', path, v, 'rate outside 0–1 (0.05 = 5 %): left out');
    return undefined;
  }
  return n;
}

const TRUE_WORDS = new Set(['true', 'oui', 'yes', '1', 'vrai']);
const FALSE_WORDS = new Set(['false', 'non', 'no', '0', 'faux']);

/** Reads a boolean; `"oui"`/`"non"`, `"true"`/`"false"` and 0/1 are read and reported. */
export function readBoolean(v: unknown, path: Path, problems: Problems): boolean | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return v;
  const word = typeof v === 'string' ? v.trim().toLowerCase() : typeof v === 'number' ? String(v) : undefined;
  if (word !== undefined && TRUE_WORDS.has(word)) {
    problems.add('boolean-as-text', path, v, 'boolean written as text or number: read as true');
    return true;
  }
  if (word !== undefined && FALSE_WORDS.has(word)) {
    problems.add('boolean-as-text', path, v, 'boolean written as text or number: read as false');
    return false;
  }
  problems.add('not-a-boolean', path, v, 'expected true or false: left out');
  return undefined;
}

const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})(?:$|[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$|Z$|[+-]\d{2}:?\d{2}$)/;

/**
 * Reads a calendar date, keeping the date as written: `2024-03-01+01:00` and `2024-03-01T23:30:00-05:00` give
 * `2024-03-01` (never shifted through a Date object). Impossible dates and years outside 2000–2100 are left out and reported.
 */
export function readDate(v: unknown, path: Path, problems: Problems): CalendarDate | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') {
    problems.add('wrong-type', path, v, `expected a date YYYY-MM-DD, got ${describeType(v)}: left out`);
    return undefined;
  }
  const day = isCalendarDate(v) ? v : datePrefix(v, path, problems);
  if (day === undefined) return undefined;
  const year = Number(day.slice(0, 4));
  if (year < PLAUSIBLE_YEARS.min || year > PLAUSIBLE_YEARS.max) {
    problems.add(
      'date-year-implausible',
      path,
      v,
      `impossible year ${year} (outside ${PLAUSIBLE_YEARS.min}–${PLAUSIBLE_YEARS.max}): left out`,
    );
    return undefined;
  }
  return day;
}

/**
 * The calendar date at the start of a text that is not a bare `YYYY-MM-DD` (`2024-03-01+01:00`, ` 2024-03-01T10:00Z`),
 * or undefined after reporting why there is none. Bare dates, nearly all of them, skip this: no token starts with a digit.
 */
function datePrefix(v: string, path: Path, problems: Problems): CalendarDate | undefined {
  if (isMissingToken(v)) {
    problems.add('placeholder-value', path, v, `placeholder ${JSON.stringify(v)} instead of a date: left out`);
    return undefined;
  }
  const day = DATE_PREFIX.exec(v.trim())?.[1];
  if (day === undefined || !isCalendarDate(day)) {
    problems.add('not-a-date', path, v, 'not a date YYYY-MM-DD: left out');
    return undefined;
  }
  return day;
}

/** A CPV code as the model wants it (`45000000` or `45000000-7`), trimmed; others are reported. */
export function readCpv(v: unknown, path: Path, problems: Problems): string | undefined {
  const text = readText(v, path, problems, 'a CPV code');
  if (text === undefined) return undefined;
  // Codes nearly always come without inner spaces: no need to strip them then.
  const compact = isCpvCode(text) ? text : text.replace(/\s+/g, '');
  if (isCpvCode(compact)) {
    if (natureFromCpv(compact) !== undefined) return compact;
    problems.add('placeholder-cpv', path, v, 'placeholder CPV code (no such CPV division): left out');
    return undefined;
  }
  // 7 digits: a code of division 03 or 09 read as a number by a spreadsheet lost its leading zero.
  const padded = `0${compact}`;
  if (isCpvCode(padded) && LEADING_ZERO_DIVISIONS.has(padded.slice(0, 2))) {
    problems.add('cpv-leading-zero-repaired', path, v, `CPV code of 7 digits: read as ${padded} (leading zero put back)`);
    return padded;
  }
  problems.add('not-a-cpv', path, v, 'not a CPV code (8 digits, optionally -check digit): left out');
  return undefined;
}

/**
 * The CPV divisions whose code starts with a zero (Regulation (EC) 2195/2002 as amended by 213/2008): 03 agricultural
 * products, 09 petroleum products, fuel, electricity. A 7-digit code is repaired only into one of them.
 */
const LEADING_ZERO_DIVISIONS: ReadonlySet<string> = new Set(['03', '09']);

/** `/^\d{8}(-\d)?$/` without a pattern: eight ASCII digits, optionally a dash and a check digit. */
export function isCpvCode(text: string): boolean {
  if (text.length !== CPV_DIGITS && text.length !== CPV_DIGITS + 2) return false;
  for (let i = 0; i < CPV_DIGITS; i++) if (!isAsciiDigit(text.charCodeAt(i))) return false;
  return text.length === CPV_DIGITS || (text.charCodeAt(CPV_DIGITS) === DASH && isAsciiDigit(text.charCodeAt(CPV_DIGITS + 1)));
}

const CPV_DIGITS = 8;
const DASH = '-'.charCodeAt(0);
const isAsciiDigit = (charCode: number): boolean => charCode >= 0x30 && charCode <= 0x39;

/**
 * The nature of the purchase from the CPV division (the first two digits): 45 is works; 03 to 44 and 48 are supplies
 * (products, software packages); 50 and above are services. This is how the CPV nomenclature is organised
 * (Regulation (EC) 2195/2002, annex I); a contract mixing natures is classed by its main code. The ranges, rather than
 * the 45 divisions of CPV 2008, also class the CPV 2003 codes still published after 2008 (74… business services).
 */
export function natureFromCpv(cpv: string): 'works' | 'supplies' | 'services' | undefined {
  const division = Number(cpv.slice(0, 2));
  if (division === 45) return 'works';
  if (division === 48 || (division >= 3 && division <= 44)) return 'supplies';
  if (division >= 50 && division <= 99) return 'services';
  return undefined;
}

/** A record's identifier (string or number); undefined when there is none usable. */
export function readId(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t.length === 0 || isMissingToken(t) ? undefined : t;
}

/** Drops `undefined` members and empty nested objects, so that the result reads as the model wants. */
export function compact<T extends Record<string, unknown>>(o: T): T | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    if (isObject(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return Object.keys(out).length === 0 ? undefined : (out as T);
}
