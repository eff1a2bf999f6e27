import type { ParameterKey } from '../law/parameters/index.js';
import { source } from '../law/sources.js';
import type { BuyerKind } from '../model/contract.js';
import type { Localized } from '../model/localized.js';
import { jsonPath } from '../model/validation.js';
import type { AgecRateTable, AgecYearRates } from './agec-rates.js';
import { type Minimum, measure, overallStatus, parameterMinimum, scopeOnly, sum } from './measure.js';
import type { AgecLine } from './purchase-lines.js';
import type { RegimeInfo, RegimeMeasure, RegimeResult } from './types.js';

const LOI_AGEC_URL = 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000041553759';

/** A product category whose AGEC minimums clausier ships. */
export interface AgecShippedCategory {
  /** What the category covers, in French and English. */
  readonly label: Localized;
  /** The parameter of its minimum re-use share. */
  readonly reuse: ParameterKey;
  /** The parameter of its minimum recycled-content share. */
  readonly recycled: ParameterKey;
}

/** The categories whose minimums clausier ships (read in décret n° 2024-134), with their parameters. */
export const AGEC_SHIPPED_CATEGORIES: Readonly<Record<string, AgecShippedCategory>> = {
  textiles: {
    label: { fr: 'Textiles (hors équipements de protection individuelle)', en: 'Textiles (excluding personal protective equipment)' },
    reuse: 'agec.textiles.reuse.minShare',
    recycled: 'agec.textiles.recycled.minShare',
  },
};

/** AGEC art. 58: what it is, for the reports. */
export const AGEC_INFO: RegimeInfo = {
  id: 'agec',
  label: {
    fr: 'Loi AGEC, art. 58 — biens issus du réemploi, de la réutilisation ou intégrant des matières recyclées',
    en: 'AGEC law, art. 58 — goods from re-use or re-employment, or with recycled content',
  },
  description: {
    fr: 'Les services de l’État, les collectivités territoriales et leurs groupements acquièrent chaque année une part minimale de biens issus du réemploi ou de la réutilisation ou intégrant des matières recyclées, par catégorie de produits, en pourcentage de la dépense annuelle HT de l’année civile (décret n° 2021-254, puis décret n° 2024-134 à partir du 1er juillet 2024 : parts distinctes pour le réemploi et pour les matières recyclées, trajectoire 2024 / 2027 / 2030). Seule la ligne « textiles » de l’annexe a été lue : les autres catégories se jugent avec un fichier de taux fourni par l’utilisateur, recopié de l’annexe. Les achats soumis à une contrainte opérationnelle de défense nationale ou à une contrainte technique significative sont exemptés : ne pas les compter dans les lignes.',
    en: 'State services, local authorities and their groupings buy each year a minimum share of goods from re-use or re-employment or with recycled content, per product category, as a percentage of the calendar year’s spending excluding tax (décret n° 2021-254, then décret n° 2024-134 from 1 July 2024: separate shares for re-use and for recycled content, 2024 / 2027 / 2030 trajectory). Only the “textiles” row of the annex was read: other categories are judged with a rates file supplied by the user, copied from the annex. Purchases under a national-defence operational constraint or a significant technical constraint are exempt: leave them out of the lines.',
  },
  legalBasis: [
    source('Loi n° 2020-105 (AGEC)', 'art. 58', LOI_AGEC_URL),
    source('Décret', 'n° 2024-134 du 21 février 2024, annexe', 'https://www.legifrance.gouv.fr/search/all?query=d%C3%A9cret%202024-134'),
    source(
      'Décret',
      'n° 2021-254 du 9 mars 2021 (abrogé le 1er juillet 2024)',
      'https://www.legifrance.gouv.fr/search/all?query=d%C3%A9cret%202021-254',
    ),
  ],
  parameters: ['agec.textiles.reuse.minShare', 'agec.textiles.recycled.minShare'],
};

type Scope = 'in' | 'out' | 'ask';
// Art. 58 I names "les services de l'État" and "les collectivités territoriales et leurs groupements"; other public
// bodies are not named. A contracting entity may be a local authority acting as such: the kind alone cannot tell.
const SCOPE: Readonly<Record<BuyerKind, Scope>> = {
  state: 'in',
  'local-authority': 'in',
  'state-public-body': 'out',
  // The finer buyer kinds of issue 13 (law-rules' hunk): public bodies and private-law buyers are not named either.
  'state-epic': 'out',
  'local-public-body': 'out',
  oph: 'out',
  esh: 'out',
  sem: 'out',
  association: 'out',
  'other-private': 'out',
  'social-landlord': 'out',
  hospital: 'out',
  'contracting-entity': 'ask',
  other: 'ask',
};

const MEASURE_LABELS = {
  reuse: { fr: 'Part issue du réemploi ou de la réutilisation', en: 'Share from re-use or re-employment' },
  recycled: { fr: 'Part intégrant des matières recyclées', en: 'Share with recycled content' },
  combined: {
    fr: 'Part issue du réemploi, de la réutilisation ou intégrant des matières recyclées',
    en: 'Share from re-use, re-employment or with recycled content',
  },
  ofWhichReuse: { fr: 'dont part issue du réemploi ou de la réutilisation', en: 'of which share from re-use or re-employment' },
} as const;

/** One group of AGEC lines: one buyer, year and category, with the lines' indexes in the input. */
export interface AgecGroup {
  /** The lines. */
  readonly lines: readonly AgecLine[];
  /** Their zero-based indexes in the input. */
  readonly indexes: readonly number[];
}

/** Evaluates one buyer's spending on one category in one year against the AGEC minimums. Pure. */
export function evaluateAgecGroup(group: AgecGroup, rates: AgecRateTable | undefined): RegimeResult {
  const first = group.lines[0] as AgecLine;
  const kind = group.lines.find((l) => l.buyerKind !== undefined)?.buyerKind;
  const name = group.lines.find((l) => l.buyerName !== undefined)?.buyerName;
  const base = {
    regime: 'agec' as const,
    year: first.year,
    buyerId: first.buyerId,
    ...(name === undefined ? {} : { buyerName: name }),
    ...(kind === undefined ? {} : { buyerKind: kind }),
    subject: first.category,
    lines: group.indexes,
  };
  if (kind === undefined) {
    return scopeOnly(
      base,
      'unknown',
      {
        fr: 'Type d’acheteur manquant (buyerKind) : l’article 58 ne lie que les services de l’État, les collectivités territoriales et leurs groupements.',
        en: 'Buyer kind missing (buyerKind): art. 58 binds only State services, local authorities and their groupings.',
      },
      group.indexes.map((i) => jsonPath([i, 'buyerKind'])),
    );
  }
  const scope = SCOPE[kind];
  if (scope === 'out') {
    return scopeOnly(base, 'not-applicable', {
      fr: `Acheteur « ${kind} » : l’article 58 de la loi AGEC ne lie que les services de l’État, les collectivités territoriales et leurs groupements.`,
      en: `Buyer "${kind}": art. 58 of the AGEC law binds only State services, local authorities and their groupings.`,
    });
  }
  if (scope === 'ask') {
    return scopeOnly(base, 'unknown', {
      fr: `Acheteur « ${kind} » : préciser s’il s’agit d’un service de l’État ou d’une collectivité territoriale (ou d’un groupement), seuls liés par l’article 58.`,
      en: `Buyer "${kind}": say whether it is a State service or a local authority (or a grouping), the only buyers art. 58 binds.`,
    });
  }
  const inScope = {
    fr: 'Service de l’État ou collectivité territoriale : lié par l’article 58 de la loi AGEC.',
    en: 'State service or local authority: bound by art. 58 of the AGEC law.',
  };
  const measures = agecMeasures(group, rates);
  if (!Array.isArray(measures)) return scopeOnly(base, 'unknown', measures);
  return { ...base, status: overallStatus(measures), scope: inScope, missing: [], measures };
}

function part(group: AgecGroup, field: 'reuseExclTax' | 'recycledExclTax'): { value: string | null; missing: string[] } {
  const missing: string[] = [];
  group.lines.forEach((l, k) => {
    if (l[field] === undefined) missing.push(jsonPath([group.indexes[k] as number, field]));
  });
  return missing.length > 0 ? { value: null, missing } : { value: sum(group.lines.map((l) => l[field] as string)), missing };
}

function agecMeasures(group: AgecGroup, rates: AgecRateTable | undefined): RegimeMeasure[] | Localized {
  const first = group.lines[0] as AgecLine;
  const { category, year } = first;
  const whole = sum(group.lines.map((l) => l.amountExclTax));
  const reuse = part(group, 'reuseExclTax');
  const recycled = part(group, 'recycledExclTax');
  const fromFile = rates?.find(category, year);
  const shipped = AGEC_SHIPPED_CATEGORIES[category];
  const one = (id: keyof typeof MEASURE_LABELS, p: { value: string | null; missing: string[] }, minimum: Minimum) =>
    measure({ id, label: MEASURE_LABELS[id], numerator: p.value, denominator: whole, missing: p.missing, minimum, unit: 'eur' });
  if (shipped) {
    const minReuse = parameterMinimum(shipped.reuse, year);
    const minRecycled = parameterMinimum(shipped.recycled, year);
    if (minReuse.value !== null && minRecycled.value !== null) {
      const conflict = fromFile && (fromFile.reuse !== minReuse.value || fromFile.recycled !== minRecycled.value);
      if (conflict) {
        return {
          fr: `Le fichier de taux donne pour ${category} en ${year} des minimums (${fromFile.reuse ?? '—'} / ${fromFile.recycled ?? '—'}) différents de ceux de clausier (${minReuse.value} / ${minRecycled.value}, décret n° 2024-134) : lever la contradiction avant de conclure.`,
          en: `The rates file gives for ${category} in ${year} minimums (${fromFile.reuse ?? '—'} / ${fromFile.recycled ?? '—'}) that differ from clausier’s (${minReuse.value} / ${minRecycled.value}, décret n° 2024-134): resolve the contradiction before concluding.`,
        };
      }
      return [one('reuse', reuse, minReuse), one('recycled', recycled, minRecycled)];
    }
    if (!fromFile) {
      const why = (minReuse.value === null ? minReuse : minRecycled) as { message: Localized };
      return {
        fr: `${why.message.fr} Donner les minimums de ${category} pour ${year} dans un fichier de taux AGEC (l’annexe du décret en vigueur cette année-là).`,
        en: `${why.message.en} Give the minimums of ${category} for ${year} in an AGEC rates file (the annex of the decree in force that year).`,
      };
    }
  }
  if (!fromFile) {
    return {
      fr: `Aucun minimum connu pour la catégorie « ${category} » en ${year} : clausier ne fournit que la ligne « textiles » du décret n° 2024-134 (les autres lignes de l’annexe n’ont pas été lues). Donner les minimums dans un fichier de taux AGEC recopié de l’annexe.`,
      en: `No minimum known for category "${category}" in ${year}: clausier ships only the "textiles" row of décret n° 2024-134 (the annex’s other rows were not read). Give the minimums in an AGEC rates file copied from the annex.`,
    };
  }
  return fileMeasures(fromFile, reuse, recycled, one);
}

function fileMeasures(
  r: AgecYearRates,
  reuse: { value: string | null; missing: string[] },
  recycled: { value: string | null; missing: string[] },
  one: (id: keyof typeof MEASURE_LABELS, p: { value: string | null; missing: string[] }, minimum: Minimum) => RegimeMeasure,
): RegimeMeasure[] {
  const src = { kind: 'rates-file' as const, source: r.source };
  const out: RegimeMeasure[] = [];
  if (r.reuse !== undefined) out.push(one('reuse', reuse, { value: r.reuse, source: src }));
  if (r.recycled !== undefined) out.push(one('recycled', recycled, { value: r.recycled, source: src }));
  if (r.combined !== undefined) {
    const both =
      reuse.value === null || recycled.value === null
        ? { value: null, missing: [...reuse.missing, ...recycled.missing] }
        : { value: sum([reuse.value, recycled.value]), missing: [] };
    out.push(one('combined', both, { value: r.combined, source: src }));
  }
  if (r.ofWhichReuse !== undefined) out.push(one('ofWhichReuse', reuse, { value: r.ofWhichReuse, source: src }));
  return out;
}
