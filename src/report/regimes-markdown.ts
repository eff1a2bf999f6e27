import { Decimal } from 'decimal.js';
import type { Locale } from '../model/localized.js';
import { formatEuros, type Money } from '../model/money.js';
import type { RegimeMeasure, RegimeReport, RegimeResult } from '../regimes/types.js';
import type { Status } from '../rules/rule.js';

const cell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

const STATUS: Record<Locale, Record<Status, string>> = {
  fr: { pass: 'atteint', fail: 'non atteint', 'not-applicable': 'sans objet', unknown: 'inconnu' },
  en: { pass: 'met', fail: 'missed', 'not-applicable': 'not applicable', unknown: 'unknown' },
};

const T = {
  fr: {
    title: 'Régimes de quotas annuels',
    lines: 'lignes d’achat',
    results: 'résultats',
    regime: 'Régime',
    year: 'Année',
    buyer: 'Acheteur',
    subject: 'Objet',
    measure: 'Part mesurée',
    achieved: 'Atteint',
    minimum: 'Minimum',
    status: 'Verdict',
    why: 'Pourquoi',
    basis: 'Base légale',
    unconfirmed: 'non confirmé',
    ratesFile: 'fichier de taux',
    method:
      'Chaque part est comparée exactement (en décimal) au minimum en vigueur sur toute l’année civile ; un minimum qui change en cours d’année, ou qui n’est pas publié pour toute l’année, donne « inconnu », jamais « non atteint ».',
  },
  en: {
    title: 'Yearly quota regimes',
    lines: 'purchase lines',
    results: 'results',
    regime: 'Regime',
    year: 'Year',
    buyer: 'Buyer',
    subject: 'Subject',
    measure: 'Share measured',
    achieved: 'Achieved',
    minimum: 'Minimum',
    status: 'Verdict',
    why: 'Why',
    basis: 'Legal basis',
    unconfirmed: 'unconfirmed',
    ratesFile: 'rates file',
    method:
      'Each share is compared exactly (in decimals) with the minimum in force over the whole calendar year; a minimum that changes during the year, or is not published for the whole year, gives “unknown”, never “missed”.',
  },
} as const;

// Rounded down in decimals, so that a share just below its minimum is never shown equal to it.
const percent = (x: number, locale: Locale): string => {
  const text = new Decimal(x).times(100).toFixed(2, Decimal.ROUND_DOWN);
  return `${locale === 'fr' ? text.replace('.', ',') : text} %`;
};

function achieved(m: RegimeMeasure, locale: Locale): string {
  if (m.share === null) return '—';
  const amounts =
    m.id === 'low-emission'
      ? `${m.numerator} / ${m.denominator}`
      : `${formatEuros(m.numerator as Money, locale)} / ${formatEuros(m.denominator as Money, locale)}`;
  return `${percent(m.share, locale)} (${amounts})`;
}

function minimum(m: RegimeMeasure, locale: Locale): string {
  if (m.minimum === null) return '—';
  const flag =
    m.confidence === 'unconfirmed'
      ? ` (${T[locale].unconfirmed})`
      : m.minimumSource?.kind === 'rates-file'
        ? ` (${T[locale].ratesFile})`
        : '';
  return `${percent(m.minimum, locale)}${flag}`;
}

const buyer = (r: RegimeResult): string => (r.buyerName ? `${r.buyerName} (${r.buyerId})` : r.buyerId);

/** The regimes' table as plain text cells, shared by the Markdown and HTML reports. */
export interface RegimeRows {
  /** Section title. */
  readonly title: string;
  /** What the section shows and how it is counted. */
  readonly intro: string;
  /** Column headers. */
  readonly header: readonly string[];
  /** One row per measure (or per result without measure). */
  readonly rows: readonly (readonly string[])[];
  /** The regimes' legal bases, one line each. */
  readonly bases: readonly string[];
}

/** The regimes' table as text cells (French by default). Pure. */
export function regimesRows(report: RegimeReport, locale: Locale = 'fr'): RegimeRows {
  const t = T[locale];
  const rows: string[][] = [];
  for (const r of report.results) {
    const head = [r.regime, String(r.year), buyer(r), r.subject];
    if (r.measures.length === 0) rows.push([...head, '—', '—', '—', STATUS[locale][r.status], r.scope[locale]]);
    for (const m of r.measures) {
      rows.push([...head, m.label[locale], achieved(m, locale), minimum(m, locale), STATUS[locale][m.status], m.message[locale]]);
    }
  }
  return {
    title: t.title,
    intro: `${report.lines} ${t.lines}, ${report.results.length} ${t.results}. ${t.method}`,
    header: [t.regime, t.year, t.buyer, t.subject, t.measure, t.achieved, t.minimum, t.status, t.why],
    rows,
    bases: report.regimes.map(
      (info) => `${info.label[locale]} — ${info.legalBasis.map((s) => `${s.code} ${s.article} <${s.url}>`).join(' ; ')}`,
    ),
  };
}

/** The quota regimes as a Markdown section (French by default): one table row per measure, then the legal bases. Pure. */
export function regimesMarkdown(report: RegimeReport, options: { readonly locale?: Locale } = {}): string {
  const locale = options.locale ?? 'fr';
  const t = T[locale];
  const r = regimesRows(report, locale);
  const out = [`## ${r.title}`, '', r.intro, ''];
  out.push(`| ${r.header.join(' | ')} |`, '|---|---:|---|---|---|---:|---:|:---:|---|');
  for (const row of r.rows) out.push(`| ${row.map(cell).join(' | ')} |`);
  out.push('', `### ${t.basis}`, '');
  for (const info of report.regimes) {
    out.push(`- **${info.label[locale]}** — ${info.description[locale]}`);
    for (const s of info.legalBasis) out.push(`  - ${s.code} ${s.article} <${s.url}>`);
  }
  out.push('');
  return out.join('\n');
}
