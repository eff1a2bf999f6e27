import type { InputProblem, ParseResult } from '../../model/validation.js';
import { type AgecRateTable, parseAgecRates } from '../../regimes/agec-rates.js';
import { evaluateRegimes } from '../../regimes/evaluate.js';
import { type PurchaseLine, parsePurchaseLines } from '../../regimes/purchase-lines.js';
import { parsePurchaseLinesCsv } from '../../regimes/read-csv.js';
import type { RegimeReport } from '../../regimes/types.js';
import { regimesMarkdown } from '../../report/regimes-markdown.js';
import type { CommandContext } from '../context.js';
import { formatProblems } from '../format-check.js';
import { type CliIo, EXIT } from '../io.js';
import { describeError, describeJsonError, say } from '../messages.js';

const stripBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

/** The purchases' format: from the file's extension (`.csv`, `.json`); for `-` or another name, JSON when the text starts with `[`. */
export function purchasesFormat(file: string, text: string): 'csv' | 'json' {
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  return stripBom(text).trimStart().startsWith('[') ? 'json' : 'csv';
}

/** Why purchases could not be read: an unreadable file (a message), or invalid content (the problems, by file). */
export type RegimesLoadError =
  | { readonly kind: 'unreadable'; readonly file: string; readonly message: string }
  | { readonly kind: 'invalid'; readonly file: string; readonly problems: readonly InputProblem[] };

/** Reads the purchase lines (and the AGEC rates file, if any) and computes the regimes; never throws for bad input. */
export async function loadRegimes(
  io: CliIo,
  file: string,
  ratesFile: string | undefined,
  locale: 'fr' | 'en',
): Promise<{ ok: true; report: RegimeReport } | { ok: false; error: RegimesLoadError }> {
  const unreadable = (name: string, message: string) => ({
    ok: false as const,
    error: { kind: 'unreadable' as const, file: name, message },
  });
  let rates: AgecRateTable | undefined;
  if (ratesFile !== undefined) {
    let data: unknown;
    try {
      data = JSON.parse(stripBom(await io.readText(ratesFile)));
    } catch (e) {
      return unreadable(ratesFile, e instanceof SyntaxError ? describeJsonError(e, locale) : describeError(e, locale));
    }
    const r = parseAgecRates(data);
    if (!r.ok) return { ok: false, error: { kind: 'invalid', file: ratesFile, problems: r.problems } };
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
  if (!lines.ok) return { ok: false, error: { kind: 'invalid', file, problems: lines.problems } };
  return { ok: true, report: evaluateRegimes(lines.value, rates ? { agecRates: rates } : {}) };
}

/** Reports a {@link RegimesLoadError} on standard error (or as JSON on standard output); returns the exit code. */
export function reportRegimesError(
  io: CliIo,
  error: RegimesLoadError,
  locale: 'fr' | 'en',
  json: { version: string; asOf: string } | undefined,
): number {
  if (error.kind === 'unreadable')
    io.err(`clausier: ${say(locale, 'entrée illisible', 'unreadable input')} (${error.file}): ${error.message}\n`);
  else if (json) io.out(`${JSON.stringify({ ...json, invalid: { file: error.file, problems: error.problems } }, null, 2)}\n`);
  else io.err(`${formatProblems(error.file, error.problems, locale)}\n`);
  return EXIT.invalidInput;
}

/**
 * `clausier regimes <purchases.csv|purchases.json|->`: the yearly quota regimes (AGEC, EGalim, clean vehicles) of a
 * list of purchase lines, with `--agec-rates` for the AGEC categories clausier does not ship. Exit 1 when a minimum is
 * missed, 2 on invalid input.
 */
export async function regimesCommand({ io, args, values, locale, asOf, version }: CommandContext): Promise<number> {
  const json = values.json === true;
  const r = await loadRegimes(io, args[0] as string, values['agec-rates'], locale);
  if (!r.ok) return reportRegimesError(io, r.error, locale, json ? { version, asOf } : undefined);
  io.out(json ? `${JSON.stringify({ version, asOf, ...r.report }, null, 2)}\n` : regimesMarkdown(r.report, { locale }));
  return r.report.summary.fail > 0 ? EXIT.failed : EXIT.ok;
}
