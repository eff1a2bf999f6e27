import type { Evaluation, Finding } from '../engine/evaluate.js';
import type { Locale } from '../model/localized.js';
import type { InputProblem } from '../model/validation.js';
import type { Status } from '../rules/rule.js';

const LABEL: Record<Locale, Record<Status, string>> = {
  fr: { pass: 'conforme', fail: 'NON CONFORME', 'not-applicable': 'sans objet', unknown: 'indéterminé' },
  en: { pass: 'pass', fail: 'FAIL', 'not-applicable': 'not applicable', unknown: 'unknown' },
};
const MARK: Record<Status, string> = { pass: '✔', fail: '✘', 'not-applicable': '–', unknown: '?' };

const basis = (f: Finding) => f.legalBasis.map((s) => `${s.code} ${s.article}`).join(', ');

/** Human-readable report of evaluations, in French or English. */
export function formatEvaluations(evaluations: readonly Evaluation[], locale: Locale): string {
  const lines: string[] = [];
  for (const e of evaluations) {
    const s = e.summary;
    lines.push(
      locale === 'fr'
        ? `Marché ${e.contract} — ${s.pass} conforme(s), ${s.fail} non conforme(s), ${s.notApplicable} sans objet, ${s.unknown} indéterminé(s)`
        : `Contract ${e.contract} — ${s.pass} pass, ${s.fail} fail, ${s.notApplicable} not applicable, ${s.unknown} unknown`,
    );
    for (const f of e.findings) {
      lines.push(`  ${MARK[f.status]} ${LABEL[locale][f.status].padEnd(14)} ${f.rule}  [${basis(f)}]`);
      lines.push(`      ${f.message[locale]}`);
      for (const p of Object.values(f.parameters)) {
        if (p.confidence === 'unconfirmed') {
          lines.push(
            locale === 'fr'
              ? `      ⚠ paramètre ${p.key} = ${String(p.value)} non confirmé${p.note ? ` : ${p.note}` : ''}`
              : `      ⚠ parameter ${p.key} = ${String(p.value)} unconfirmed${p.note ? `: ${p.note}` : ''}`,
          );
        }
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Human-readable list of input problems. */
export function formatProblems(label: string, problems: readonly InputProblem[], locale: Locale): string {
  const head = locale === 'fr' ? `${label} : données invalides` : `${label}: invalid data`;
  return [head, ...problems.map((p) => `  ${p.path}: ${p.message[locale]}`)].join('\n');
}
