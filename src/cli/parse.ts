// Reads the command line against the option table (./options.ts): which command, its arguments, and the typed
// values of its options. Every refusal is a one-line, localised message; the caller prints it with a hint to the
// command's help and exits 3. Node's own parseArgs is not used: its messages are English-only and name no command.

import { type Localized, localized } from '../model/localized.js';
import { COMMAND_NAMES, type CommandName, OPTIONS, type OptionName, type OptionSpec, type OptionValues, optionsOf } from './options.js';

/** A command line read successfully. */
export interface ParsedCommandLine {
  /** The command, `undefined` when none was given (`clausier --help`, `clausier --version`). */
  readonly command?: CommandName;
  /** Positional arguments after the command. */
  readonly args: readonly string[];
  /** The options given, parsed and validated. */
  readonly values: OptionValues;
  /** `--version` / `-v` was given (before any command). */
  readonly version: boolean;
}

/** Why a command line was refused; `command` tells which help the hint points to. */
export interface UsageError {
  readonly message: Localized;
  readonly command?: CommandName;
}

type Result = { readonly ok: true; readonly line: ParsedCommandLine } | { readonly ok: false; readonly error: UsageError };

const SHORT: Readonly<Record<string, OptionName>> = Object.fromEntries(
  (Object.entries(OPTIONS) as [OptionName, OptionSpec<unknown>][]).filter(([, s]) => s.short).map(([n, s]) => [s.short, n]),
);

const isCommand = (s: string): s is CommandName => (COMMAND_NAMES as readonly string[]).includes(s);

/** Reads `argv` (without the node and script paths). Never throws. */
export function parseCommandLine(argv: readonly string[]): Result {
  const positionals: string[] = [];
  const given: [OptionName, string | true, string][] = []; // name, raw value, as written
  let version = false;
  let command: CommandName | undefined;
  const fail = (fr: string, en: string): Result => ({
    ok: false,
    error: command === undefined ? { message: localized(fr, en) } : { message: localized(fr, en), command },
  });

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (command === undefined && positionals.length === 0) {
        if (arg === 'help') {
          // `clausier help [command]` is `clausier [command] --help`.
          const next = argv[i + 1];
          if (next !== undefined && isCommand(next)) command = next;
          else if (next !== undefined) return fail(`commande inconnue « ${next} »`, `unknown command "${next}"`);
          given.push(['help', true, 'help']);
          break;
        }
        if (!isCommand(arg)) {
          const hint = suggestion(arg, COMMAND_NAMES);
          return fail(`commande inconnue « ${arg} »${hint.fr}`, `unknown command "${arg}"${hint.en}`);
        }
        command = arg;
      } else positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
    } else {
      // `-h`, `-v`; grouped short flags are not used by any option.
      const short = arg.slice(1);
      if (short === 'v' && command === undefined) {
        version = true;
        continue;
      }
      const long = SHORT[short];
      if (long === undefined) return fail(`option inconnue « ${arg} »`, `unknown option "${arg}"`);
      name = long;
    }
    if (name === 'version' && command === undefined) {
      version = true;
      continue;
    }
    if (!Object.hasOwn(OPTIONS, name)) {
      const known = command ? optionsOf(command) : (['help', 'lang'] as string[]);
      const hint = suggestion(name, known, '--');
      return fail(`option inconnue « --${name} »${hint.fr}`, `unknown option "--${name}"${hint.en}`);
    }
    const option = name as OptionName;
    const spec: OptionSpec<unknown> = OPTIONS[option];
    if (spec.type === 'boolean') {
      if (inline !== undefined) return fail(`l’option --${name} ne prend pas de valeur`, `option --${name} takes no value`);
      given.push([option, true, arg]);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) {
        return fail(
          `l’option --${name} attend une valeur (${spec.value?.fr ?? ''})`,
          `option --${name} needs a value (${spec.value?.en ?? ''})`,
        );
      }
      value = next;
      i++;
    }
    given.push([option, value, arg]);
  }

  const values: Record<string, unknown> = {};
  for (const [name, raw] of given) {
    const spec: OptionSpec<unknown> = OPTIONS[name];
    if (command !== undefined && !(spec.commands === 'all' || spec.commands.includes(command))) {
      const where = commandsOf(spec);
      return fail(
        `l’option --${name} ne s’applique pas à ${command}${where ? ` (seulement : ${where})` : ''}`,
        `option --${name} does not apply to ${command}${where ? ` (only: ${where})` : ''}`,
      );
    }
    if (Object.hasOwn(values, name)) return fail(`option --${name} donnée deux fois`, `option --${name} given twice`);
    if (raw === true) values[name] = true;
    else {
      const parsed = spec.parse ? spec.parse(raw) : { ok: true as const, value: raw };
      if (!parsed.ok) return fail(`--${name} : ${parsed.message.fr}`, `--${name}: ${parsed.message.en}`);
      values[name] = parsed.value;
    }
  }
  if (command === undefined && !values.help && !version) {
    const misplaced = given.find(([n]) => n !== 'lang');
    if (misplaced) return fail(`l’option --${misplaced[0]} suit une commande`, `option --${misplaced[0]} goes after a command`);
  }
  for (const [name] of given) {
    const spec: OptionSpec<unknown> = OPTIONS[name];
    const other = spec.conflicts?.find((o) => Object.hasOwn(values, o));
    if (other !== undefined) return fail(`--${name} et --${other} s’excluent`, `--${name} and --${other} are exclusive`);
  }
  const line: ParsedCommandLine = {
    ...(command === undefined ? {} : { command }),
    args: positionals,
    values: values as OptionValues,
    version,
  };
  return { ok: true, line };
}

const commandsOf = (spec: OptionSpec<unknown>): string => (spec.commands === 'all' ? '' : spec.commands.join(', '));

/** The known name one or two edits away from `name`, if any. */
function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(name, k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

const suggestion = (name: string, known: readonly string[], prefix = ''): Localized => {
  const best = closest(name, known);
  return best === undefined ? localized('', '') : localized(` — vouliez-vous dire ${prefix}${best} ?`, ` — did you mean ${prefix}${best}?`);
};

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}
