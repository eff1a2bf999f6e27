import type { SpaserAssessment } from '../buyer/spaser.js';
import type { Locale } from '../model/localized.js';
import { formatEuros, type Money } from '../model/money.js';
import type { Status } from '../rules/rule.js';

const cell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

const STATUS: Record<Locale, Record<Status, string>> = {
  fr: { pass: 'conforme', fail: 'non conforme', 'not-applicable': 'sans objet', unknown: 'indéterminé' },
  en: { pass: 'pass', fail: 'fail', 'not-applicable': 'not applicable', unknown: 'unknown' },
};

const T = {
  fr: {
    title: 'SPASER — schéma de promotion des achats publics socialement et écologiquement responsables',
    asOf: 'Situation au',
    status: 'Verdict',
    year: 'Année',
    purchases: 'Achats HT',
    threshold: 'Seuil',
    owes: 'SPASER dû',
    adopted: 'Adopté',
    published: 'Public',
    indicators: 'Indicateurs',
    why: 'Pourquoi',
    yes: 'oui',
    no: 'non',
    basis: 'Base légale',
    unconfirmed: 'non confirmé',
  },
  en: {
    title: 'SPASER — responsible public procurement scheme',
    asOf: 'As of',
    status: 'Verdict',
    year: 'Year',
    purchases: 'Purchases excl. tax',
    threshold: 'Threshold',
    owes: 'SPASER owed',
    adopted: 'Adopted',
    published: 'Public',
    indicators: 'Indicators',
    why: 'Why',
    yes: 'yes',
    no: 'no',
    basis: 'Legal basis',
    unconfirmed: 'unconfirmed',
  },
} as const;

/** A buyer's SPASER assessment as Markdown (French by default): one row per year, then the messages. Pure. */
export function spaserMarkdown(a: SpaserAssessment, options: { readonly locale?: Locale } = {}): string {
  const locale = options.locale ?? 'fr';
  const t = T[locale];
  const s = STATUS[locale];
  const out = [
    `## ${t.title}`,
    '',
    `**${cell(a.buyerName ? `${a.buyerName} (${a.buyerId})` : a.buyerId)}** — ${t.asOf} ${a.asOf} — ${t.status} : **${s[a.status]}**`.replace(
      ' :',
      locale === 'fr' ? ' :' : ':',
    ),
    '',
    `| ${t.year} | ${t.purchases} | ${t.threshold} | ${t.owes} | ${t.adopted} | ${t.published} | ${t.indicators} | ${t.why} |`,
    '|---:|---:|---:|:---:|:---:|:---:|:---:|---|',
  ];
  for (const y of a.years) {
    const c = (id: string) => {
      const k = y.checks.find((x) => x.id === id);
      return k ? s[k.status] : '—';
    };
    const threshold = y.threshold
      ? `${formatEuros(y.threshold.value as Money, locale)}${y.threshold.confidence === 'unconfirmed' ? ` (${t.unconfirmed})` : ''}`
      : '—';
    const owes = y.owesSpaser === null ? s.unknown : y.owesSpaser ? t.yes : t.no;
    const why = [y.scope[locale], ...y.checks.map((k) => k.message[locale])].join(' ');
    out.push(
      `| ${y.year} | ${formatEuros(y.amountExclTax, locale)} | ${threshold} | ${owes} | ${c('adopted')} | ${c('published')} | ${c('indicators')} | ${cell(why)} |`,
    );
  }
  out.push('', `### ${t.basis}`, '', ...a.legalBasis.map((b) => `- ${b.code} ${b.article} <${b.url}>`), '');
  return out.join('\n');
}
