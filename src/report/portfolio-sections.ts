import type { Locale } from '../model/localized.js';
import type { FileQuality, PortfolioSummary, RuleResult } from '../portfolio/summary.js';
import { formatCount } from './text.js';

// The report sections on verdicts per rule and on data quality per input file, in Markdown and HTML.

const TEXT = {
  fr: {
    rulesTitle: 'Verdicts par règle de droit',
    rulesIntro:
      'Le taux de conformité légale ne compte un contrat conforme que si aucune règle de droit n’échoue et qu’aucune n’est inconnue. Voici chaque règle à part : combien de contrats la respectent, y manquent, en sont hors champ ou ne peuvent être jugés, et pourquoi.',
    rule: 'Règle',
    pass: 'Respectée',
    fail: 'Non respectée',
    notApplicable: 'Hors champ',
    unknown: 'Inconnue',
    reasons: 'Principales causes d’« inconnue » (champs manquants)',
    noRules: 'Aucun contrat évalué.',
    qualityTitle: 'Qualité des données par fichier',
    file: 'Fichier',
    unnamed: 'entrée',
    accounted: (f: FileQuality, l: Locale) =>
      `${formatCount(f.records, l)} enregistrement(s) lu(s) = ${formatCount(f.evaluated, l)} évalué(s) + ${formatCount(f.rejected, l)} rejeté(s) + ${formatCount(f.duplicates, l)} doublon(s) exact(s) écarté(s) ; ${formatCount(f.problemRecords, l)} avec au moins un défaut.`,
    defects: 'Défauts',
    rejections: 'Rejets',
    defectClass: 'Classe',
    count: 'Nombre',
    records: 'Enregistrements',
    firstRecords: 'Premiers rangs',
    duplicates: (n: number, l: Locale) =>
      `${formatCount(n, l)} doublon(s) exact(s) écarté(s) (contenu identique à un enregistrement antérieur du fichier, compté une fois)`,
    repeats: (index: number, first: number) => `rang ${index} = rang ${first}`,
    sharedIds: (ids: number, records: number, differing: number, l: Locale) =>
      `${formatCount(ids, l)} identifiant(s) porté(s) par plusieurs enregistrements (${formatCount(records, l)} enregistrements), dont ${formatCount(differing, l)} par des enregistrements qui diffèrent`,
    sharedId: (id: string, records: number, distinct: number, index: number) =>
      `« ${id} » : ${records} enregistrements dont ${distinct} distinct(s), premier au rang ${index}`,
    none: 'aucun',
  },
  en: {
    rulesTitle: 'Verdicts per legal rule',
    rulesIntro:
      'The legal-compliance rate counts a contract as compliant only when no legal rule fails and none is unknown. Here is each rule on its own: how many contracts meet it, fail it, are outside its scope or cannot be judged, and why.',
    rule: 'Rule',
    pass: 'Pass',
    fail: 'Fail',
    notApplicable: 'Not applicable',
    unknown: 'Unknown',
    reasons: 'Top reasons of unknown (missing fields)',
    noRules: 'No contract evaluated.',
    qualityTitle: 'Data quality per file',
    file: 'File',
    unnamed: 'input',
    accounted: (f: FileQuality, l: Locale) =>
      `${formatCount(f.records, l)} record(s) read = ${formatCount(f.evaluated, l)} evaluated + ${formatCount(f.rejected, l)} rejected + ${formatCount(f.duplicates, l)} exact duplicate(s) dropped; ${formatCount(f.problemRecords, l)} with at least one defect.`,
    defects: 'Defects',
    rejections: 'Rejections',
    defectClass: 'Class',
    count: 'Count',
    records: 'Records',
    firstRecords: 'First indexes',
    duplicates: (n: number, l: Locale) =>
      `${formatCount(n, l)} exact duplicate(s) dropped (same content as an earlier record of the file, counted once)`,
    repeats: (index: number, first: number) => `index ${index} = index ${first}`,
    sharedIds: (ids: number, records: number, differing: number, l: Locale) =>
      `${formatCount(ids, l)} identifier(s) carried by several records (${formatCount(records, l)} records), ${formatCount(differing, l)} of them by records that differ`,
    sharedId: (id: string, records: number, distinct: number, index: number) =>
      `"${id}": ${records} records, ${distinct} distinct, first at index ${index}`,
    none: 'none',
  },
} as const;

const colon = (l: Locale): string => (l === 'fr' ? ' :' : ':');

const reasonsText = (r: RuleResult, l: Locale): string =>
  r.unknownReasons.map((x) => `${x.reason} (${formatCount(x.count, l)})`).join(' ; ') || '—';

const lawRules = (s: PortfolioSummary): RuleResult[] => s.rules.filter((r) => r.kind === 'law');

// Markdown table cells: pipes and line breaks would break the table.
const cell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The verdicts per legal rule, as Markdown lines. */
export function ruleVerdictsMarkdown(s: PortfolioSummary, locale: Locale): string[] {
  const t = TEXT[locale];
  const out = ['', `## ${t.rulesTitle}`, '', t.rulesIntro, ''];
  const rules = lawRules(s);
  if (rules.length === 0) return [...out, t.noRules];
  out.push(`| ${t.rule} | ${t.pass} | ${t.fail} | ${t.notApplicable} | ${t.unknown} | ${t.reasons} |`, '|---|---:|---:|---:|---:|---|');
  for (const r of rules) {
    out.push(
      `| \`${r.rule}\` | ${formatCount(r.pass, locale)} | ${formatCount(r.fail, locale)} | ${formatCount(r.notApplicable, locale)} | ${formatCount(r.unknown, locale)} | ${cell(reasonsText(r, locale))} |`,
    );
  }
  return out;
}

const fileName = (f: FileQuality, locale: Locale): string => f.file ?? TEXT[locale].unnamed;

/** The data quality of each input file, as Markdown lines. */
export function dataQualityMarkdown(s: PortfolioSummary, locale: Locale): string[] {
  const t = TEXT[locale];
  const out: string[] = [];
  const files = s.dataQuality.files;
  if (files.length === 0) return out;
  out.push('', `## ${t.qualityTitle}`);
  for (const f of files) {
    out.push('', `### ${t.file} \`${cell(fileName(f, locale))}\``, '', t.accounted(f, locale));
    for (const [title, list] of [
      [t.defects, f.defects],
      [t.rejections, f.rejections],
    ] as const) {
      if (list.length === 0) continue;
      out.push('', `**${title}**`, '', `| ${t.defectClass} | ${t.count} | ${t.records} | ${t.firstRecords} |`, '|---|---:|---:|---|');
      for (const d of list) {
        out.push(
          `| \`${cell(d.class)}\` | ${formatCount(d.count, locale)} | ${formatCount(d.records, locale)} | ${d.samples.join(', ')} |`,
        );
      }
    }
    if (f.duplicates > 0) {
      out.push(
        '',
        `- ${t.duplicates(f.duplicates, locale)}${colon(locale)} ${f.duplicateSamples.map((d) => t.repeats(d.index, d.first)).join(', ')}`,
      );
    }
    if (f.sharedIds.ids > 0) {
      out.push(`- ${t.sharedIds(f.sharedIds.ids, f.sharedIds.records, f.sharedIds.differingIds, locale)}${colon(locale)}`);
      for (const x of f.sharedIds.samples) out.push(`  - ${cell(t.sharedId(x.id, x.records, x.distinct, x.index))}`);
    }
  }
  return out;
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The verdicts per legal rule, as an HTML section. */
export function ruleVerdictsHtml(s: PortfolioSummary, locale: Locale): string {
  const t = TEXT[locale];
  const rules = lawRules(s);
  const h = [`<section id="rule-verdicts"><h2>${esc(t.rulesTitle)}</h2><p class="definition">${esc(t.rulesIntro)}</p>`];
  if (rules.length === 0) h.push(`<p>${esc(t.noRules)}</p>`);
  else {
    h.push(
      `<div class="table-wrap"><table><thead><tr><th>${esc(t.rule)}</th><th>${esc(t.pass)}</th><th>${esc(t.fail)}</th><th>${esc(t.notApplicable)}</th><th>${esc(t.unknown)}</th><th style="text-align:left">${esc(t.reasons)}</th></tr></thead><tbody>`,
    );
    for (const r of rules) {
      h.push(
        `<tr><td><code>${esc(r.rule)}</code></td><td>${formatCount(r.pass, locale)}</td><td>${formatCount(r.fail, locale)}</td><td>${formatCount(r.notApplicable, locale)}</td><td>${formatCount(r.unknown, locale)}</td><td style="text-align:left;white-space:normal">${esc(reasonsText(r, locale))}</td></tr>`,
      );
    }
    h.push('</tbody></table></div>');
  }
  h.push('</section>');
  return h.join('\n');
}

/** The data quality of each input file, as an HTML section (empty when there is no file). */
export function dataQualityHtml(s: PortfolioSummary, locale: Locale): string {
  const t = TEXT[locale];
  const files = s.dataQuality.files;
  if (files.length === 0) return '';
  const h = [`<section id="data-quality-files"><h2>${esc(t.qualityTitle)}</h2>`];
  for (const f of files) {
    h.push(`<h3>${esc(t.file)} <code>${esc(fileName(f, locale))}</code></h3><p>${esc(t.accounted(f, locale))}</p>`);
    for (const [title, list] of [
      [t.defects, f.defects],
      [t.rejections, f.rejections],
    ] as const) {
      if (list.length === 0) continue;
      h.push(
        `<p><b>${esc(title)}</b></p><div class="table-wrap"><table><thead><tr><th>${esc(t.defectClass)}</th><th>${esc(t.count)}</th><th>${esc(t.records)}</th><th style="text-align:left">${esc(t.firstRecords)}</th></tr></thead><tbody>`,
      );
      for (const d of list) {
        h.push(
          `<tr><td><code>${esc(d.class)}</code></td><td>${formatCount(d.count, locale)}</td><td>${formatCount(d.records, locale)}</td><td style="text-align:left">${esc(d.samples.join(', '))}</td></tr>`,
        );
      }
      h.push('</tbody></table></div>');
    }
    const items: string[] = [];
    if (f.duplicates > 0) {
      items.push(
        `<li>${esc(`${t.duplicates(f.duplicates, locale)}${colon(locale)} ${f.duplicateSamples.map((d) => t.repeats(d.index, d.first)).join(', ')}`)}</li>`,
      );
    }
    if (f.sharedIds.ids > 0) {
      const list = f.sharedIds.samples.map((x) => `<li>${esc(t.sharedId(x.id, x.records, x.distinct, x.index))}</li>`).join('');
      items.push(`<li>${esc(t.sharedIds(f.sharedIds.ids, f.sharedIds.records, f.sharedIds.differingIds, locale))}<ul>${list}</ul></li>`);
    }
    if (items.length > 0) h.push(`<ul>${items.join('')}</ul>`);
  }
  h.push('</section>');
  return h.join('\n');
}
