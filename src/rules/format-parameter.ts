import { formatEuros, type Money } from '../model/money.js';

// Thresholds come from the parameter tree: a few dozen values, yet messages name one on almost every contract.
// Each is formatted once per language (the bound only guards against custom parameters without end).
const FORMATTED = { fr: new Map<string, string>(), en: new Map<string, string>() };
const MAX_CACHED = 1000;

/** Formats an amount taken from the parameter tree (a threshold) for a message, like `formatEuros`, cached. */
export function formatParameterEuros(m: Money, locale: 'fr' | 'en'): string {
  const cache = locale === 'fr' ? FORMATTED.fr : FORMATTED.en;
  let text = cache.get(m);
  if (text === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    text = formatEuros(m, locale);
    cache.set(m, text);
  }
  return text;
}

const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

const DATES = { fr: new Map<string, string>(), en: new Map<string, string>() };

/**
 * A `YYYY-MM-DD` date taken from the parameter tree as words, for messages: « 22 août 2026 », “22 August 2026” (1er for
 * the first of a month in French). Cached like the amounts: a few dates, named on many contracts.
 */
export function formatDate(date: string, locale: 'fr' | 'en'): string {
  const cache = locale === 'fr' ? DATES.fr : DATES.en;
  let text = cache.get(date);
  if (text === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    const day = Number(date.slice(8, 10));
    const month = MONTHS[locale][Number(date.slice(5, 7)) - 1] ?? date.slice(5, 7);
    const year = date.slice(0, 4);
    text = locale === 'fr' ? `${day === 1 ? '1er' : day} ${month} ${year}` : `${day} ${month} ${year}`;
    cache.set(date, text);
  }
  return text;
}
