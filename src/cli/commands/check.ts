import { type Evaluation, type Finding, prepareEvaluation } from '../../engine/evaluate.js';
import { type InputProblem, parseContract } from '../../model/validation.js';
import type { CommandContext } from '../context.js';
import { formatEvaluations, formatProblems } from '../format-check.js';
import { EXIT } from '../io.js';
import { describeError, describeJsonError, say } from '../messages.js';

interface Invalid {
  readonly index: number;
  readonly id?: string;
  readonly problems: readonly InputProblem[];
}

/** `clausier check <file|->`: evaluates one contract or an array of contracts. */
export async function checkCommand({ io, args, values, locale, asOf, version }: CommandContext): Promise<number> {
  const file = args[0] as string;
  let text: string;
  try {
    text = await io.readText(file);
  } catch (e) {
    io.err(`clausier: ${say(locale, 'entrée illisible', 'unreadable input')} (${file}): ${describeError(e, locale)}\n`);
    return EXIT.invalidInput;
  }
  let data: unknown;
  try {
    data = JSON.parse(stripBom(text));
  } catch (e) {
    io.err(`clausier: ${say(locale, 'entrée illisible', 'unreadable input')} (${file}): ${describeJsonError(e, locale)}\n`);
    return EXIT.invalidInput;
  }
  const evaluate = prepareEvaluation({ locale, asOf, ...(values.rules ? { rules: values.rules } : {}) });
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
  if (values.json) {
    io.out(`${JSON.stringify({ version, asOf, results: results.map(toJson), invalid }, null, 2)}\n`);
  } else {
    if (results.length > 0) io.out(formatEvaluations(results, locale));
    for (const i of invalid) {
      const label = `#${i.index}${i.id ? ` (${i.id})` : ''}`;
      io.err(`${formatProblems(label, i.problems, locale)}\n`);
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
