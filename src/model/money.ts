/**
 * An exact, non-negative amount of euros, held as a canonical decimal string
 * (no exponent, no leading zeros, no trailing fractional zeros: `"40000.01"`, `"0"`), below {@link MONEY_MAX}.
 * {@link parseMoney} reads amounts at the cent (at most two decimals); numbers of hours share the type and the
 * grammar, read to six decimal places (the millionth of an hour).
 *
 * Canonical strings compare exactly without float arithmetic (see {@link compareMoney}).
 * Build one with {@link parseMoney}.
 */
export type Money = string & {
  /** @internal */
  readonly __brand: 'Money';
};

/**
 * Why an input could not be read as an amount:
 * - `not-a-number`: not in the grammar of {@link parseMoney} (or not a string nor a number);
 * - `negative`: below zero (`"-0"` and `"-0.00"` are zero, not negative);
 * - `not-finite`: `NaN` or an infinity;
 * - `out-of-range`: {@link MONEY_MAX} or more once read at the cent (`"1e400"`, `1e21`);
 * - `too-long`: more than {@link MONEY_TEXT_MAX_LENGTH} characters once trimmed.
 */
export type MoneyError = 'not-a-number' | 'negative' | 'not-finite' | 'out-of-range' | 'too-long';

/** Result of {@link parseMoney}. */
export type MoneyParse =
  | {
      /** The input is an amount. */
      ok: true;
      /** The canonical amount. */
      value: Money;
    }
  | {
      /** The input is not an amount. */
      ok: false;
      /** Why. */
      error: MoneyError;
    };

/** The largest number of integer digits of an amount: amounts are below 10^15 € (a thousand billion euros). */
export const MONEY_MAX_INTEGER_DIGITS = 15;

/** The bound every amount stays below, exclusive: 10^15 € (`"1000000000000000"`). The largest amount is 999 999 999 999 999,99 €. */
export const MONEY_MAX = '1000000000000000' as Money;

/**
 * The longest amount text read, in characters once surrounding white space is trimmed. Every number's shortest
 * string fits (24 characters at most); a longer text is refused as `too-long` without being read further.
 */
export const MONEY_TEXT_MAX_LENGTH = 64;

/** Decimal places of money: amounts are read at the cent. */
const CENT_PLACES = 2;

/** Decimal places of a number of hours (insertion hours): read with the grammar of amounts, to the millionth of an hour. */
export const HOURS_PLACES = 6;

/**
 * Reads an amount in euros, **at the cent**, exactly (no float arithmetic), with a cost linear in the input and
 * never more than {@link MONEY_TEXT_MAX_LENGTH} characters examined past the trimming.
 *
 * **Grammar.** A string is, once surrounding white space is trimmed (at most {@link MONEY_TEXT_MAX_LENGTH}
 * characters left): an optional sign `+` or `-`, one or more ASCII digits, optionally a dot followed by one or more
 * digits, optionally an exponent `e`/`E`, an optional sign and one or more digits (`"4e4"`, `"1.0e17"`). Nothing
 * else: no thousands separator, no comma, no `.5`, no `1.`, no `Infinity`. A minus sign is allowed for zero only
 * (`"-0"`, `"-0.00"` read as `"0"`); any other negative amount is `negative`.
 *
 * A number must be finite, not negative (`-0` is zero) and below {@link MONEY_MAX}; it is read through its
 * shortest round-trip string (`String(n)`), so a number and that string always give the same amount.
 *
 * **At the cent.** Digits below the cent are rounded half up (half away from zero), for strings and numbers
 * alike: `40000.000000000015` → `"40000"`, `215999.99999999997` → `"216000"`, `"40000.004"` → `"40000"`,
 * `"40000.005"` → `"40000.01"`. So an amount compares to a threshold the same way however it was written
 * (`40000.001`, `"40000.001"`, `"4.0000001e4"` are all 40 000,00 €, not above 40 000 €).
 *
 * **Range.** The amount read (after rounding) must be below {@link MONEY_MAX} (10^15 €); an exponent never
 * expands into more digits than that (`"1e100000000"` is `out-of-range` at once, `"1e-100000000"` is `"0"`).
 *
 * @returns the canonical {@link Money}, or the reason it is not an amount.
 *
 * @example
 * ```ts
 * parseMoney('40000.01');           // { ok: true, value: '40000.01' }
 * parseMoney(215999.99999999997);   // { ok: true, value: '216000' }
 * parseMoney('1e400');              // { ok: false, error: 'out-of-range' }
 * ```
 */
export function parseMoney(input: string | number): MoneyParse {
  return readDecimal(input, CENT_PLACES);
}

/**
 * Reads a non-negative decimal with the grammar and bounds of {@link parseMoney}, rounded half up at `places`
 * decimal places (hours, shares and rates of the insertion formula use more places than money).
 * The result is canonical: no exponent, no leading zero, no trailing fractional zero.
 * @internal
 */
export function readDecimal(input: string | number, places: number): MoneyParse {
  let text: string;
  if (typeof input === 'number') {
    // The usual case: a whole number of euros, read as it is written.
    if (Number.isInteger(input) && input >= 0 && input < MAX_NUMBER) return { ok: true, value: String(input) as Money };
    if (!Number.isFinite(input)) return NOT_FINITE;
    if (input < 0) return NEGATIVE;
    if (input >= MAX_NUMBER) return OUT_OF_RANGE;
    text = String(input);
  } else if (typeof input === 'string') {
    text = input;
    // Trim only when needed: most amounts have no surrounding white space.
    if (text.length > 0 && (mayBeSpace(text.charCodeAt(0)) || mayBeSpace(text.charCodeAt(text.length - 1)))) text = text.trim();
    if (text.length > MONEY_TEXT_MAX_LENGTH) return TOO_LONG;
  } else {
    return NOT_A_NUMBER; // JavaScript callers: null, objects… are not amounts, nor a TypeError
  }
  const plain = plainDecimal(text, places);
  if (plain !== undefined) return { ok: true, value: plain };
  return generalDecimal(text, places);
}

const MAX_NUMBER = 1e15;
const ZERO = '0' as Money;
const NOT_A_NUMBER = { ok: false, error: 'not-a-number' } as const;
const NEGATIVE = { ok: false, error: 'negative' } as const;
const NOT_FINITE = { ok: false, error: 'not-finite' } as const;
const OUT_OF_RANGE = { ok: false, error: 'out-of-range' } as const;
const TOO_LONG = { ok: false, error: 'too-long' } as const;

/** Whether `String.prototype.trim` might remove this character (errs on the side of yes). */
const mayBeSpace = (c: number): boolean => c <= 0x20 || c >= 0x7f;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * The canonical amount of a plain decimal text (ASCII digits, then optionally a dot and at most `places` digits,
 * at most {@link MONEY_MAX_INTEGER_DIGITS} integer digits once leading zeros are dropped: `40000.010`), or
 * undefined for any other text, which takes the general path. A scan rather than a pattern: every amount read
 * goes through here.
 */
function plainDecimal(text: string, places: number): Money | undefined {
  const n = text.length;
  let dot = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) continue;
    if (c !== 0x2e || dot >= 0) return undefined;
    dot = i;
  }
  if (n === 0 || dot === 0 || dot === n - 1) return undefined;
  if (dot >= 0 && n - dot - 1 > places) return undefined;
  const value = dot < 0 ? canonical(text, '') : canonical(text.slice(0, dot), text.slice(dot + 1));
  const intDigits = value.indexOf('.');
  return (intDigits < 0 ? value.length : intDigits) > MONEY_MAX_INTEGER_DIGITS ? undefined : value;
}

function canonical(intPart: string, fracPart: string): Money {
  let i = 0;
  while (i < intPart.length - 1 && intPart.charCodeAt(i) === 48) i++;
  let end = fracPart.length;
  while (end > 0 && fracPart.charCodeAt(end - 1) === 48) end--;
  const int = intPart.slice(i);
  return (end > 0 ? `${int}.${fracPart.slice(0, end)}` : int) as Money;
}

/** Exponents beyond this are saturated: any non-zero mantissa is then out of range, or rounds to zero. */
const EXPONENT_CAP = 1_000_000;

/**
 * The full grammar (sign, exponent, digits below `places`), in one pass over at most
 * {@link MONEY_TEXT_MAX_LENGTH} characters; the digits written out are bounded by the range, never by the exponent.
 */
function generalDecimal(text: string, places: number): MoneyParse {
  const n = text.length;
  let i = 0;
  let negative = false;
  const sign = text.charCodeAt(0);
  if (sign === 0x2b /* + */) i = 1;
  else if (sign === 0x2d /* - */) {
    negative = true;
    i = 1;
  }
  const intStart = i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  const intEnd = i;
  if (intEnd === intStart) return NOT_A_NUMBER;
  let fracStart = i;
  let fracEnd = i;
  if (i < n && text.charCodeAt(i) === 0x2e /* . */) {
    fracStart = ++i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    fracEnd = i;
    if (fracEnd === fracStart) return NOT_A_NUMBER;
  }
  let exponent = 0;
  if (i < n && (text.charCodeAt(i) | 0x20) === 0x65 /* e */) {
    i++;
    let expNegative = false;
    const s = text.charCodeAt(i);
    if (s === 0x2b || s === 0x2d) {
      expNegative = s === 0x2d;
      i++;
    }
    const expStart = i;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (!isDigit(c)) break;
      if (exponent < EXPONENT_CAP) exponent = exponent * 10 + (c - 0x30);
    }
    if (i === expStart) return NOT_A_NUMBER;
    if (expNegative) exponent = -exponent;
  }
  if (i !== n) return NOT_A_NUMBER;
  // The significant digits: integer then fraction digits, leading zeros dropped. value = 0.D × 10^point.
  const digits = (text.slice(intStart, intEnd) + text.slice(fracStart, fracEnd)).replace(LEADING_ZEROS, '');
  if (digits.length === 0) return { ok: true, value: ZERO }; // "-0", "0e999", "-0.00"
  if (negative) return NEGATIVE;
  const leadingZeros = intEnd - intStart + (fracEnd - fracStart) - digits.length;
  const point = intEnd - intStart - leadingZeros + exponent;
  if (point > MONEY_MAX_INTEGER_DIGITS) return OUT_OF_RANGE;
  // Digits of the value × 10^places, truncated, then rounded half up on the next digit.
  const kept = point + places;
  if (kept < 0) return { ok: true, value: ZERO };
  let scaled = kept <= digits.length ? digits.slice(0, kept) : digits + '0'.repeat(kept - digits.length);
  if (kept < digits.length && digits.charCodeAt(kept) >= 0x35 /* 5 */) scaled = incrementDigits(scaled);
  const padded = scaled.padStart(places + 1, '0');
  const intPart = padded.slice(0, padded.length - places);
  const value = canonical(intPart, padded.slice(padded.length - places));
  const dot = value.indexOf('.');
  if ((dot < 0 ? value.length : dot) > MONEY_MAX_INTEGER_DIGITS) return OUT_OF_RANGE;
  return { ok: true, value };
}

const LEADING_ZEROS = /^0+/;

/** Adds one to a string of decimal digits (`"199"` → `"200"`, `"99"` → `"100"`, `""` → `"1"`). */
function incrementDigits(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 0x39) i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + '0'.repeat(digits.length - i - 1);
}

/**
 * Compares two canonical amounts exactly: negative when `a < b`, zero when equal, positive when `a > b`.
 * Works on the strings, so it costs no allocation and no float rounding.
 */
export function compareMoney(a: Money, b: Money): number {
  const ia = a.indexOf('.');
  const ib = b.indexOf('.');
  const la = ia < 0 ? a.length : ia;
  const lb = ib < 0 ? b.length : ib;
  if (la !== lb) return la - lb;
  for (let k = 0; k < la; k++) {
    const d = a.charCodeAt(k) - b.charCodeAt(k);
    if (d !== 0) return d;
  }
  const fa = ia < 0 ? '' : a.slice(ia + 1);
  const fb = ib < 0 ? '' : b.slice(ib + 1);
  const n = Math.max(fa.length, fb.length);
  for (let k = 0; k < n; k++) {
    const d = (k < fa.length ? fa.charCodeAt(k) : 48) - (k < fb.length ? fb.charCodeAt(k) : 48);
    if (d !== 0) return d;
  }
  return 0;
}

/** Formats an amount for a message: `40 000,01 €` in French, `40,000.01 €` in English. */
export function formatEuros(m: Money | string, locale: 'fr' | 'en'): string {
  const fr = locale === 'fr';
  const dot = m.indexOf('.');
  const intEnd = dot < 0 ? m.length : dot;
  let text = groupThousands(m, intEnd, fr ? '\u202f' : ',');
  if (dot >= 0) {
    const next = m.indexOf('.', dot + 1);
    const fracEnd = next < 0 ? m.length : next;
    const pad = fracEnd - dot - 1 >= 2 ? '' : fracEnd - dot - 1 === 1 ? '0' : '00';
    text += (fr ? ',' : '.') + m.slice(dot + 1, fracEnd) + pad;
  }
  return `${text} €`;
}

// Messages format amounts on the hot path (several per contract): digits are grouped by hand, without the
// intermediate strings of a split or the look-ahead regex, which is kept for anything but plain digits.
function groupThousands(m: string, end: number, sep: string): string {
  if (end <= 3) return end === m.length ? m : m.slice(0, end);
  for (let i = 0; i < end; i++) {
    const ch = m.charCodeAt(i);
    if (ch < 48 || ch > 57) return m.slice(0, end).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  }
  let head = end % 3 || 3;
  let out = m.slice(0, head);
  for (; head < end; head += 3) out += sep + m.slice(head, head + 3);
  return out;
}
