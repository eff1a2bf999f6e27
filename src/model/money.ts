import { Decimal } from 'decimal.js';

/**
 * An exact, non-negative amount of euros, held as a canonical decimal string
 * (no exponent, no leading zeros, no trailing fractional zeros: `"40000.01"`, `"0"`).
 *
 * Canonical strings compare exactly without float arithmetic (see {@link compareMoney}).
 * Build one with {@link parseMoney}.
 */
export type Money = string & {
  /** @internal */
  readonly __brand: 'Money';
};

/** Why an input could not be read as an amount. */
export type MoneyError = 'not-a-number' | 'negative' | 'not-finite';

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

/**
 * Reads an amount given as a decimal string (`"40000.01"`) or as a number (converted through its
 * string form, so `40000.01` gives exactly `"40000.01"`). Never uses float arithmetic.
 *
 * @returns the canonical {@link Money}, or the reason it is not an amount.
 */
export function parseMoney(input: string | number): MoneyParse {
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, error: 'not-finite' };
    text = String(input);
  } else if (typeof input === 'string') {
    text = input.trim();
  } else {
    return { ok: false, error: 'not-a-number' }; // JavaScript callers: null, objects… are not amounts, nor a TypeError
  }
  const plain = plainDecimal(text);
  if (plain !== undefined) return { ok: true, value: plain };
  if (text.startsWith('-')) {
    return /^-\d/.test(text) && !/^-0*(\.0*)?$/.test(text) ? { ok: false, error: 'negative' } : { ok: false, error: 'not-a-number' };
  }
  // Exponent forms (numbers above 1e21 or below 1e-6 stringify that way): decimal.js once, at parse time.
  if (/^\+?\d+(\.\d+)?e[+-]?\d+$/i.test(text)) {
    const fixed = plainDecimal(new Decimal(text).toFixed());
    if (fixed !== undefined) return { ok: true, value: fixed };
  }
  return { ok: false, error: 'not-a-number' };
}

/**
 * The canonical amount of a plain decimal text (ASCII digits, then optionally a dot and more digits: `40000.010`),
 * or undefined for any other text. A scan rather than a pattern: every amount read goes through here.
 */
function plainDecimal(text: string): Money | undefined {
  const n = text.length;
  let dot = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) continue;
    if (c !== 0x2e || dot >= 0) return undefined;
    dot = i;
  }
  if (n === 0 || dot === 0 || dot === n - 1) return undefined;
  return dot < 0 ? canonical(text, '') : canonical(text.slice(0, dot), text.slice(dot + 1));
}

function canonical(intPart: string, fracPart: string): Money {
  let i = 0;
  while (i < intPart.length - 1 && intPart.charCodeAt(i) === 48) i++;
  let end = fracPart.length;
  while (end > 0 && fracPart.charCodeAt(end - 1) === 48) end--;
  const int = intPart.slice(i);
  return (end > 0 ? `${int}.${fracPart.slice(0, end)}` : int) as Money;
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
