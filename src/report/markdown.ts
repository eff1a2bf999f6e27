import type { Locale } from '../model/localized.js';
import { formatEuros, type Money } from '../model/money.js';
import { indicatorDefinition } from '../portfolio/indicators.js';
import type { PortfolioSummary } from '../portfolio/summary.js';
import type { RegimeReport } from '../regimes/types.js';
import { dataQualityMarkdown, ruleVerdictsMarkdown } from './portfolio-sections.js';
import { regimesMarkdown } from './regimes-markdown.js';
import {
  byIndicator,
  formatCount,
  formatGap,
  formatGroup,
  formatMet,
  formatPeriod,
  formatRate,
  formatTarget,
  REPORT_REJECTION_LIMIT,
  TEXT,
} from './text.js';

/** Options of the reports. */
export interface ReportOptions {
  /** Language of the report. Default `fr`. */
  readonly locale?: Locale;
  /** The yearly quota regimes of the buyer's purchase lines (see `evaluateRegimes`), shown in their own section. */
  readonly regimes?: RegimeReport;
}

// Table cells: pipes and line breaks would break the table.
const cell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * The portfolio summary as a Markdown report (French by default): period, records accounted for, targets,
 * one table per indicator, data quality and methodology. Pure.
 */
export function portfolioMarkdown(s: PortfolioSummary, options: ReportOptions = {}): string {
  const locale = options.locale ?? 'fr';
  const t = TEXT[locale];
  const out: string[] = [];
  out.push(`# ${t.title}`, '', `_${t.subtitle}_`, '');
  out.push(`- **${t.period}** : ${formatPeriod(s, locale)}`.replace(' :', locale === 'fr' ? ' :' : ':'));
  const r = s.records;
  out.push(
    `- **${t.records}** : ${formatCount(r.total, locale)} ${t.total}, ${formatCount(r.evaluated, locale)} ${t.evaluated}, ${formatCount(r.rejected, locale)} ${t.rejected}`.replace(
      ' :',
      locale === 'fr' ? ' :' : ':',
    ),
  );
  out.push('', `## ${t.targets}`, '');
  if (s.targets) {
    out.push(`**${cell(s.targets.label[locale])}**`, '');
    if (s.targets.note) out.push(s.targets.note[locale], '');
    for (const src of s.targets.sources) out.push(`- ${t.sources}: ${src.code}, ${src.article}${src.url ? ` <${src.url}>` : ''}`);
  } else out.push(t.noTargets);
  out.push('', `## ${t.indicators}`);
  for (const [id, rows] of byIndicator(s)) {
    const first = rows[0];
    if (!first) continue;
    out.push('', `### ${first.label[locale]}`, '', `\`${id}\` — ${indicatorDefinition(first.id).definition[locale]}`, '');
    out.push(
      `| ${t.group} | ${t.numerator} | ${t.denominator} | ${t.unknown} | ${t.rate} | ${t.amountRate} | ${t.numeratorAmount} | ${t.target} | ${t.gap} | ${t.met} |`,
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|:---:|',
    );
    for (const x of rows) {
      out.push(
        `| ${cell(formatGroup(x.group, locale))} | ${formatCount(x.numerator, locale)} | ${formatCount(x.denominator, locale)} | ${formatCount(x.unknown, locale)} | ${formatRate(x.rate, locale)} | ${formatRate(x.amountRate, locale)} | ${formatEuros(x.numeratorAmount, locale)} | ${formatTarget(x, locale)} | ${formatGap(x, locale)} | ${formatMet(x.met, locale)} |`,
      );
    }
  }
  out.push(...ruleVerdictsMarkdown(s, locale));
  if (r.rejected > 0) {
    out.push('', `## ${t.rejections}`, '', `| ${t.index} | ${t.reason} |`, '|---:|---|');
    for (const j of r.rejections.slice(0, REPORT_REJECTION_LIMIT))
      out.push(`| ${j.file === undefined ? '' : `${cell(j.file)} `}${j.index} | ${cell(j.reason)} |`);
    if (r.rejected > REPORT_REJECTION_LIMIT) out.push('', t.moreRejections(r.rejected - REPORT_REJECTION_LIMIT));
  }
  if (s.dataQuality.records > 0) {
    out.push('', `## ${t.dataQuality}`, '', t.dataQualityIntro(s.dataQuality.records), '', `| ${t.path} | ${t.count} |`, '|---|---:|');
    for (const p of s.dataQuality.byPath) out.push(`| \`${cell(p.path)}\` | ${formatCount(p.count, locale)} |`);
  }
  out.push(...dataQualityMarkdown(s, locale));
  if (options.regimes) out.push('', regimesMarkdown(options.regimes, { locale }).trimEnd());
  out.push('', `## ${t.methodology}`, '', t.unknownMeaning, '');
  out.push(s.considerationMinAmount === null ? t.scopeAll : t.scopeAbove(formatEuros(s.considerationMinAmount, locale)), '');
  out.push(`### ${t.parameters}`, '');
  for (const p of s.parameters) {
    for (const v of p.values) {
      const value = typeof v.value === 'string' && /^\d/.test(v.value) ? formatEuros(v.value as Money, locale) : String(v.value);
      out.push(
        `- ${p.label[locale]} (\`${p.key}\`) : ${value}, ${t.from} ${v.from} ${v.to === null ? `(${t.open})` : `${t.to} ${v.to}`} — ${t.confidence[v.confidence]}${v.note ? `. ${v.note}` : ''}`.replace(
          '`) :',
          locale === 'fr' ? '`) :' : '`):',
        ),
      );
    }
  }
  out.push('', `### ${t.legalRules}`, '', ...s.legalRules.map((id) => `- \`${id}\``), '', `_${t.generated}_`, '');
  return out.join('\n');
}
