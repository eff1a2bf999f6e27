import { getParameter, parameterDefinition } from '../law/lookup.js';
import type { ParameterKey } from '../law/parameters/index.js';
import type { ParameterUse } from '../law/types.js';
import type { Localized } from '../model/localized.js';

/** The value of a parameter over a whole calendar year, or why there is none. */
export type YearlyValue =
  | {
      /** One value applies on every day of the year. */
      readonly ok: true;
      /** That value, with its period, confidence and sources (the least confirmed period of the year when several carry it). */
      readonly use: ParameterUse;
    }
  | {
      /** No single value for the year. */
      readonly ok: false;
      /** `not-published`: the history does not cover the whole year; `changes`: the value changes during the year. */
      readonly reason: 'not-published' | 'changes';
      /** Why, in French and English. */
      readonly message: Localized;
    };

/**
 * The value of a yearly parameter (a quota counted per calendar year) for `year`. A quota is judged on the whole
 * year's spending, so the value must be the same on every day of the year: when the history starts, ends or changes
 * within the year, there is no single minimum and the answer says why — never the value of one part of the year.
 */
export function valueForYear(key: ParameterKey, year: number): YearlyValue {
  const p = parameterDefinition(key);
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const periods = p.values.filter((v) => v.from <= end && (v.to === null || v.to >= start));
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (first === undefined || last === undefined || first.from > start || (last.to !== null && last.to < end)) {
    const from = p.values[0]?.from ?? '';
    return {
      ok: false,
      reason: 'not-published',
      message: {
        fr: `Le paramètre ${key} n’est pas connu pour toute l’année ${year} (historique à partir du ${from}${lastEnd(p.values, 'fr')}) : pas de minimum pour l’année.`,
        en: `Parameter ${key} is not known for the whole of ${year} (history from ${from}${lastEnd(p.values, 'en')}): no minimum for the year.`,
      },
    };
  }
  if (periods.some((v) => v.value !== first.value)) {
    const change = periods.slice(1).find((v, i) => v.value !== (periods[i] as typeof v).value);
    return {
      ok: false,
      reason: 'changes',
      message: {
        fr: `Le paramètre ${key} change en cours d’année ${year} (le ${change?.from}) : pas de minimum unique pour l’année.`,
        en: `Parameter ${key} changes during ${year} (on ${change?.from}): no single minimum for the year.`,
      },
    };
  }
  const weakest = periods.find((v) => v.confidence === 'unconfirmed') ?? first;
  return { ok: true, use: getParameter(key, weakest.from < start ? start : weakest.from) };
}

function lastEnd(values: readonly { readonly to: string | null }[], locale: 'fr' | 'en'): string {
  const to = values[values.length - 1]?.to;
  if (to === null || to === undefined) return '';
  return locale === 'fr' ? ` au ${to}` : ` to ${to}`;
}
