import type { Locale } from '../model/localized.js';
import { formatEuros, type Money } from '../model/money.js';
import { indicatorDefinition } from '../portfolio/indicators.js';
import type { PortfolioSummary } from '../portfolio/summary.js';
import type { RegimeReport } from '../regimes/types.js';
import { barChartSvg, chartPoints } from './chart.js';
import type { ReportOptions } from './markdown.js';
import { dataQualityHtml, ruleVerdictsHtml } from './portfolio-sections.js';
import { regimesRows } from './regimes-markdown.js';
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

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const CSS = `
:root{--ink:#1d2330;--muted:#5b6475;--line:#d9dde5;--bar:#2f6db5;--miss:#c2571a;--target:#b3261e;--bg:#fff}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:var(--bg);margin:0 auto;max-width:1320px;padding:24px}
h1{font-size:1.6rem;margin:0 0 4px}h2{font-size:1.25rem;margin:32px 0 8px;border-bottom:2px solid var(--line);padding-bottom:4px}
h3{font-size:1.05rem;margin:0 0 4px}.subtitle{color:var(--muted);margin:0 0 16px}
.facts{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}.fact{border:1px solid var(--line);border-radius:6px;padding:8px 12px}
.fact b{display:block;font-size:1.3rem}
.indicator{display:grid;grid-template-columns:380px minmax(0,1fr);gap:16px;align-items:start;border-top:1px solid var(--line);padding:16px 0;break-inside:avoid}
@media (max-width:900px){.indicator{grid-template-columns:1fr}}
.definition{color:var(--muted);font-size:.85rem;margin:0 0 8px}
.table-wrap{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.76rem}th,td{border-bottom:1px solid var(--line);padding:3px 4px;text-align:right;vertical-align:top;white-space:nowrap}th{white-space:normal}
th:first-child,td:first-child{text-align:left;white-space:normal;min-width:8em}th{background:#f3f5f8}
td.met-yes{color:#1b7a3a;font-weight:600}td.met-no{color:var(--target);font-weight:600}
.chart{width:100%;max-width:420px;height:auto}.chart .grid{stroke:var(--line);stroke-width:1}.chart .tick{font-size:11px;fill:var(--muted)}.chart .value{font-size:11px;fill:var(--ink)}
.chart .bar{fill:var(--bar)}.chart .bar.missed{fill:var(--miss)}.chart .target{stroke:var(--target);stroke-width:2.5;stroke-dasharray:6 3}
.legend{font-size:.8rem;color:var(--muted)}.legend span{display:inline-block;width:14px;height:10px;vertical-align:middle;margin:0 4px 0 12px}.legend span.line{height:3px}
code{font-size:.85em;background:#f3f5f8;padding:0 3px;border-radius:3px}
footer{margin-top:32px;color:var(--muted);font-size:.8rem}
@media print{body{padding:0}.indicator{grid-template-columns:320px minmax(0,1fr)}}
`;

/**
 * The portfolio summary as one self-contained HTML page (French by default): inline CSS, one inline SVG chart per
 * indicator (each year against its target line) beside its table, records accounted for and methodology.
 * No script, no font, no external resource: it opens offline and can be attached to a SPASER publication. Pure.
 */
export function portfolioHtml(s: PortfolioSummary, options: ReportOptions = {}): string {
  const locale = options.locale ?? 'fr';
  const t = TEXT[locale];
  const r = s.records;
  const h: string[] = [];
  h.push(
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(t.title)}</title><style>${CSS}</style></head><body>`,
    `<header><h1>${esc(t.title)}</h1><p class="subtitle">${esc(t.subtitle)}</p>`,
    `<p>${esc(t.period)} : ${esc(formatPeriod(s, locale))}</p>`.replace(' :', locale === 'fr' ? ' :' : ':'),
    `<div class="facts">`,
    fact(t.total, formatCount(r.total, locale)),
    fact(t.evaluated, formatCount(r.evaluated, locale)),
    fact(t.rejected, formatCount(r.rejected, locale)),
    `</div></header>`,
  );
  h.push(`<section><h2>${esc(t.targets)}</h2>`);
  if (s.targets) {
    h.push(`<p><b>${esc(s.targets.label[locale])}</b></p>`);
    if (s.targets.note) h.push(`<p class="definition">${esc(s.targets.note[locale])}</p>`);
    h.push('<ul>');
    for (const src of s.targets.sources)
      h.push(`<li>${esc(t.sources)} : ${esc(src.code)}, ${esc(src.article)}${src.url ? ` — ${esc(src.url)}` : ''}</li>`);
    h.push('</ul>');
  } else h.push(`<p>${esc(t.noTargets)}</p>`);
  h.push(
    `<p class="legend"><span style="background:var(--bar)"></span>${esc(t.achieved)}<span style="background:var(--miss)"></span>${esc(t.belowTarget)}<span class="line" style="background:var(--target)"></span>${esc(t.targetLine)}</p>`,
  );
  h.push(`</section><section><h2>${esc(t.indicators)}</h2>`);
  for (const [id, rows] of byIndicator(s)) {
    const first = rows[0];
    if (!first) continue;
    const label = first.label[locale];
    h.push(`<article class="indicator" id="${esc(id)}"><div>`);
    h.push(`<h3>${esc(label)}</h3>`);
    h.push(barChartSvg(t.chartAlt(label), chartPoints(rows, t.unknownGroup), locale, t.targetLine));
    h.push(`</div><div><p class="definition"><code>${esc(id)}</code> — ${esc(indicatorDefinition(first.id).definition[locale])}</p>`);
    h.push(
      `<div class="table-wrap"><table><thead><tr><th>${esc(t.group)}</th><th>${esc(t.numerator)}</th><th>${esc(t.denominator)}</th><th>${esc(t.unknown)}</th><th>${esc(t.rate)}</th><th>${esc(t.amountRate)}</th><th>${esc(t.numeratorAmount)}</th><th>${esc(t.target)}</th><th>${esc(t.gap)}</th><th>${esc(t.met)}</th></tr></thead><tbody>`,
    );
    for (const x of rows) {
      h.push(
        `<tr><td>${esc(formatGroup(x.group, locale))}</td><td>${formatCount(x.numerator, locale)}</td><td>${formatCount(x.denominator, locale)}</td><td>${formatCount(x.unknown, locale)}</td><td>${esc(formatRate(x.rate, locale))}</td><td>${esc(formatRate(x.amountRate, locale))}</td><td>${esc(formatEuros(x.numeratorAmount, locale))}</td><td>${esc(formatTarget(x, locale))}</td><td>${esc(formatGap(x, locale))}</td><td class="${x.met === null ? '' : x.met ? 'met-yes' : 'met-no'}">${esc(formatMet(x.met, locale))}</td></tr>`,
      );
    }
    h.push('</tbody></table></div></div></article>');
  }
  h.push('</section>');
  h.push(ruleVerdictsHtml(s, locale));
  if (r.rejected > 0) {
    h.push(`<section><h2>${esc(t.rejections)}</h2><table><thead><tr><th>${esc(t.index)}</th><th>${esc(t.reason)}</th></tr></thead><tbody>`);
    for (const j of r.rejections.slice(0, REPORT_REJECTION_LIMIT))
      h.push(
        `<tr><td>${j.file === undefined ? '' : `${esc(j.file)} `}${j.index}</td><td style="text-align:left">${esc(j.reason)}</td></tr>`,
      );
    h.push('</tbody></table>');
    if (r.rejected > REPORT_REJECTION_LIMIT) h.push(`<p>${esc(t.moreRejections(r.rejected - REPORT_REJECTION_LIMIT))}</p>`);
    h.push('</section>');
  }
  if (s.dataQuality.records > 0) {
    h.push(`<section><h2>${esc(t.dataQuality)}</h2><p>${esc(t.dataQualityIntro(s.dataQuality.records))}</p>`);
    h.push(`<table><thead><tr><th>${esc(t.path)}</th><th>${esc(t.count)}</th></tr></thead><tbody>`);
    for (const p of s.dataQuality.byPath) h.push(`<tr><td><code>${esc(p.path)}</code></td><td>${formatCount(p.count, locale)}</td></tr>`);
    h.push('</tbody></table></section>');
  }
  h.push(dataQualityHtml(s, locale));
  if (options.regimes) h.push(regimesHtml(options.regimes, locale));
  h.push(`<section><h2>${esc(t.methodology)}</h2><p>${esc(t.unknownMeaning)}</p>`);
  h.push(`<p>${esc(s.considerationMinAmount === null ? t.scopeAll : t.scopeAbove(formatEuros(s.considerationMinAmount, locale)))}</p>`);
  h.push(`<h3>${esc(t.parameters)}</h3><ul>`);
  for (const p of s.parameters) {
    for (const v of p.values) {
      const value = typeof v.value === 'string' && /^\d/.test(v.value) ? formatEuros(v.value as Money, locale) : String(v.value);
      const period = `${t.from} ${v.from} ${v.to === null ? `(${t.open})` : `${t.to} ${v.to}`}`;
      h.push(
        `<li>${esc(p.label[locale])} (<code>${esc(p.key)}</code>) : ${esc(value)}, ${esc(period)} — ${esc(t.confidence[v.confidence])}${v.note ? `. ${esc(v.note)}` : ''}</li>`,
      );
    }
  }
  h.push(`</ul><h3>${esc(t.legalRules)}</h3><ul>${s.legalRules.map((id) => `<li><code>${esc(id)}</code></li>`).join('')}</ul></section>`);
  h.push(`<footer>${esc(t.generated)}</footer></body></html>\n`);
  return h.join('\n');
}

/** The yearly quota regimes as a section: one table row per measure, then the legal bases. */
function regimesHtml(report: RegimeReport, locale: Locale): string {
  const r = regimesRows(report, locale);
  const h = [`<section><h2>${esc(r.title)}</h2><p class="definition">${esc(r.intro)}</p><table><thead><tr>`];
  h.push(r.header.map((x) => `<th>${esc(x)}</th>`).join(''), '</tr></thead><tbody>');
  for (const row of r.rows)
    h.push(`<tr>${row.map((x, i) => `<td${i >= 4 ? '' : ' style="text-align:left"'}>${esc(x)}</td>`).join('')}</tr>`);
  h.push('</tbody></table><ul>');
  for (const b of r.bases) h.push(`<li>${esc(b)}</li>`);
  h.push('</ul></section>');
  return h.join('');
}

const fact = (label: string, value: string): string => `<div class="fact"><b>${esc(value)}</b>${esc(label)}</div>`;
