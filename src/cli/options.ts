// The CLI's option table: the one source of truth for every `--option` of every command. The parser
// (./parse.ts), the help (./help.ts) and docs/cli.md (scripts/render-cli-doc.ts) are all read from here.
//
// Adding an option is one entry in OPTIONS below: its name, value placeholder, description (fr/en), default,
// the commands that accept it, and how its text is parsed and validated. The parsed, typed value then reaches
// the command as `values['my-option']` (see ./commands.ts); docs/cli.md is regenerated with `npm run docs:pages`.
// Adding a command: its name in COMMAND_NAMES, its entry in COMMANDS (./commands.ts), and the names of the
// options it takes in their `commands` lists here.

import { isCalendarDate } from '../model/calendar-date.js';
import { type Localized, localized } from '../model/localized.js';
import { type Money, parseMoney } from '../model/money.js';
import { type GroupDimension, parseGroupDimensions } from '../portfolio/grouping.js';
import { TARGET_REGIMES } from '../portfolio/targets.js';
import type { InputFormat } from '../readers/types.js';
import { findRule } from '../rules/catalogue.js';
import { INPUT_FORMATS } from './records.js';

/** Every command of `clausier`, in the order the help lists them. */
export const COMMAND_NAMES = ['check', 'portfolio', 'merge', 'insertion', 'regimes', 'buyer', 'rules', 'params'] as const;
/** A command of `clausier`. */
export type CommandName = (typeof COMMAND_NAMES)[number];

/** What an option's parser answers: the typed value, or why the text was refused (one line, fr/en). */
export type OptionParse<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: Localized };

/** One option of the table. */
export interface OptionSpec<T> {
  /** `boolean`: a flag without a value; `string`: `--name value` or `--name=value`. */
  readonly type: 'boolean' | 'string';
  /** One-letter alias (`-h`). */
  readonly short?: string;
  /** The value's placeholder in the help (`YYYY-MM-DD`), for `string` options. */
  readonly value?: Localized;
  /** One line for the help and docs/cli.md. */
  readonly description: Localized;
  /** The default, as the help says it (the code applies it: some defaults, such as today, are not constants). */
  readonly default?: Localized;
  /** The commands that accept the option; `'all'` for every command. */
  readonly commands: readonly CommandName[] | 'all';
  /** Options that cannot be given together with this one. */
  readonly conflicts?: readonly string[];
  /** A file the command writes: refused before the run starts when it cannot be written. */
  readonly output?: true;
  /** Parses and validates the text given (not called for `boolean` options). */
  readonly parse?: (text: string) => OptionParse<T>;
}

const ok = <T>(value: T): OptionParse<T> => ({ ok: true, value });
const refuse = (fr: string, en: string): OptionParse<never> => ({ ok: false, message: localized(fr, en) });
const flag = (description: Localized, commands: OptionSpec<boolean>['commands'], more: Partial<OptionSpec<boolean>> = {}) =>
  ({ type: 'boolean', description, commands, ...more }) as const satisfies OptionSpec<boolean>;
const text = <T>(spec: Omit<OptionSpec<T>, 'type' | 'parse'> & { parse: (text: string) => OptionParse<T> }) =>
  ({ type: 'string', ...spec }) as const satisfies OptionSpec<T>;

/** `fr`/`en`, for messages and reports. */
export const parseLang = (s: string): OptionParse<'fr' | 'en'> =>
  s === 'fr' || s === 'en' ? ok(s) : refuse(`langue fr ou en attendue, reçu « ${s} »`, `fr or en expected, got "${s}"`);

/** The option table. Keys are the long names, without `--`. */
export const OPTIONS = {
  json: flag(localized('imprime un résultat JSON (forme décrite dans docs/cli.md)', 'prints JSON (shape documented in docs/cli.md)'), [
    'check',
    'portfolio',
    'merge',
    'insertion',
    'regimes',
    'buyer',
    'rules',
    'params',
  ]),
  md: flag(localized('imprime le rapport en Markdown (par défaut)', 'prints the Markdown report (the default)'), ['portfolio', 'merge'], {
    conflicts: ['json'],
  }),
  lang: text({
    value: localized('fr|en', 'fr|en'),
    description: localized('langue des messages et des rapports', 'language of messages and reports'),
    default: localized('d’après LC_ALL, LC_MESSAGES ou LANG, sinon fr', 'from LC_ALL, LC_MESSAGES or LANG, else fr'),
    commands: 'all',
    parse: parseLang,
  }),
  'as-of': text({
    value: localized('AAAA-MM-JJ', 'YYYY-MM-DD'),
    description: localized('date d’évaluation des règles et paramètres', 'date at which rules and parameters are evaluated'),
    default: localized('aujourd’hui, en UTC', 'today, in UTC'),
    commands: ['check', 'portfolio', 'merge', 'insertion', 'regimes', 'buyer', 'rules', 'params'],
    parse: (s) => (isCalendarDate(s) ? ok(s) : refuse(`date AAAA-MM-JJ attendue, reçu « ${s} »`, `a YYYY-MM-DD date expected, got "${s}"`)),
  }),
  rules: text({
    value: localized('id,id…', 'id,id…'),
    description: localized('n’applique que ces règles (voir clausier rules)', 'runs only these rules (see clausier rules)'),
    default: localized('toutes les règles', 'every rule'),
    commands: ['check'],
    parse: (s): OptionParse<readonly string[]> => {
      const ids = s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
      if (ids.length === 0) return refuse('au moins un identifiant de règle attendu', 'at least one rule id expected');
      const unknown = ids.find((r) => !findRule(r));
      return unknown === undefined
        ? ok(ids)
        : refuse(`règle inconnue « ${unknown} » (voir clausier rules)`, `unknown rule "${unknown}" (see clausier rules)`);
    },
  }),
  format: text({
    value: localized(INPUT_FORMATS.join('|'), INPUT_FORMATS.join('|')),
    description: localized(
      'format des enregistrements lus (eforms : avis eForms de TED, un contrat par lot)',
      'format of the records read (eforms: TED eForms notices, one contract per lot)',
    ),
    default: localized('clausier', 'clausier'),
    commands: ['portfolio', 'check'],
    parse: (s): OptionParse<InputFormat> =>
      (INPUT_FORMATS as readonly string[]).includes(s)
        ? ok(s as InputFormat)
        : refuse(`format inconnu « ${s} » (${INPUT_FORMATS.join(', ')})`, `unknown format "${s}" (${INPUT_FORMATS.join(', ')})`),
  }),
  by: text({
    value: localized('year,buyer,nature', 'year,buyer,nature'),
    description: localized('regroupe les indicateurs par année, acheteur, nature', 'groups the indicators by year, buyer, nature'),
    default: localized('year', 'year'),
    commands: ['portfolio'],
    parse: (s): OptionParse<readonly GroupDimension[]> => {
      const r = parseGroupDimensions(s);
      return r.ok
        ? ok(r.value)
        : refuse(`dimension inconnue « ${r.unknown} » (year, buyer, nature)`, `unknown dimension "${r.unknown}" (year, buyer, nature)`);
    },
  }),
  targets: text({
    value: localized(`${Object.keys(TARGET_REGIMES).join('|')}|<fichier.json>`, `${Object.keys(TARGET_REGIMES).join('|')}|<file.json>`),
    description: localized(
      'objectifs comparés aux taux : un régime fourni ou un fichier d’objectifs de l’organisation',
      'targets the rates are compared with: a shipped regime or a file of the organisation’s own targets',
    ),
    commands: ['portfolio', 'merge'],
    parse: (s) =>
      Object.hasOwn(TARGET_REGIMES, s) || s.toLowerCase().endsWith('.json')
        ? ok(s)
        : refuse(
            `objectifs inconnus « ${s} » (${Object.keys(TARGET_REGIMES).join(', ')} ou un fichier .json)`,
            `unknown targets "${s}" (${Object.keys(TARGET_REGIMES).join(', ')} or a .json file)`,
          ),
  }),
  html: text({
    value: localized('fichier.html', 'file.html'),
    description: localized('écrit aussi le rapport HTML imprimable dans ce fichier', 'also writes the printable HTML report to this file'),
    commands: ['portfolio', 'merge'],
    output: true,
    parse: (s) => (s === '' ? refuse('chemin de fichier vide', 'empty file path') : ok(s)),
  }),
  progress: flag(
    localized(
      'affiche la progression sur la sortie d’erreur même hors d’un terminal',
      'shows progress on standard error even when it is not a terminal',
    ),
    ['portfolio'],
  ),
  'consideration-min-amount': text({
    value: localized('€ HT', '€ excl. tax'),
    description: localized(
      'ne compte les considérations environnementales et sociales qu’à partir de ce montant',
      'counts environmental and social considerations only from this amount',
    ),
    default: localized('tous les montants', 'every amount'),
    commands: ['portfolio'],
    parse: (s): OptionParse<Money> => {
      const m = parseMoney(s);
      return m.ok ? ok(m.value) : refuse(`montant en euros attendu, reçu « ${s} »`, `an amount in euros expected, got "${s}"`);
    },
  }),
  'agec-rates': text({
    value: localized('taux.json', 'rates.json'),
    description: localized(
      'minimums AGEC des catégories que clausier ne fournit pas, recopiés de l’annexe du décret (voir docs/regimes.md)',
      'AGEC minimums of the categories clausier does not ship, copied from the decree’s annex (see docs/regimes.md)',
    ),
    commands: ['regimes', 'portfolio'],
    parse: (s) => (s === '' ? refuse('chemin de fichier vide', 'empty file path') : ok(s)),
  }),
  purchases: text({
    value: localized('achats.csv|achats.json', 'purchases.csv|purchases.json'),
    description: localized(
      'ajoute au rapport les régimes de quotas annuels (AGEC, EGalim, véhicules propres) de ces lignes d’achat (voir docs/regimes.md)',
      'adds the yearly quota regimes (AGEC, EGalim, clean vehicles) of these purchase lines to the report (see docs/regimes.md)',
    ),
    commands: ['portfolio'],
    parse: (s) => (s === '' ? refuse('chemin de fichier vide', 'empty file path') : ok(s)),
  }),
  jobs: text({
    value: localized('N', 'N'),
    description: localized(
      'fils d’exécution pour un fichier NDJSON (découpé aux fins de ligne) ; même résultat qu’avec 1',
      'threads for an NDJSON file (cut at line ends); the same result as with 1',
    ),
    default: localized('les cœurs disponibles, pour un fichier d’au moins 8 Mo', 'the available cores, for a file of 8 MB or more'),
    commands: ['portfolio'],
    parse: (s): OptionParse<number> => {
      const n = Number(s);
      return /^\d+$/.test(s) && n >= 1 && n <= 256
        ? ok(n)
        : refuse(`nombre de fils entre 1 et 256 attendu, reçu « ${s} »`, `a number of threads from 1 to 256 expected, got "${s}"`);
    },
  }),
  'tally-out': text({
    value: localized('décompte.json', 'tally.json'),
    description: localized(
      'écrit aussi le décompte fusionnable (versionné, avec les entrées, leur SHA-256 et la date d’évaluation), pour clausier merge',
      'also writes the mergeable tally (versioned, with the inputs, their SHA-256 and the evaluation date), for clausier merge',
    ),
    commands: ['portfolio'],
    output: true,
    parse: (s) => (s === '' ? refuse('chemin de fichier vide', 'empty file path') : ok(s)),
  }),
  'rejections-out': text({
    value: localized('rejets.ndjson', 'rejections.ndjson'),
    description: localized(
      'écrit tous les enregistrements rejetés (fichier, rang, motif), un par ligne ; la sortie n’en montre que les 100 premiers',
      'writes every rejected record (file, index, reason), one per line; the output shows the first 100 only',
    ),
    commands: ['portfolio'],
    output: true,
    parse: (s) => (s === '' ? refuse('chemin de fichier vide', 'empty file path') : ok(s)),
  }),
  help: flag(localized('affiche cette aide', 'shows this help'), 'all', { short: 'h' }),
} as const;

/** The long name of an option. */
export type OptionName = keyof typeof OPTIONS;

type ValueOf<S> = S extends { readonly parse: (text: string) => OptionParse<infer T> } ? T : boolean;

/** The parsed, validated values of the options given on the command line. */
export type OptionValues = { readonly [K in OptionName]?: ValueOf<(typeof OPTIONS)[K]> };

/** Whether `command` accepts the option `name`. */
export function acceptsOption(command: CommandName, name: OptionName): boolean {
  const spec: OptionSpec<unknown> = OPTIONS[name];
  return spec.commands === 'all' || spec.commands.includes(command);
}

/** The options of a command, in table order. */
export function optionsOf(command: CommandName): OptionName[] {
  return (Object.keys(OPTIONS) as OptionName[]).filter((n) => acceptsOption(command, n));
}
