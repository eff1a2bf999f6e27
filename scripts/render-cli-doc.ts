// Renders docs/cli.md from the CLI's own command and option tables (src/cli/commands.ts, src/cli/options.ts), so
// that the page cannot drift from what the command accepts. Used by test/docs/generated.test.ts.
import { COMMANDS } from '../src/cli/commands.js';
import { optionLabel, synopsis } from '../src/cli/help.js';
import { EXIT } from '../src/cli/io.js';
import { COMMAND_NAMES, OPTIONS, type OptionName, type OptionSpec, optionsOf } from '../src/cli/options.js';

const GENERATED = '<!-- Generated from the CLI’s command and option tables (src/cli/) by `npm run docs:pages`. Do not edit by hand. -->';
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The whole docs/cli.md page. */
export function cliPage(): string {
  const lines = [
    GENERATED,
    '',
    '# The `clausier` command',
    '',
    '```',
    ...COMMAND_NAMES.map((c) => synopsis(c, 'en')),
    'clausier <command> --help',
    'clausier --version | --help',
    '```',
    '',
    '| command | what it does |',
    '|---|---|',
    ...COMMAND_NAMES.map((c) => `| [\`${c}\`](#${c}) | ${cell(COMMANDS[c].summary.en)} |`),
    '',
    '## Conventions',
    '',
    '- Options come after the command, in any order, as `--name value` or `--name=value`; `--` ends the options (for a',
    '  file whose name starts with `-`); `-` as a file is standard input. Each command accepts only its own options.',
    '- `clausier <command> --help` (or `clausier help <command>`) describes a command, its options with their',
    '  defaults, and its exit codes.',
    '- Messages, reports and errors are in the language of `--lang`; without it, of the environment (`LC_ALL`,',
    '  `LC_MESSAGES`, then `LANG`: English for `en…`), else French.',
    '- A usage error prints one line starting with `clausier:` on standard error, then a hint to the command’s help,',
    '  and exits 3. Nothing is read or written before the command line is valid.',
    '- A file the command writes (such as `--html`) is checked before the run starts: a missing folder, a folder',
    '  in its place or no permission is a usage error (exit 3), not a failure after minutes of work.',
    '- Long commands show a progress line on standard error when it is a terminal (or with `--progress`): records',
    '  read, share of the bytes read and time left (bytes read when the size is unknown, as on standard input).',
    '  On a terminal the line is rewritten in place and cleared at the end; elsewhere one line a second is written.',
    '- Every `--json` output is one JSON document on standard output with `version` (clausier’s) and `asOf` (the',
    '  evaluation date used: `--as-of`, else the day of the run in UTC). Messages go to standard error.',
    '- Output closed early (e.g. piped into `head`) ends the command quietly.',
    '',
    '## Exit codes',
    '',
    '| code | meaning |',
    '|---|---|',
    `| ${EXIT.ok} | nothing failed |`,
    `| ${EXIT.failed} | a rule failed (\`check\`), a target is missed (\`portfolio\`) |`,
    `| ${EXIT.invalidInput} | invalid input: unreadable file, not JSON, invalid contract or programme, unreadable targets file |`,
    `| ${EXIT.usage} | wrong usage: unknown command or option, an option another command takes, a value an option refuses, a wrong number of files, an output file that cannot be written |`,
    '',
    'Each command’s section below says what the codes mean for it.',
    '',
  ];
  for (const c of COMMAND_NAMES) {
    const spec = COMMANDS[c];
    lines.push(`## \`${c}\``, '', '```', synopsis(c, 'en'), '```', '', spec.description.en, '', '### Options', '');
    lines.push('| option | default | what it does |', '|---|---|---|');
    for (const name of optionsOf(c)) lines.push(optionRow(name));
    lines.push('', '### Exit codes', '', '| code | meaning |', '|---|---|');
    for (const [code, meaning] of Object.entries(spec.exitCodes)) lines.push(`| ${code} | ${cell(meaning.en)} |`);
    lines.push('', '### `--json` output', '', 'One JSON object with these fields, in this order:', '', '| field | content |', '|---|---|');
    for (const [field, meaning] of Object.entries(spec.json)) lines.push(`| \`${field}\` | ${cell(meaning)} |`);
    lines.push('');
  }
  lines.push(
    '## Adding an option or a command',
    '',
    '- **An option**: one entry in `OPTIONS` (src/cli/options.ts): its type, value placeholder, description in French',
    '  and English, default, the commands that accept it, and `parse` (validation and conversion: a refused value is',
    '  a usage error, exit 3, with the message it returns). Mark a file the command writes with `output: true`: it is',
    "  checked before the run. The command then reads the typed value as `values['the-option']`.",
    '- **A command**: its name in `COMMAND_NAMES` (src/cli/options.ts), its entry in `COMMANDS` (src/cli/commands.ts:',
    '  arguments, descriptions, exit codes, the fields of its `--json` output) and its function under src/cli/commands/,',
    '  which receives the validated arguments, options, language and `asOf`. Put its name in the `commands` list of',
    '  the options it takes.',
    '- Then `npm run docs:pages` rewrites this page; test/docs/generated.test.ts fails until it is up to date, and',
    '  test/cli/conventions.test.ts checks that each command’s `--json` output has exactly the fields listed here.',
    '',
  );
  return lines.join('\n');
}

function optionRow(name: OptionName): string {
  const spec: OptionSpec<unknown> = OPTIONS[name];
  const notes = [spec.description.en];
  if (spec.conflicts?.length) notes.push(`(not with ${spec.conflicts.map((o) => `\`--${o}\``).join(', ')})`);
  if (spec.output) notes.push('(checked writable before the run)');
  return `| \`${cell(optionLabel(name, 'en'))}\` | ${cell(spec.default?.en ?? '—')} | ${cell(notes.join(' '))} |`;
}
