import * as z from 'zod';
import { localized } from '../model/localized.js';
import { type InputProblem, jsonPath, type ParseResult, toInputProblem } from '../model/validation.js';

/**
 * The AGEC minimums of one product category for some calendar years, as the caller copied them from the annex of the
 * decree in force (décret n° 2024-134 from 1 July 2024, décret n° 2021-254 before). Give the shares of décret
 * n° 2024-134 as `reuse` and `recycled`; those of décret n° 2021-254 as `combined` (re-use, re-employment or recycled
 * content) and `ofWhichReuse`.
 */
export interface AgecRateEntry {
  /** One calendar year. */
  year?: number;
  /** Several calendar years with the same minimums. */
  years?: number[];
  /** Minimum share (0–1) of the year's spending on goods from re-use or re-employment (décret n° 2024-134). */
  reuse?: number;
  /** Minimum share (0–1) of the year's spending on goods with recycled content (décret n° 2024-134). */
  recycled?: number;
  /** Minimum share (0–1) from re-use, re-employment or with recycled content (décret n° 2021-254). */
  combined?: number;
  /** Of `combined`, minimum share (0–1) from re-use or re-employment (décret n° 2021-254). */
  ofWhichReuse?: number;
}

/** One product category of an AGEC rates file. */
export interface AgecRateCategory {
  /** The category id, as the purchase lines name it (`paper`, `office-furniture`…). */
  id: string;
  /** What the category covers (the annex's wording). */
  label?: string;
  /** The minimums by year. */
  minimums: AgecRateEntry[];
}

/** An AGEC rates file: the minimums of the categories clausier does not ship, from the decree's annex. */
export interface AgecRates {
  /** Where the minimums were copied from (the decree and its annex, the date read): shown with every result that uses them. */
  source: string;
  /** The categories. */
  categories: AgecRateCategory[];
}

/** The minimums of one category in one year, from a rates file. */
export interface AgecYearRates {
  /** Minimum re-use share (décret n° 2024-134). */
  readonly reuse?: number;
  /** Minimum recycled-content share (décret n° 2024-134). */
  readonly recycled?: number;
  /** Minimum combined share (décret n° 2021-254). */
  readonly combined?: number;
  /** Of which re-use (décret n° 2021-254). */
  readonly ofWhichReuse?: number;
  /** The file's source. */
  readonly source: string;
}

/** A validated rates file, ready for lookups. */
export interface AgecRateTable {
  /** The file's source. */
  readonly source: string;
  /** The minimums of a category in a year, or `undefined`. */
  find(category: string, year: number): AgecYearRates | undefined;
}

function buildSchema() {
  const share = z.number().min(0).max(1).meta({ description: 'A share between 0 and 1 (0.2 = 20 %).' });
  const year = z.int().min(2021).max(2100);
  const entry = z
    .strictObject({
      year: year.optional(),
      years: z.array(year).min(1).optional(),
      reuse: share.optional(),
      recycled: share.optional(),
      combined: share.optional(),
      ofWhichReuse: share.optional(),
    })
    .superRefine((e, ctx) => {
      if ((e.year === undefined) === (e.years === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'clausier:agec-year', path: ['year'] });
      }
      const decree2024 = e.reuse !== undefined || e.recycled !== undefined;
      const decree2021 = e.combined !== undefined || e.ofWhichReuse !== undefined;
      if (decree2024 === decree2021) ctx.addIssue({ code: 'custom', message: 'clausier:agec-shares', path: [] });
    });
  return z
    .strictObject({
      source: z.string().min(1).meta({ description: 'Where the minimums were copied from (decree, annex, date read).' }),
      categories: z.array(
        z.strictObject({
          id: z.string().min(1).meta({ description: 'Category id, as the purchase lines name it.' }),
          label: z.string().optional(),
          minimums: z.array(entry).min(1),
        }),
      ),
    })
    .meta({
      title: 'clausier AGEC rates',
      description: 'Minimum shares of AGEC art. 58 product categories, copied from the decree’s annex.',
    });
}

let built: ReturnType<typeof buildSchema> | undefined;
const schema = () => {
  built ??= buildSchema();
  return built;
};

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const matches: Same<z.output<ReturnType<typeof buildSchema>>, AgecRates> = true;
void matches;

const CUSTOM: Record<string, [code: string, fr: string, en: string]> = {
  'clausier:agec-year': ['year', 'donner exactement un de "year" ou "years"', 'give exactly one of "year" or "years"'],
  'clausier:agec-shares': [
    'shares',
    'donner les parts du décret n° 2024-134 ("reuse", "recycled") ou celles du décret n° 2021-254 ("combined", "ofWhichReuse"), pas les deux',
    'give the shares of décret n° 2024-134 ("reuse", "recycled") or those of décret n° 2021-254 ("combined", "ofWhichReuse"), not both',
  ],
};

/**
 * Validates an AGEC rates file (parsed JSON). Never throws: every problem has its JSON path. Two entries for the same
 * category and year are refused.
 */
export function parseAgecRates(input: unknown): ParseResult<AgecRateTable> {
  const r = schema().safeParse(input, { reportInput: true });
  if (!r.success) {
    return {
      ok: false,
      problems: r.error.issues.map((issue) => {
        const custom = CUSTOM[issue.message];
        const base = toInputProblem(issue);
        return custom ? { path: base.path, code: custom[0], message: localized(custom[1], custom[2]) } : base;
      }),
    };
  }
  const table = new Map<string, AgecYearRates>();
  const problems: InputProblem[] = [];
  const source = r.data.source;
  r.data.categories.forEach((c, ci) => {
    c.minimums.forEach((e, ei) => {
      for (const y of e.years ?? [e.year as number]) {
        const key = `${c.id}\u0000${y}`;
        if (table.has(key)) {
          problems.push({
            path: jsonPath(['categories', ci, 'minimums', ei]),
            code: 'duplicate',
            message: localized(`deuxième minimum pour ${c.id} en ${y}`, `second minimum for ${c.id} in ${y}`),
          });
          continue;
        }
        const { year: _y, years: _ys, ...shares } = e;
        table.set(key, { ...shares, source });
      }
    });
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { source, find: (category, year) => table.get(`${category}\u0000${year}`) } };
}
