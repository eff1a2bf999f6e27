import { getParameter, ParameterCoverageError } from '../law/lookup.js';
import { ccp } from '../law/sources.js';
import type { LegalSource, ParameterUse } from '../law/types.js';
import { addMonths, type CalendarDate, isCalendarDate, todayUtc, yearOf } from '../model/calendar-date.js';
import type { BuyerKind } from '../model/contract.js';
import type { Localized } from '../model/localized.js';
import { compareMoney, formatEuros, type Money } from '../model/money.js';
import { valueForYear } from '../regimes/yearly-value.js';
import type { Status } from '../rules/rule.js';
import type { BuyerProfile } from './profile.js';

/** One check of a buyer's SPASER in a year it owes one. */
export interface SpaserCheck {
  /** `adopted` (a SPASER is adopted), `published` (it is made public), `indicators` (its indicators are published every two years). */
  readonly id: 'adopted' | 'published' | 'indicators';
  /** The verdict at the evaluation date. */
  readonly status: Status;
  /** When `unknown` for missing data: the profile fields missing (JSON paths). */
  readonly missing: readonly string[];
  /** Why, in French and English. */
  readonly message: Localized;
}

/** Whether the buyer owed a SPASER for one year of purchases, and whether it had one. */
export interface SpaserYear {
  /** Calendar year of the purchases. */
  readonly year: number;
  /** The year's purchases (€ HT). */
  readonly amountExclTax: Money;
  /** The D2111-3 threshold for the year, `null` when not known for the whole year. */
  readonly threshold: ParameterUse | null;
  /** `true` when the buyer owed a SPASER for that year, `false` when not, `null` when it cannot be told. */
  readonly owesSpaser: boolean | null;
  /** Overall: `not-applicable` when it owed none, else the worst of the checks (`fail`, then `unknown`, then `pass`). */
  readonly status: Status;
  /** Why it owes one or not, in French and English. */
  readonly scope: Localized;
  /** When the scope is unknown for missing data: the profile fields missing. */
  readonly missing: readonly string[];
  /** The checks, when it owed one. */
  readonly checks: readonly SpaserCheck[];
}

/** The SPASER assessment of one buyer. */
export interface SpaserAssessment {
  /** The buyer's identifier. */
  readonly buyerId: string;
  /** Its name, when given. */
  readonly buyerName?: string;
  /** Its kind, when given. */
  readonly buyerKind?: BuyerKind;
  /** The evaluation date. */
  readonly asOf: string;
  /** Worst status over the years. */
  readonly status: Status;
  /** One entry per year of purchases, oldest first. */
  readonly years: readonly SpaserYear[];
  /** The articles applied. */
  readonly legalBasis: readonly LegalSource[];
}

/** The articles of the SPASER duty. */
export const SPASER_LEGAL_BASIS: readonly LegalSource[] = [ccp('L2111-3'), ccp('D2111-3')];

/** Options of {@link assessSpaser}. */
export interface SpaserOptions {
  /** Evaluation date `YYYY-MM-DD`: the SPASER's state is judged on that day. Default: today (UTC). */
  readonly asOf?: string;
}

const worst = (statuses: readonly Status[]): Status =>
  statuses.includes('fail') ? 'fail' : statuses.includes('unknown') ? 'unknown' : statuses.includes('pass') ? 'pass' : 'not-applicable';

const frDate = (d: string) => d.split('-').reverse().join('/');

/**
 * Whether a buyer owes a SPASER for each year of its purchases (L2111-3, D2111-3: yearly purchases above 100 M€ HT,
 * 50 M€ from 2023; local authorities and buyers whose status is set by law, every buyer since loi n° 2023-973), and, for
 * the years it owes one, whether at the evaluation date the SPASER is adopted, made public, and its indicators published
 * within the last two years (from 2023). A year not over at the evaluation date, a threshold or scope that changes
 * during the year, or a missing field answers `unknown`, never `fail`. Pure.
 *
 * @throws Error when `asOf` is not a `YYYY-MM-DD` date.
 */
export function assessSpaser(profile: BuyerProfile, options: SpaserOptions = {}): SpaserAssessment {
  const asOf = options.asOf ?? todayUtc();
  if (!isCalendarDate(asOf)) throw new Error(`asOf must be a YYYY-MM-DD calendar date, got ${JSON.stringify(asOf)}`);
  const years = [...profile.purchases].sort((a, b) => a.year - b.year).map((p) => assessYear(profile, p.year, p.amountExclTax, asOf));
  return {
    buyerId: profile.id,
    ...(profile.name === undefined ? {} : { buyerName: profile.name }),
    ...(profile.kind === undefined ? {} : { buyerKind: profile.kind }),
    asOf,
    status: worst(years.map((y) => y.status)),
    years,
    legalBasis: SPASER_LEGAL_BASIS,
  };
}

function assessYear(profile: BuyerProfile, year: number, amount: Money, asOf: CalendarDate): SpaserYear {
  const base = { year, amountExclTax: amount };
  const only = (
    status: Status,
    owes: boolean | null,
    threshold: ParameterUse | null,
    scope: Localized,
    missing: string[] = [],
  ): SpaserYear => ({
    ...base,
    threshold,
    owesSpaser: owes,
    status,
    scope,
    missing,
    checks: [],
  });
  if (year >= yearOf(asOf)) {
    return only('unknown', null, null, {
      fr: `L’année ${year} n’est pas close au ${frDate(asOf)} : le montant annuel des achats n’est pas définitif.`,
      en: `Year ${year} is not over on ${asOf}: the year’s purchases are not final.`,
    });
  }
  const t = valueForYear('spaser.threshold', year);
  if (!t.ok) return only('unknown', null, null, t.message);
  const threshold = t.use;
  const limit = threshold.value as Money;
  if (compareMoney(amount, limit) <= 0) {
    return only('not-applicable', false, threshold, {
      fr: `Achats ${year} de ${formatEuros(amount, 'fr')} HT, pas au-delà du seuil de ${formatEuros(limit, 'fr')} HT (D2111-3) : pas de SPASER dû pour cette année.`,
      en: `${year} purchases of ${formatEuros(amount, 'en')} excl. tax, not above the threshold of ${formatEuros(limit, 'en')} (D2111-3): no SPASER owed for that year.`,
    });
  }
  const above = {
    fr: `Achats ${year} de ${formatEuros(amount, 'fr')} HT, au-delà du seuil de ${formatEuros(limit, 'fr')} HT (D2111-3)`,
    en: `${year} purchases of ${formatEuros(amount, 'en')} excl. tax, above the threshold of ${formatEuros(limit, 'en')} (D2111-3)`,
  };
  const scope = scopeOf(profile, year);
  if (scope.owes !== true) {
    return only(
      scope.owes === false ? 'not-applicable' : 'unknown',
      scope.owes,
      threshold,
      {
        fr: `${above.fr} ; ${scope.message.fr}`,
        en: `${above.en}; ${scope.message.en}`,
      },
      scope.missing,
    );
  }
  const checks = [adopted(profile, asOf), published(profile, asOf), indicators(profile, asOf)];
  return {
    ...base,
    threshold,
    owesSpaser: true,
    status: worst(checks.map((c) => c.status)),
    scope: { fr: `${above.fr} ; ${scope.message.fr}`, en: `${above.en}; ${scope.message.en}` },
    missing: [],
    checks,
  };
}

function scopeOf(p: BuyerProfile, year: number): { owes: boolean | null; message: Localized; missing: string[] } {
  const all = valueForYear('spaser.scope.allBuyers', year);
  const oldScope = p.kind === 'local-authority' || p.statusSetByLaw === true ? true : p.statusSetByLaw === false ? false : null;
  if (all.ok && all.use.value === true) {
    return {
      owes: true,
      message: {
        fr: 'tout acheteur au-delà du seuil doit un SPASER (L2111-3, loi n° 2023-973).',
        en: 'every buyer above the threshold owes a SPASER (L2111-3, loi n° 2023-973).',
      },
      missing: [],
    };
  }
  if (oldScope === true) {
    return {
      owes: true,
      message: {
        fr: 'collectivité territoriale ou acheteur dont le statut est fixé par la loi : SPASER dû (L2111-3).',
        en: 'local authority or buyer whose status is set by law: SPASER owed (L2111-3).',
      },
      missing: [],
    };
  }
  if (!all.ok) {
    return {
      owes: null,
      message: {
        fr: `le champ de L2111-3 s’étend à tout acheteur en cours d’année ${year} (loi n° 2023-973) : pas de réponse unique pour l’année.`,
        en: `the scope of L2111-3 widens to every buyer during ${year} (loi n° 2023-973): no single answer for the year.`,
      },
      missing: [],
    };
  }
  if (oldScope === false) {
    return {
      owes: false,
      message: {
        fr: 'avant la loi n° 2023-973, seuls les collectivités territoriales et les acheteurs dont le statut est fixé par la loi devaient un SPASER.',
        en: 'before loi n° 2023-973, only local authorities and buyers whose status is set by law owed a SPASER.',
      },
      missing: [],
    };
  }
  return {
    owes: null,
    message: {
      fr: 'dire si l’acheteur est une collectivité territoriale (kind) ou si son statut est fixé par la loi (statusSetByLaw).',
      en: 'say whether the buyer is a local authority (kind) or its status is set by law (statusSetByLaw).',
    },
    missing: ['$.kind', '$.statusSetByLaw'],
  };
}

const check = (id: SpaserCheck['id'], status: Status, fr: string, en: string, missing: string[] = []): SpaserCheck => ({
  id,
  status,
  missing,
  message: { fr, en },
});

function adopted(p: BuyerProfile, asOf: CalendarDate): SpaserCheck {
  const s = p.spaser;
  if (s?.adopted === false) return check('adopted', 'fail', 'Aucun SPASER adopté (déclaré).', 'No SPASER adopted (as declared).');
  if (s?.adoptedOn !== undefined) {
    return s.adoptedOn <= asOf
      ? check('adopted', 'pass', `SPASER adopté le ${frDate(s.adoptedOn)}.`, `SPASER adopted on ${s.adoptedOn}.`)
      : check(
          'adopted',
          'fail',
          `SPASER pas encore adopté au ${frDate(asOf)} (adopté le ${frDate(s.adoptedOn)}).`,
          `SPASER not yet adopted on ${asOf} (adopted on ${s.adoptedOn}).`,
        );
  }
  if (s?.adopted === true) return check('adopted', 'pass', 'SPASER adopté (déclaré, sans date).', 'SPASER adopted (declared, no date).');
  return check('adopted', 'unknown', 'Adoption du SPASER non renseignée.', 'SPASER adoption not given.', ['$.spaser.adoptedOn']);
}

function published(p: BuyerProfile, asOf: CalendarDate): SpaserCheck {
  const s = p.spaser;
  if (s?.adopted === false) return check('published', 'fail', 'Aucun SPASER à rendre public.', 'No SPASER to make public.');
  if (s?.published === false)
    return check('published', 'fail', 'SPASER non rendu public (déclaré).', 'SPASER not made public (as declared).');
  if (s?.publishedOn !== undefined) {
    return s.publishedOn <= asOf
      ? check(
          'published',
          'pass',
          `SPASER rendu public le ${frDate(s.publishedOn)}${s.url ? ` (${s.url})` : ''}.`,
          `SPASER made public on ${s.publishedOn}${s.url ? ` (${s.url})` : ''}.`,
        )
      : check('published', 'fail', `SPASER pas encore public au ${frDate(asOf)}.`, `SPASER not yet public on ${asOf}.`);
  }
  if (s?.published === true)
    return check('published', 'pass', 'SPASER rendu public (déclaré, sans date).', 'SPASER made public (declared, no date).');
  return check('published', 'unknown', 'Publication du SPASER non renseignée.', 'SPASER publication not given.', ['$.spaser.publishedOn']);
}

function indicators(p: BuyerProfile, asOf: CalendarDate): SpaserCheck {
  let period: number;
  try {
    period = getParameter('spaser.indicators.period', asOf).value as number;
  } catch (e) {
    if (e instanceof ParameterCoverageError)
      return check(
        'indicators',
        'unknown',
        `Périodicité des indicateurs inconnue au ${frDate(asOf)}.`,
        `Indicators period not known on ${asOf}.`,
      );
    throw e;
  }
  if (period === 0)
    return check('indicators', 'not-applicable', 'Pas d’indicateurs à publier avant 2023.', 'No indicators to publish before 2023.');
  const s = p.spaser;
  if (s?.adopted === false)
    return check('indicators', 'fail', 'Aucun SPASER, donc aucun indicateur publié.', 'No SPASER, so no indicators published.');
  const start = s?.adoptedOn !== undefined && s.adoptedOn > '2023-01-01' ? s.adoptedOn : ('2023-01-01' as CalendarDate);
  const due = addMonths(start, 12 * period);
  if (asOf < due) {
    return check(
      'indicators',
      'not-applicable',
      `Première publication des indicateurs attendue au plus tard le ${frDate(due)} (tous les ${period} ans à compter du 1er janvier 2023 ou de l’adoption ; point de départ lu par clausier).`,
      `First publication of the indicators expected by ${due} (every ${period} years from 1 January 2023 or the adoption; starting point as clausier reads it).`,
    );
  }
  const dates = s?.indicatorsPublishedOn;
  if (dates === undefined)
    return check(
      'indicators',
      'unknown',
      'Dates de publication des indicateurs non renseignées.',
      'Indicators publication dates not given.',
      ['$.spaser.indicatorsPublishedOn'],
    );
  const windowStart = addMonths(asOf, -12 * period);
  const last = dates
    .filter((d) => d <= asOf)
    .sort()
    .pop();
  if (last !== undefined && last > windowStart) {
    return check(
      'indicators',
      'pass',
      `Indicateurs publiés le ${frDate(last)}, il y a moins de ${period} ans.`,
      `Indicators published on ${last}, less than ${period} years ago.`,
    );
  }
  return check(
    'indicators',
    'fail',
    last === undefined
      ? `Aucun indicateur publié au ${frDate(asOf)} : ils sont dus tous les ${period} ans (L2111-3).`
      : `Derniers indicateurs publiés le ${frDate(last)}, il y a plus de ${period} ans (L2111-3).`,
    last === undefined
      ? `No indicators published by ${asOf}: they are due every ${period} years (L2111-3).`
      : `Last indicators published on ${last}, more than ${period} years ago (L2111-3).`,
  );
}
