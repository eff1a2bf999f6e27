import * as z from 'zod';
import { source } from '../law/sources.js';
import type { Confidence, LegalSource } from '../law/types.js';
import type { Loosen } from '../model/contract.js';
import type { Localized } from '../model/localized.js';
import { compareMoney, type Money, parseMoney } from '../model/money.js';
import { INDICATOR_IDS, type IndicatorId } from './indicators.js';

/** What a target bounds: the count rate (a share 0–1), the number of contracts, or their amount (€ HT). */
export type TargetKind = 'rate' | 'count' | 'amount';

/** One yearly target: for the contracts notified in `year`, the indicator must reach at least `min`. */
export interface YearTarget {
  /** The indicator. */
  readonly indicator: IndicatorId;
  /** Calendar year of notification. */
  readonly year: number;
  /** What is bounded. */
  readonly kind: TargetKind;
  /** The minimum: a share for `rate`, an integer for `count`, a canonical amount for `amount`. */
  readonly min: number | Money;
  /**
   * When the minimum is a goal set for a later year (the PNAD's 2025 goals read in 2022-2024): that year. A year on the
   * way is shown as its distance to the goal, never as « missed » (see {@link TargetOutcome.onTheWay}).
   */
  readonly goalYear?: number;
}

/** A set of yearly targets with where they come from. */
export interface TargetRegime {
  /** Identifier (`pnad`, `armees`, or the organisation's own). */
  readonly id: string;
  /** Name, in French and English. */
  readonly label: Localized;
  /** The documents that set the targets. */
  readonly sources: readonly LegalSource[];
  /** Whether the targets were read in the source. */
  readonly confidence: Confidence;
  /** What a reader should know, in French and English. */
  readonly note?: Localized;
  /** The targets; at most one per indicator and year. */
  readonly targets: readonly YearTarget[];
}

const rate = (indicator: IndicatorId, year: number, min: number): YearTarget => ({ indicator, year, kind: 'rate', min });
const goal = (indicator: IndicatorId, year: number, min: number, goalYear: number): YearTarget =>
  year === goalYear ? rate(indicator, year, min) : { indicator, year, kind: 'rate', min, goalYear };
const YEARS_2022_2025 = [2022, 2023, 2024, 2025];

/**
 * Plan national pour des achats durables 2022-2025: 100 % of the contracts notified in the year with at least one
 * environmental consideration, 30 % with at least one social consideration — goals for 2025. Read as written: 2025 is
 * judged against them; 2022-2024 are shown as the distance on the way to them (`goalYear: 2025`), never « missed ». No
 * successor plan for 2026+ was found, so later years have no target.
 */
export const PNAD_2022_2025: TargetRegime = {
  id: 'pnad',
  label: {
    fr: 'PNAD 2022-2025 (Plan national pour des achats durables)',
    en: 'PNAD 2022-2025 (French national sustainable procurement plan)',
  },
  sources: [source('Plan national pour des achats durables 2022-2025', 'objectifs 2025', 'https://www.ecologie.gouv.fr/')],
  confidence: 'confirmed',
  note: {
    fr: 'Objectifs fixés pour 2025 (plan lancé le 15 mars 2022) : 2025 est jugée au regard de ces objectifs ; 2022 à 2024 montrent la distance qui reste à parcourir, sans « non atteint ». Feuille de route non contraignante ; mesurée sur le nombre de marchés notifiés dans l’année. Aucun plan successeur trouvé pour 2026 et après.',
    en: 'Goals set for 2025 (plan launched 15 March 2022): 2025 is judged against them; 2022 to 2024 show the distance still to go, never “missed”. A non-binding roadmap; measured on the count of contracts notified in the year. No successor plan found for 2026 onwards.',
  },
  targets: YEARS_2022_2025.flatMap((y) => [goal('environmental-consideration', y, 1, 2025), goal('social-consideration', y, 0.3, 2025)]),
};

/**
 * Ministère des Armées, 5th ministerial directive on responsible purchasing: environmental 60 / 80 / 100 % and social
 * 15 / 25 / 30 % of the contracts notified in 2023 / 2024 / 2025 — yearly steps, each judged in its own year.
 */
export const ARMEES_5TH_DIRECTIVE: TargetRegime = {
  id: 'armees',
  label: {
    fr: 'Ministère des Armées — 5e directive ministérielle achats responsables (2023-2025)',
    en: 'French Ministry of the Armed Forces — 5th responsible purchasing directive (2023-2025)',
  },
  sources: [
    source(
      'Ministère des Armées',
      '5e directive ministérielle relative aux achats responsables, janvier 2023',
      'https://www.defense.gouv.fr/',
    ),
  ],
  confidence: 'confirmed',
  note: {
    fr: 'Directive signée début janvier 2023 ; objectifs mesurés sur le nombre de marchés notifiés dans l’année. Aucun objectif après 2025 n’a été trouvé.',
    en: 'Signed early January 2023; measured on the count of contracts notified in the year. No target after 2025 was found.',
  },
  targets: [
    rate('environmental-consideration', 2023, 0.6),
    rate('social-consideration', 2023, 0.15),
    rate('environmental-consideration', 2024, 0.8),
    rate('social-consideration', 2024, 0.25),
    rate('environmental-consideration', 2025, 1),
    rate('social-consideration', 2025, 0.3),
  ],
};

/** The target regimes clausier ships, by id. */
export const TARGET_REGIMES: Readonly<Record<string, TargetRegime>> = { pnad: PNAD_2022_2025, armees: ARMEES_5TH_DIRECTIVE };

function buildOwnTargetsSchema() {
  const yearSchema = z.int().min(1900).max(2999);
  const amountSchema = z.union([z.string(), z.number()]).transform((v, ctx) => {
    const r = parseMoney(v);
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: `expected an amount in euros excl. tax, got ${JSON.stringify(v)}`, input: v });
    return z.NEVER;
  });

  const targetEntrySchema = z
    .strictObject({
      indicator: z.enum(INDICATOR_IDS),
      year: yearSchema.optional(),
      years: z.array(yearSchema).min(1).optional(),
      minRate: z.number().min(0).max(1).optional(),
      minCount: z.int().min(0).optional(),
      minAmount: amountSchema.optional(),
    })
    .superRefine((t, ctx) => {
      if ((t.year === undefined) === (t.years === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'give exactly one of "year" or "years"', path: ['year'] });
      }
      const mins = [t.minRate, t.minCount, t.minAmount].filter((x) => x !== undefined).length;
      if (mins !== 1)
        ctx.addIssue({ code: 'custom', message: 'give exactly one of "minRate", "minCount" or "minAmount"', path: ['minRate'] });
    });

  return z.strictObject({
    id: z.string().min(1).optional(),
    name: z.string().min(1),
    source: z.string().optional(),
    targets: z.array(targetEntrySchema),
  });
}

/**
 * One entry of a validated targets file: a minimum for an indicator in one or several years.
 * Exactly one of `year` or `years`, and exactly one of `minRate`, `minCount` or `minAmount`, is given.
 */
export interface OwnTarget {
  /** The indicator. */
  indicator: IndicatorId;
  /** Calendar year of notification the target applies to (1900–2999). */
  year?: number;
  /** Calendar years of notification the target applies to, each alike (at least one). */
  years?: number[];
  /** Minimum share of the contracts, between 0 and 1 (0.3 = 30 %). */
  minRate?: number;
  /** Minimum number of contracts, an integer. */
  minCount?: number;
  /** Minimum amount of the contracts (€ HT), as a canonical decimal string. */
  minAmount?: Money;
}

/** An organisation's validated targets file; {@link parseOwnTargets} turns it into a {@link TargetRegime}. */
export interface OwnTargets {
  /** Identifier of the regime. Default: `own`. */
  id?: string;
  /** Name of the regime, used in both languages. */
  name: string;
  /** Where the targets come from (a decision, a plan), shown as the regime's source. */
  source?: string;
  /** The targets; at most one per indicator and year. */
  targets: OwnTarget[];
}

/** An organisation's targets file, as written: amounts as decimal strings or numbers. */
export type OwnTargetsInput = Loosen<OwnTargets>;

// The hand-written, documented interfaces above must stay equal to what the schema produces.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const outputMatches: Same<z.output<ReturnType<typeof buildOwnTargetsSchema>>, OwnTargets> = true;
const inputMatches: Same<z.input<ReturnType<typeof buildOwnTargetsSchema>>, OwnTargetsInput> = true;
void outputMatches;
void inputMatches;

/**
 * The zod schema of an organisation's own targets file: validates an {@link OwnTargetsInput} and produces
 * {@link OwnTargets}:
 * `{ "id"?, "name", "targets": [ { "indicator", "year" | "years", "minRate" | "minCount" | "minAmount" } ] }`.
 * Prefer {@link parseOwnTargets}, which also rejects two targets for the same indicator and year.
 *
 * A plain zod 4 object schema, which composes with your own zod like {@link ContractSchema}.
 */
export const OwnTargetsSchema: ReturnType<typeof buildOwnTargetsSchema> = buildOwnTargetsSchema();

/** A problem in a targets file. */
export interface TargetsProblem {
  /** JSON path of the faulty value. */
  readonly path: string;
  /** What is wrong (English). */
  readonly message: string;
}

/**
 * Reads an organisation's own yearly targets (parsed JSON) as a {@link TargetRegime}.
 * Never throws: returns every problem with its JSON path, including two targets for the same indicator and year.
 *
 * @example
 * ```ts
 * parseOwnTargets({ name: 'OPH 2026-2027', targets: [
 *   { indicator: 'reserved', year: 2026, minCount: 1 },
 *   { indicator: 'reserved', year: 2027, minCount: 3 },
 *   { indicator: 'insertion-clause-non-works', years: [2026, 2027], minCount: 2 },
 * ] });
 * ```
 */
export function parseOwnTargets(input: unknown):
  | {
      /** The file was valid. */
      ok: true;
      /** The targets, as a regime. */
      value: TargetRegime;
    }
  | {
      /** The file was invalid. */
      ok: false;
      /** Every problem, with its JSON path. */
      problems: TargetsProblem[];
    } {
  const r = OwnTargetsSchema.safeParse(input);
  if (!r.success) {
    return { ok: false, problems: r.error.issues.map((i) => ({ path: pathOf(i.path), message: i.message })) };
  }
  const targets: YearTarget[] = [];
  const seen = new Map<string, number>();
  const problems: TargetsProblem[] = [];
  r.data.targets.forEach((t, i) => {
    const years = t.years ?? [t.year as number];
    for (const year of years) {
      const key = `${t.indicator}/${year}`;
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({ path: `$.targets[${i}]`, message: `second target for ${t.indicator} in ${year} (first at $.targets[${first}])` });
        continue;
      }
      seen.set(key, i);
      if (t.minRate !== undefined) targets.push({ indicator: t.indicator, year, kind: 'rate', min: t.minRate });
      else if (t.minCount !== undefined) targets.push({ indicator: t.indicator, year, kind: 'count', min: t.minCount });
      else targets.push({ indicator: t.indicator, year, kind: 'amount', min: t.minAmount as Money });
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  const d = r.data;
  return {
    ok: true,
    value: {
      id: d.id ?? 'own',
      label: { fr: d.name, en: d.name },
      sources: d.source === undefined ? [] : [{ code: d.name, article: d.source, url: '' }],
      confidence: 'confirmed',
      note: { fr: 'Objectifs fixés par l’organisation.', en: 'Targets set by the organisation.' },
      targets,
    },
  };
}

const pathOf = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : `${acc}.${String(k)}`), '$');

/** The result of comparing an indicator with its target. */
export interface TargetOutcome {
  /** The target. */
  readonly target: YearTarget;
  /**
   * Whether it is met; `null` when it cannot be told (no known contract for a rate target), or when the year is on the way
   * to a later goal and the goal is not reached yet (never « missed » before the goal year).
   */
  readonly met: boolean | null;
  /** True when the year is before the target's goal year: the gap is the distance on the way to the goal. */
  readonly onTheWay: boolean;
  /** Achieved minus target: a share (rate), a count, or a canonical signed amount string; `null` with `met`. */
  readonly gap: number | string | null;
}

/** The target of an indicator in a year, if the regime sets one. */
export const findTarget = (regime: TargetRegime, indicator: IndicatorId, year: number): YearTarget | undefined =>
  regime.targets.find((t) => t.indicator === indicator && t.year === year);

/**
 * Compares achieved values with a target. Unknown contracts are counted on neither side: a rate target is judged
 * on the contracts whose status is known.
 */
export function assessTarget(
  target: YearTarget,
  achieved: { readonly rate: number | null; readonly numerator: number; readonly numeratorAmount: Money },
): TargetOutcome {
  const onTheWay = target.goalYear !== undefined && target.year < target.goalYear;
  // A year on the way to a later goal is never « missed »: reached, or the distance still to go.
  const judged = (met: boolean): boolean | null => (met || !onTheWay ? met : null);
  switch (target.kind) {
    case 'rate': {
      if (achieved.rate === null) return { target, met: null, gap: null, onTheWay };
      const min = target.min as number;
      return { target, met: judged(achieved.rate >= min), gap: round(achieved.rate - min), onTheWay };
    }
    case 'count': {
      const min = target.min as number;
      return { target, met: judged(achieved.numerator >= min), gap: achieved.numerator - min, onTheWay };
    }
    case 'amount': {
      const min = target.min as Money;
      const c = compareMoney(achieved.numeratorAmount, min);
      return { target, met: judged(c >= 0), gap: signedDifference(achieved.numeratorAmount, min), onTheWay };
    }
  }
}

// Rates are shares of counts: 12 decimal places are more than any report shows, and remove float noise (0.6 - 0.8).
const round = (x: number): number => Math.round(x * 1e12) / 1e12;

function signedDifference(a: Money, b: Money): string {
  const scale = Math.max(fracLength(a), fracLength(b));
  const units = (m: Money) => BigInt(m.replace('.', '') + '0'.repeat(scale - fracLength(m)));
  const d = units(a) - units(b);
  const neg = d < 0n;
  const digits = (neg ? -d : d).toString().padStart(scale + 1, '0');
  let text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  if (text.includes('.')) text = text.replace(/\.?0+$/, '');
  return neg ? `-${text}` : text;
}

const fracLength = (m: string): number => {
  const i = m.indexOf('.');
  return i < 0 ? 0 : m.length - i - 1;
};
