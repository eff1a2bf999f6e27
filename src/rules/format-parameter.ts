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
