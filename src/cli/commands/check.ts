import { type Evaluation, type Finding, prepareEvaluation } from '../../engine/evaluate.js';
import { type InputProblem, parseContract } from '../../model/validation.js';
import { READERS } from '../../readers/index.js';
import type { CommandContext } from '../context.js';
import { eformsBatches, noticeFiles } from '../eforms-input.js';
import { formatEvaluations, formatProblems } from '../format-check.js';
import { EXIT } from '../io.js';
import { describeError, describeJsonError, say } from '../messages.js';

interface Invalid {
  readonly index: number;
  readonly id?: string;
  readonly problems: readonly InputProblem[];
}

/**
 * `clausier check <file|->`: evaluates one contract or an array of contracts; with `--format decp`, `decp-v1` or
 * `ocds`, records of that format (mapped by its reader first); with `--format eforms`, each lot of TED eForms notices
 * (files, or the .xml files of a folder).
 */
export async function checkCommand({ io, args, values, locale, asOf, version }: CommandContext): Promise<number> {
  const format = values.format ?? 'clausier';
  const evaluate = prepareEvaluation({ locale, asOf, ...(values.rules ? { rules: values.rules } : {}) });
  const results: Evaluation[] = [];
  const invalid: Invalid[] = [];
  const report = (): number => {
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
  };
  if (format === 'eforms') {
    for await (const batch of eformsBatches(io, await noticeFiles(io, args), locale)) {
      for (const m of batch) {
        if (m.ok) results.push(evaluate(m.contract));
        else invalid.push({ index: m.index, problems: [notRead(m.reason)] });
      }
    }
    return report();
  }
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
  const items = Array.isArray(data) ? data : [data];
  const reader = format === 'clausier' ? undefined : READERS[format];
  items.forEach((item, index) => {
    if (reader !== undefined) {
      // A record of a published format: its reader maps it (a rejection says why), then it is evaluated.
      const r = reader.read(item);
      if (r.ok) results.push(evaluate(r.contract));
      else invalid.push({ index, problems: [notRead(r.reason)] });
      return;
    }
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
  return report();
}

/** A record its reader could not map (or a notice file that holds no record), as an input problem. */
const notRead = (reason: string): InputProblem => ({ path: '$', code: 'not-read', message: { fr: reason, en: reason } });

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
