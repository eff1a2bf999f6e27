import { parseArgs } from 'node:util';
import { isCalendarDate, todayUtc } from '../model/calendar-date.js';
import type { Locale } from '../model/localized.js';
import { parseMoney } from '../model/money.js';
import { parseGroupDimensions } from '../portfolio/grouping.js';
import { findRule } from '../rules/catalogue.js';
import { paramsCommand, rulesCommand } from './commands/catalogue.js';
import { checkCommand } from './commands/check.js';
import { insertionCommand } from './commands/insertion.js';
import { portfolioCommand } from './commands/portfolio.js';
import { type CliIo, EXIT } from './io.js';

declare const __CLAUSIER_VERSION__: string;

const HELP = `clausier — French responsible-public-procurement rules as code

Usage:
  clausier check <file|->  [--json] [--lang fr|en] [--as-of YYYY-MM-DD] [--rules id,id]
  clausier rules           [--json] [--lang fr|en]
  clausier params          [--json] [--lang fr|en] [--as-of YYYY-MM-DD]
  clausier insertion <programme.json|-> [--json] [--lang fr|en] [--as-of YYYY-MM-DD]
  clausier portfolio <file|-> [--format decp|decp-v1|ocds|clausier] [--by year,buyer,nature]
                           [--targets armees|pnad|<file.json>] [--json | --md] [--html <out.html>]
                           [--lang fr|en] [--progress] [--as-of YYYY-MM-DD] [--consideration-min-amount <€ HT>]
  clausier --version | --help

check     evaluates one contract (JSON object) or several (JSON array), from a file or stdin (-)
rules     lists every rule with its legal basis
params    lists every dated legal parameter with its history and sources
insertion tracks an insertion-hours programme: hours done per bucket, linear pace, projections, yearly table
portfolio streams a whole portfolio (JSON array or NDJSON; default format clausier, grouped by year), prints its
          compliance indicators against the targets (Markdown, or --json) and writes the HTML report (--html);
          exit 1 when a target is missed (rejected records are listed, they do not change the exit code)

Exit codes: 0 nothing failed · 1 a rule failed · 2 invalid input · 3 wrong usage
`;

/** Runs the CLI with the given arguments; resolves to the exit code. Never throws for user errors. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${HELP}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.out(`${__CLAUSIER_VERSION__}\n`);
    return EXIT.ok;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.out(HELP);
    return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
  }
  const lang = values.lang ?? 'fr';
  if (lang !== 'fr' && lang !== 'en') return usage(io, `--lang must be fr or en, got ${lang}`);
  const locale: Locale = lang;
  const asOf = values['as-of'];
  if (asOf !== undefined && !isCalendarDate(asOf)) return usage(io, `--as-of must be a YYYY-MM-DD date, got ${asOf}`);
  const json = values.json ?? false;
  switch (command) {
    case 'check': {
      if (rest.length !== 1) return usage(io, 'check takes exactly one file (or - for stdin)');
      const rules = values.rules
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const unknownRule = rules?.find((r) => !findRule(r));
      if (unknownRule) return usage(io, `unknown rule: ${unknownRule} (see clausier rules)`);
      return checkCommand(io, {
        file: rest[0] as string,
        json,
        locale,
        ...(asOf ? { asOf } : {}),
        ...(rules ? { rules } : {}),
      });
    }
    case 'portfolio': {
      if (rest.length !== 1) return usage(io, 'portfolio takes exactly one file (or - for stdin)');
      if (json && values.md) return usage(io, '--json and --md are exclusive');
      const by = parseGroupDimensions(values.by ?? 'year');
      if (!by.ok) return usage(io, `--by: unknown dimension ${by.unknown} (year, buyer, nature)`);
      const min = values['consideration-min-amount'];
      const minAmount = min === undefined ? undefined : parseMoney(min);
      if (minAmount && !minAmount.ok) return usage(io, `--consideration-min-amount must be an amount in euros, got ${min}`);
      return portfolioCommand(io, {
        file: rest[0] as string,
        format: values.format ?? 'clausier',
        by: by.value,
        output: json ? 'json' : 'md',
        locale,
        progress: values.progress ?? false,
        ...(values.targets !== undefined ? { targets: values.targets } : {}),
        ...(values.html !== undefined ? { html: values.html } : {}),
        ...(asOf ? { asOf } : {}),
        ...(minAmount?.ok ? { considerationMinAmount: minAmount.value } : {}),
      });
    }
    case 'rules':
      return rulesCommand(io, json, locale);
    case 'params':
      return paramsCommand(io, json, locale, asOf ?? todayUtc());
    case 'insertion':
      if (rest.length !== 1) return usage(io, 'insertion takes exactly one programme file (or - for stdin)');
      return insertionCommand(io, { file: rest[0] as string, json, locale, asOf: asOf ?? todayUtc() });
    default:
      return usage(io, `unknown command: ${command}`);
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      lang: { type: 'string' },
      'as-of': { type: 'string' },
      rules: { type: 'string' },
      format: { type: 'string' },
      by: { type: 'string' },
      targets: { type: 'string' },
      md: { type: 'boolean' },
      html: { type: 'string' },
      progress: { type: 'boolean' },
      'consideration-min-amount': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

function usage(io: CliIo, message: string): number {
  io.err(`clausier: ${message}\n`);
  return EXIT.usage;
}
