import type { Locale } from '../model/localized.js';

/**
 * Formats a decimal number of hours for people: `1 250,5 h` in French, `1,250.5 h` in English.
 * Keeps the sign and every decimal given; does no arithmetic.
 */
export function formatHours(value: string, locale: Locale): string {
  const negative = value.startsWith('-');
  const [int = '0', frac] = (negative ? value.slice(1) : value).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'fr' ? '\u202f' : ',');
  const decimals = frac === undefined ? '' : `${locale === 'fr' ? ',' : '.'}${frac}`;
  return `${negative ? '−' : ''}${grouped}${decimals} h`;
}
