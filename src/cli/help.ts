// The help texts, written from the command and option tables: `clausier --help` and `clausier <command> --help`.

import type { Locale } from '../model/localized.js';
import { COMMANDS } from './commands.js';
import { EXIT } from './io.js';
import { COMMAND_NAMES, type CommandName, OPTIONS, type OptionName, type OptionSpec, optionsOf } from './options.js';

const WIDTH = 100;

/**
 * `prefix` then the words of `text`, wrapped to lines of at most `width` characters; lines after the first are
 * indented by `indent` spaces.
 */
export function wrap(prefix: string, text: string, width: number, indent: number): string {
  const lines: string[] = [];
  let line = prefix;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length - (line.lastIndexOf('\n') + 1) + 1 + word.length > width) {
      lines.push(line);
      line = ' '.repeat(indent) + word;
    } else line = empty ? `${line}${word}` : `${line} ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

/** `--name <value>` or `-h, --help`, as the help and the docs show an option. */
export function optionLabel(name: OptionName, locale: Locale): string {
  const spec: OptionSpec<unknown> = OPTIONS[name];
  const long = `--${name}${spec.type === 'string' ? ` <${spec.value?.[locale] ?? ''}>` : ''}`;
  return spec.short ? `-${spec.short}, ${long}` : long;
}

/** The synopsis of a command: `clausier check <file|-> [options]`. */
export function synopsis(command: CommandName, locale: Locale): string {
  const a = COMMANDS[command].args;
  const args = a.max === 0 ? '' : ` ${a.name[locale]}${a.max > 1 ? '…' : ''}`;
  return `clausier ${command}${args} [options]`;
}

/** `clausier --help`: the commands, the global options, the exit codes. */
export function mainHelp(locale: Locale): string {
  const fr = locale === 'fr';
  const width = Math.max(...COMMAND_NAMES.map((c) => c.length)) + 2;
  const lines = [
    fr
      ? 'clausier — règles de la commande publique responsable (droit français) sous forme de code'
      : 'clausier — French responsible-public-procurement rules as code',
    '',
    fr ? 'Usage :' : 'Usage:',
    `  clausier <${fr ? 'commande' : 'command'}> [${fr ? 'arguments' : 'arguments'}] [options]`,
    `  clausier <${fr ? 'commande' : 'command'}> --help`,
    '  clausier --version | --help',
    '',
    fr ? 'Commandes :' : 'Commands:',
    ...COMMAND_NAMES.map((c) => `  ${c.padEnd(width)}${COMMANDS[c].summary[locale]}`),
    '',
    fr ? 'Options de toutes les commandes :' : 'Options of every command:',
    ...optionLines(
      (Object.keys(OPTIONS) as OptionName[]).filter((n) => OPTIONS[n].commands === 'all'),
      locale,
    ),
    `  ${'-v, --version'.padEnd(28)}${fr ? 'affiche la version' : 'prints the version'}`,
    '',
    ...exitCodeLines(locale),
    '',
    fr
      ? '« clausier <commande> --help » décrit une commande et ses options.'
      : '"clausier <command> --help" describes a command and its options.',
    '',
  ];
  return lines.join('\n');
}

/** `clausier <command> --help`: synopsis, description, options with their defaults, exit codes. */
export function commandHelp(command: CommandName, locale: Locale): string {
  const fr = locale === 'fr';
  const spec = COMMANDS[command];
  const lines = [
    `${fr ? 'Usage :' : 'Usage:'} ${synopsis(command, locale)}`,
    '',
    wrap('', spec.description[locale], WIDTH, 0),
    '',
    fr ? 'Options :' : 'Options:',
    ...optionLines(optionsOf(command), locale),
    '',
    fr ? 'Codes de sortie :' : 'Exit codes:',
    ...(Object.entries(spec.exitCodes) as [string, { fr: string; en: string }][]).map(([code, meaning]) =>
      wrap(`  ${code}  `, meaning[locale], WIDTH, 5),
    ),
    '',
  ];
  return lines.join('\n');
}

function optionLines(names: readonly OptionName[], locale: Locale): string[] {
  const column = 30; // labels longer than this put their description on the next line
  return names.map((n) => {
    const spec: OptionSpec<unknown> = OPTIONS[n];
    const label = optionLabel(n, locale);
    const def = spec.default ? ` (${locale === 'fr' ? 'défaut :' : 'default:'} ${spec.default[locale]})` : '';
    const text = `${spec.description[locale]}${def}`;
    const head = label.length + 4 <= column ? `  ${label.padEnd(column - 2)}` : `  ${label}\n${' '.repeat(column)}`;
    return wrap(head, text, WIDTH, column);
  });
}

const exitCodeLines = (locale: Locale): string[] =>
  locale === 'fr'
    ? [
        'Codes de sortie :',
        `  ${EXIT.ok}  rien de non conforme`,
        `  ${EXIT.failed}  une règle non conforme (check) ou un objectif manqué (portfolio)`,
        `  ${EXIT.invalidInput}  entrée invalide`,
        `  ${EXIT.usage}  mauvais usage`,
      ]
    : [
        'Exit codes:',
        `  ${EXIT.ok}  nothing failed`,
        `  ${EXIT.failed}  a rule failed (check) or a target is missed (portfolio)`,
        `  ${EXIT.invalidInput}  invalid input`,
        `  ${EXIT.usage}  wrong usage`,
      ];
