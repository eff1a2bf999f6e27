import { type CalendarDate, todayUtc } from '../model/calendar-date.js';
import type { Locale } from '../model/localized.js';
import { COMMANDS } from './commands.js';
import { commandHelp, mainHelp } from './help.js';
import { type CliIo, EXIT } from './io.js';
import { describeFsCode } from './messages.js';
import { type CommandName, OPTIONS, type OptionName, type OptionSpec, parseLang } from './options.js';
import { parseCommandLine } from './parse.js';

declare const __CLAUSIER_VERSION__: string;

/** Runs the CLI with the given arguments; resolves to the exit code. Never throws for user errors. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine(argv);
  if (!parsed.ok) {
    const locale = langFromArgv(argv) ?? langFromEnv(io.env);
    return usage(io, locale, parsed.error.message[locale], parsed.error.command);
  }
  const { command, args, values, version } = parsed.line;
  const locale: Locale = values.lang ?? langFromEnv(io.env);
  if (version) {
    io.out(`${__CLAUSIER_VERSION__}\n`);
    return EXIT.ok;
  }
  if (values.help) {
    io.out(command === undefined ? mainHelp(locale) : commandHelp(command, locale));
    return EXIT.ok;
  }
  if (command === undefined) {
    io.err(mainHelp(locale));
    return usage(io, locale, locale === 'fr' ? 'commande manquante' : 'missing command');
  }
  const spec = COMMANDS[command];
  if (args.length < spec.args.min || args.length > spec.args.max) {
    return usage(io, locale, argumentCountMessage(command, args.length, locale), command);
  }
  const refused = spec.args.check?.(args, values);
  if (refused !== undefined) return usage(io, locale, refused[locale], command);
  for (const name of Object.keys(values) as OptionName[]) {
    const option: OptionSpec<unknown> = OPTIONS[name];
    const path = values[name];
    if (!option.output || typeof path !== 'string' || !io.checkWritable) continue;
    const code = await io.checkWritable(path);
    if (code !== undefined) {
      const why = describeFsCode(code, locale);
      return usage(
        io,
        locale,
        locale === 'fr' ? `--${name} : impossible d’écrire ${path} : ${why}` : `--${name}: cannot write ${path}: ${why}`,
        command,
      );
    }
  }
  const asOf = (values['as-of'] ?? todayUtc()) as CalendarDate;
  return spec.run({ io, args, values, locale, asOf, version: __CLAUSIER_VERSION__ });
}

function argumentCountMessage(command: CommandName, given: number, locale: Locale): string {
  const a = COMMANDS[command].args;
  const fr = locale === 'fr';
  if (a.max === 0) return fr ? `${command} ne prend pas d’argument` : `${command} takes no argument`;
  if (a.min === 1 && a.max === 1) {
    return fr
      ? `${command} prend exactement un fichier (ou - pour l’entrée standard), ${given} donné(s)`
      : `${command} takes exactly one file (or - for standard input), ${given} given`;
  }
  if (a.min === 1 && a.max === Number.POSITIVE_INFINITY) {
    return fr
      ? `${command} prend au moins un fichier (ou - pour l’entrée standard)`
      : `${command} takes at least one file (or - for standard input)`;
  }
  return fr
    ? `${command} prend de ${a.min} à ${a.max} fichiers, ${given} donné(s)`
    : `${command} takes ${a.min} to ${a.max} files, ${given} given`;
}

/** Prints a usage error (one `clausier:` line and a hint to the help) and returns exit code 3. */
function usage(io: CliIo, locale: Locale, message: string, command?: CommandName): number {
  const help = command === undefined ? 'clausier --help' : `clausier ${command} --help`;
  io.err(`clausier: ${message}\n${locale === 'fr' ? `Voir « ${help} ».` : `See '${help}'.`}\n`);
  return EXIT.usage;
}

/** The `--lang` of a command line that could not be read, if it names a language. */
function langFromArgv(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value !== undefined) {
      const lang = parseLang(value);
      if (lang.ok) return lang.value;
    }
  }
  return undefined;
}

/** The language of the environment (POSIX order: `LC_ALL`, `LC_MESSAGES`, `LANG`): English for `en…`, else French. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>> | undefined): Locale {
  const value = env?.LC_ALL || env?.LC_MESSAGES || env?.LANG || '';
  return /^en(_|-|\.|$)/i.test(value) ? 'en' : 'fr';
}
