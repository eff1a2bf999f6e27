import { type Evaluation, type Finding, prepareEvaluation } from '../../engine/evaluate.js';
import type { Locale } from '../../model/localized.js';
import { type InputProblem, parseContract } from '../../model/validation.js';
import { formatEvaluations, formatProblems } from '../format-check.js';
import { type CliIo, EXIT } from '../io.js';

/** Options of `clausier check`. */
export interface CheckOptions {
  readonly file: string;
  readonly json: boolean;
  readonly locale: Locale;
  readonly asOf?: string;
  readonly rules?: readonly string[];
}

interface Invalid {
  readonly index: number;
  readonly id?: string;
  readonly problems: readonly InputProblem[];
}

/** `clausier check <file|->`: evaluates one contract or an array of contracts. */
export async function checkCommand(io: CliIo, o: CheckOptions): Promise<number> {
  let data: unknown;
  try {
    data = JSON.parse(stripBom(await io.readText(o.file)));
  } catch (e) {
    io.err(`clausier: ${o.locale === 'fr' ? 'entrée illisible' : 'unreadable input'} (${o.file}): ${(e as Error).message}\n`);
    return EXIT.invalidInput;
  }
  const evaluate = prepareEvaluation({ locale: o.locale, ...(o.asOf ? { asOf: o.asOf } : {}), ...(o.rules ? { rules: o.rules } : {}) });
  const items = Array.isArray(data) ? data : [data];
  const results: Evaluation[] = [];
  const invalid: Invalid[] = [];
  items.forEach((item, index) => {
    const parsed = parseContract(item);
    if (parsed.ok) results.push(evaluate(parsed.value));
    else {
      const id =
        typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string'
          ? (item as { id: string }).id
          : undefined;
      invalid.push(id === undefined ? { index, problems: parsed.problems } : { index, id, problems: parsed.problems });
    }
  });
  if (o.json) {
    io.out(`${JSON.stringify({ results: results.map(toJson), invalid }, null, 2)}\n`);
  } else {
    if (results.length > 0) io.out(formatEvaluations(results, o.locale));
    for (const i of invalid) {
      const label = `#${i.index}${i.id ? ` (${i.id})` : ''}`;
      io.err(`${formatProblems(label, i.problems, o.locale)}\n`);
    }
  }
  if (invalid.length > 0) return EXIT.invalidInput;
  return results.some((r) => r.summary.fail > 0) ? EXIT.failed : EXIT.ok;
}

const stripBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

const toJson = (e: Evaluation) => ({
  contract: e.contract,
  asOf: e.asOf,
  findings: e.findings.map(findingJson),
  summary: e.summary,
});

const findingJson = (f: Finding) => ({
  rule: f.rule,
  family: f.family,
  kind: f.kind,
  status: f.status,
  legalBasis: f.legalBasis,
  parameters: f.parameters,
  missing: f.missing,
  message: f.message,
  ...(f.referenceDate ? { referenceDate: f.referenceDate } : {}),
});
