import type { Locale } from '../model/localized.js';
import { formatEuros, type Money } from '../model/money.js';
import type { GroupKey } from '../portfolio/grouping.js';
import type { IndicatorResult, PortfolioSummary } from '../portfolio/summary.js';

/** The fixed texts of the reports, in French and English. */
export const TEXT = {
  fr: {
    title: 'Conformité du portefeuille d’achats',
    subtitle: 'Annexe au schéma de promotion des achats publics socialement et écologiquement responsables (SPASER)',
    period: 'Période couverte (dates de notification)',
    noPeriod: 'aucune date de notification connue',
    records: 'Enregistrements',
    total: 'lus',
    evaluated: 'évalués',
    rejected: 'rejetés',
    rejections: 'Enregistrements rejetés',
    index: 'Rang',
    reason: 'Motif',
    moreRejections: (n: number) => `… et ${n} autre(s) : l’option --rejections-out les écrit toutes dans un fichier.`,
    targets: 'Objectifs',
    noTargets: 'Aucun régime d’objectifs choisi.',
    sources: 'Sources',
    indicators: 'Indicateurs',
    group: 'Groupe',
    numerator: 'Numérateur',
    denominator: 'Dénominateur',
    unknown: 'Inconnus',
    rate: 'Taux',
    amountRate: 'Taux en montant',
    numeratorAmount: 'Montant du numérateur',
    target: 'Objectif',
    gap: 'Écart',
    met: 'Atteint',
    yes: 'oui',
    no: 'non',
    whole: 'Ensemble du portefeuille',
    unknownGroup: 'inconnu',
    buyer: 'acheteur',
    year: 'année',
    dataQuality: 'Qualité des données',
    dataQualityIntro: (n: number) =>
      `${n} enregistrement(s) comportent au moins un défaut signalé par le lecteur (enregistrement rejeté, ou champ écarté : les règles qui en dépendent disent « inconnu »).`,
    path: 'Chemin',
    count: 'Nombre',
    methodology: 'Méthodologie',
    unknownMeaning:
      'Un contrat « inconnu » pour un indicateur est un contrat dont les données ne permettent pas de dire s’il remplit l’indicateur : il n’est compté ni au numérateur ni au dénominateur, et son nombre est donné à part. Les contrats hors du champ d’un indicateur ne sont pas comptés. Le taux en montant pondère par le montant notifié HT, sur les contrats connus qui en ont un. Un objectif de taux est jugé sur les contrats connus.',
    scopeAll: 'Considérations environnementales et sociales : tous les contrats.',
    scopeAbove: (m: string) => `Considérations environnementales et sociales : contrats de plus de ${m} HT seulement.`,
    parameters: 'Seuils utilisés',
    confidence: { confirmed: 'confirmé', unconfirmed: 'non confirmé' },
    from: 'du',
    to: 'au',
    open: 'sans fin connue',
    legalRules: 'Règles de droit vérifiées pour le taux de conformité légale',
    definition: 'Définition',
    generated: 'Produit par clausier',
    chartAlt: (label: string) => `Graphique : ${label}, par année, avec l’objectif`,
    targetLine: 'objectif',
    achieved: 'taux atteint',
    belowTarget: 'sous l’objectif',
    pts: 'pts',
  },
  en: {
    title: 'Purchasing portfolio compliance',
    subtitle: 'Annex to the responsible public procurement scheme (SPASER)',
    period: 'Period covered (notification dates)',
    noPeriod: 'no notification date known',
    records: 'Records',
    total: 'read',
    evaluated: 'evaluated',
    rejected: 'rejected',
    rejections: 'Rejected records',
    index: 'Index',
    reason: 'Reason',
    moreRejections: (n: number) => `… and ${n} more: the --rejections-out option writes them all to a file.`,
    targets: 'Targets',
    noTargets: 'No target regime chosen.',
    sources: 'Sources',
    indicators: 'Indicators',
    group: 'Group',
    numerator: 'Numerator',
    denominator: 'Denominator',
    unknown: 'Unknown',
    rate: 'Rate',
    amountRate: 'Amount rate',
    numeratorAmount: 'Numerator amount',
    target: 'Target',
    gap: 'Gap',
    met: 'Met',
    yes: 'yes',
    no: 'no',
    whole: 'Whole portfolio',
    unknownGroup: 'unknown',
    buyer: 'buyer',
    year: 'year',
    dataQuality: 'Data quality',
    dataQualityIntro: (n: number) =>
      `${n} record(s) have at least one defect reported by the reader (record rejected, or field left out: rules that need it say unknown).`,
    path: 'Path',
    count: 'Count',
    methodology: 'Methodology',
    unknownMeaning:
      'A contract is "unknown" for an indicator when its data cannot tell whether it meets the indicator: it is counted in neither the numerator nor the denominator, and the number of such contracts is given apart. Contracts out of an indicator’s scope are not counted. The amount rate weighs contracts by their notified amount excl. tax, over the known contracts that have one. A rate target is judged on the known contracts.',
    scopeAll: 'Environmental and social considerations: every contract.',
    scopeAbove: (m: string) => `Environmental and social considerations: contracts above ${m} excl. tax only.`,
    parameters: 'Thresholds used',
    confidence: { confirmed: 'confirmed', unconfirmed: 'unconfirmed' },
    from: 'from',
    to: 'to',
    open: 'no known end',
    legalRules: 'Legal rules checked for the legal-compliance rate',
    definition: 'Definition',
    generated: 'Produced by clausier',
    chartAlt: (label: string) => `Chart: ${label}, per year, with the target`,
    targetLine: 'target',
    achieved: 'achieved rate',
    belowTarget: 'below target',
    pts: 'pts',
  },
} as const;

const NATURE: Record<Locale, Record<string, string>> = {
  fr: { works: 'travaux', supplies: 'fournitures', services: 'services' },
  en: { works: 'works', supplies: 'supplies', services: 'services' },
};

/** `72,5 %` / `72.5%`; `—` for no rate. */
export function formatRate(rate: number | null, locale: Locale): string {
  if (rate === null) return '—';
  const text = (Math.round(rate * 1000) / 10).toFixed(1);
  return locale === 'fr' ? `${text.replace('.', ',')} %` : `${text}%`;
}

/** A group as a reader sees it: `2026 · travaux`, or the whole portfolio. */
export function formatGroup(g: GroupKey, locale: Locale): string {
  const t = TEXT[locale];
  const parts: string[] = [];
  if (g.year !== undefined) parts.push(g.year === 'unknown' ? `${t.year} ${t.unknownGroup}` : String(g.year));
  if (g.buyer !== undefined) parts.push(`${t.buyer} ${g.buyer === 'unknown' ? t.unknownGroup : g.buyer}`);
  if (g.nature !== undefined) parts.push(g.nature === 'unknown' ? t.unknownGroup : (NATURE[locale][g.nature] ?? g.nature));
  return parts.length === 0 ? t.whole : parts.join(' · ');
}

/** A target's minimum: a rate, a count or an amount. */
export function formatTarget(r: IndicatorResult, locale: Locale): string {
  if (r.target === null) return '—';
  // A goal set for a later year (PNAD: 2025) is named as such: the year shown is on the way to it.
  const goal = r.goalYear === null ? '' : locale === 'fr' ? ` (objectif ${r.goalYear})` : ` (${r.goalYear} goal)`;
  if (r.targetKind === 'rate') return `≥ ${formatRate(r.target as number, locale)}${goal}`;
  if (r.targetKind === 'amount') return `≥ ${formatEuros(r.target as Money, locale)}${goal}`;
  return `≥ ${r.target}${goal}`;
}

/** The gap to a target: points for a rate, a count, or euros. */
export function formatGap(r: IndicatorResult, locale: Locale): string {
  if (r.gap === null) return '—';
  if (r.targetKind === 'rate') {
    const pts = Math.round((r.gap as number) * 1000) / 10;
    const text = `${pts > 0 ? '+' : pts < 0 ? '−' : ''}${Math.abs(pts).toFixed(1)} ${TEXT[locale].pts}`;
    return locale === 'fr' ? text.replace('.', ',') : text;
  }
  if (r.targetKind === 'amount') {
    const g = String(r.gap);
    return g.startsWith('-') ? `−${formatEuros(g.slice(1), locale)}` : `+${formatEuros(g, locale)}`;
  }
  const n = r.gap as number;
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}

/** `oui` / `non` / `—`. */
export const formatMet = (met: boolean | null, locale: Locale): string => (met === null ? '—' : met ? TEXT[locale].yes : TEXT[locale].no);

/** An integer with a thin-space or comma thousands separator. */
export const formatCount = (n: number, locale: Locale): string =>
  String(n).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'fr' ? '\u202f' : ',');

/** The period covered, or that no date is known. */
export function formatPeriod(s: PortfolioSummary, locale: Locale): string {
  const t = TEXT[locale];
  return s.period === null ? t.noPeriod : `${t.from} ${s.period.from} ${t.to} ${s.period.to}`;
}

/** Indicator results grouped by indicator, in the summary's order. */
export function byIndicator(s: PortfolioSummary): Map<string, IndicatorResult[]> {
  const out = new Map<string, IndicatorResult[]>();
  for (const r of s.indicators) {
    const list = out.get(r.id);
    if (list) list.push(r);
    else out.set(r.id, [r]);
  }
  return out;
}

/** How many rejections the reports list in detail (the tally keeps as many; `--rejections-out` writes them all). */
export const REPORT_REJECTION_LIMIT = 100;
