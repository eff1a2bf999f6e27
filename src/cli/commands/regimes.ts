import type { Locale } from '../../model/localized.js';
import type { InputProblem, ParseResult } from '../../model/validation.js';
import { type AgecRateTable, parseAgecRates } from '../../regimes/agec-rates.js';
import { evaluateRegimes } from '../../regimes/evaluate.js';
import { type PurchaseLine, parsePurchaseLines } from '../../regimes/purchase-lines.js';
import { parsePurchaseLinesCsv } from '../../regimes/read-csv.js';
import { regimesMarkdown } from '../../report/regimes-markdown.js';
import type { CommandContext } from '../context.js';
import { formatProblems } from '../format-check.js';
import { EXIT } from '../io.js';
import { describeError, describeJsonError, say } from '../messages.js';

const stripBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

/** The purchases' format: from the file's extension (`.csv`, `.json`); for `-` or another name, JSON when the text starts with `[`. */
export function purchasesFormat(file: string, text: string): 'csv' | 'json' {
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  return stripBom(text).trimStart().startsWith('[') ? 'json' : 'csv';
}

/**
 * `clausier regimes <purchases.csv|purchases.json|->`: the yearly quota regimes (AGEC, EGalim, clean vehicles) of a
 * list of purchase lines, with `--agec-rates` for the AGEC categories clausier does not ship. Exit 1 when a minimum is
 * missed, 2 on invalid input.
 */
export async function regimesCommand({ io, args, values, locale, asOf, version }: CommandContext): Promise<number> {
  const file = args[0] as string;
  const json = values.json === true;
  const unreadable = (name: string, why: string) => {
    io.err(`clausier: ${say(locale, 'entrée illisible', 'unreadable input')} (${name}): ${why}\n`);
    return EXIT.invalidInput;
  };
  const invalid = (name: string, problems: readonly InputProblem[]) => {
    if (json) io.out(`${JSON.stringify({ version, asOf, invalid: { file: name, problems } }, null, 2)}\n`);
    else io.err(`${formatProblems(name, problems, locale)}\n`);
    return EXIT.invalidInput;
  };
  let rates: AgecRateTable | undefined;
  const ratesFile = values['agec-rates'];
  if (ratesFile !== undefined) {
    let data: unknown;
    try {
      data = JSON.parse(stripBom(await io.readText(ratesFile)));
    } catch (e) {
      return unreadable(ratesFile, e instanceof SyntaxError ? describeJsonError(e, locale) : describeError(e, locale));
    }
    const r = parseAgecRates(data);
    if (!r.ok) return invalid(ratesFile, r.problems);
    rates = r.value;
  }
  let text: string;
  try {
    text = await io.readText(file);
  } catch (e) {
    return unreadable(file, describeError(e, locale));
  }
  let lines: ParseResult<PurchaseLine[]>;
  if (purchasesFormat(file, text) === 'csv') lines = parsePurchaseLinesCsv(text);
  else {
    let data: unknown;
    try {
      data = JSON.parse(stripBom(text));
    } catch (e) {
      return unreadable(file, describeJsonError(e, locale));
    }
    lines = parsePurchaseLines(data);
  }
  if (!lines.ok) return invalid(file, lines.problems);
  const report = evaluateRegimes(lines.value, rates ? { agecRates: rates } : {});
  io.out(json ? `${JSON.stringify({ version, asOf, ...report }, null, 2)}\n` : regimesMarkdown(report, { locale: locale as Locale }));
  return report.summary.fail > 0 ? EXIT.failed : EXIT.ok;
}
