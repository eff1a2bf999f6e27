// The CLI's command table: each command's arguments, descriptions (fr/en), exit codes, the top-level fields of its
// `--json` output and the function that runs it. Help, docs/cli.md and the dispatch in ./main.ts read it; a test
// runs every command with `--json` and checks that its fields are exactly the ones documented here.
//
// A command's options are declared in the option table (./options.ts, `commands: [...]`), not here.

import { type Localized, localized } from '../model/localized.js';
import { buyerCommand } from './commands/buyer.js';
import { paramsCommand, rulesCommand } from './commands/catalogue.js';
import { checkCommand } from './commands/check.js';
import { insertionCommand } from './commands/insertion.js';
import { mergeCommand } from './commands/merge.js';
import { portfolioCommand } from './commands/portfolio.js';
import { regimesCommand } from './commands/regimes.js';
import type { CommandContext } from './context.js';
import type { ExitCode } from './io.js';
import type { CommandName, OptionValues } from './options.js';

/** One command of the table. */
export interface CommandSpec {
  /**
   * Positional arguments: their placeholder in the help and how many are accepted; `check` refuses a count the options
   * given do not allow (several files are read with `--format eforms` only).
   */
  readonly args: {
    readonly name: Localized;
    readonly min: number;
    readonly max: number;
    readonly check?: (args: readonly string[], values: OptionValues) => Localized | undefined;
  };
  /** One line for the list of commands. */
  readonly summary: Localized;
  /** What the command does, for its help and docs/cli.md (one paragraph; lines joined). */
  readonly description: Localized;
  /** What each exit code means for this command. */
  readonly exitCodes: Readonly<Partial<Record<ExitCode, Localized>>>;
  /** The top-level fields of the `--json` output, in order, each with its meaning (English, for docs/cli.md). */
  readonly json: Readonly<Record<string, string>>;
  /** Runs the command; resolves to its exit code. */
  readonly run: (ctx: CommandContext) => Promise<number> | number;
}

/** The arguments of the commands that read notices with `--format eforms`: files and folders, several allowed. */
const FILES = localized('<fichier|dossier|->', '<file|folder|->');
/** Several files (or a folder) are for eForms notices only: the other formats are one document or stream. */
const oneFileUnlessEforms = (args: readonly string[], values: OptionValues): Localized | undefined =>
  args.length > 1 && values.format !== 'eforms'
    ? localized(
        `plusieurs fichiers ne se lisent qu’avec --format eforms (${args.length} donnés)`,
        `several files are read with --format eforms only (${args.length} given)`,
      )
    : undefined;
const NO_ARGS = { name: localized('', ''), min: 0, max: 0 };
const VERSION = 'clausier version that produced the output';
const AS_OF = 'the evaluation date used (`--as-of`, else the day of the run, UTC)';
const USAGE = localized(
  'mauvais usage : commande ou option inconnue, valeur refusée, fichier de sortie impossible à écrire',
  'wrong usage: unknown command or option, a value refused, an output file that cannot be written',
);

/** The command table. */
export const COMMANDS: Readonly<Record<CommandName, CommandSpec>> = {
  check: {
    args: { name: FILES, min: 1, max: Number.POSITIVE_INFINITY, check: oneFileUnlessEforms },
    summary: localized(
      'évalue un contrat (objet JSON) ou plusieurs (tableau JSON)',
      'evaluates one contract (JSON object) or several (JSON array)',
    ),
    description: localized(
      'Lit un contrat (objet JSON) ou plusieurs (tableau JSON) dans un fichier, ou sur l’entrée standard avec -, et donne pour chaque règle conforme, non conforme, sans objet ou indéterminé, avec son article et le message. Les contrats valides d’un tableau sont évalués même si d’autres sont invalides ; les invalides sont listés avec leur rang et chaque problème. Avec --format eforms, lit des avis eForms de TED (fichiers, ou les fichiers .xml d’un dossier) et vérifie chaque lot comme un contrat.',
      'Reads one contract (a JSON object) or several (a JSON array) from a file, or from standard input with -, and gives for each rule pass, fail, not applicable or unknown, with its article and the message. Valid contracts of an array are evaluated even when others are invalid; invalid ones are listed with their index and every problem. With --format eforms it reads TED eForms notices (files, or the .xml files of a folder) and checks each lot as a contract.',
    ),
    exitCodes: {
      0: localized('tout est évalué, aucune règle non conforme', 'everything evaluated, no rule failed'),
      1: localized('au moins une règle non conforme', 'at least one rule failed'),
      2: localized(
        'entrée invalide : fichier illisible, JSON invalide, ou un contrat invalide (problèmes listés)',
        'invalid input: unreadable file, not JSON, or an invalid contract (problems listed)',
      ),
      3: USAGE,
    },
    json: {
      version: VERSION,
      asOf: AS_OF,
      results:
        'one entry per valid contract: `contract` (id), `asOf`, `findings` (per rule: `rule`, `family`, `kind`, `status`, `legalBasis`, `parameters` used, `missing` fields, `message` {fr, en}, `referenceDate`), `summary` (counts per status)',
      invalid: 'one entry per invalid contract: `index`, `id` when it has one, `problems` (`path`, `code`, `message` {fr, en})',
    },
    run: checkCommand,
  },
  portfolio: {
    args: { name: FILES, min: 1, max: Number.POSITIVE_INFINITY },
    summary: localized(
      'taux de conformité d’un portefeuille entier (lu en flux) et rapport SPASER',
      'compliance rates of a whole portfolio (streamed) and the SPASER report',
    ),
    description: localized(
      'Lit en flux un portefeuille (tableau JSON, NDJSON, document DECP/OCDS, ou avis eForms de TED avec --format eforms : fichiers ou dossier), évalue chaque contrat, calcule les indicateurs par groupe (en nombre et en montant) et les compare aux objectifs ; imprime le rapport en Markdown (ou le JSON) et écrit le rapport HTML imprimable avec --html. Chaque enregistrement est compté : évalué, ou rejeté avec son rang et son motif.',
      'Streams a portfolio (JSON array, NDJSON, a DECP/OCDS document, or TED eForms notices with --format eforms: files or a folder), evaluates every contract, computes the indicators per group (by count and by amount) and compares them with the targets; prints the Markdown report (or the JSON) and writes the printable HTML report with --html. Every record is accounted for: evaluated, or rejected with its index and reason.',
    ),
    exitCodes: {
      0: localized('tout est lu, aucun objectif manqué', 'everything read, no target missed'),
      1: localized(
        'un objectif est manqué, ou un minimum des régimes de quotas avec --purchases (les enregistrements rejetés sont listés, ils ne changent pas le code)',
        'a target is missed, or a minimum of the quota regimes with --purchases (rejected records are listed; they do not change the exit code)',
      ),
      2: localized(
        'entrée invalide : fichier illisible, flux illisible, fichier d’objectifs illisible ou invalide',
        'invalid input: unreadable file or stream, unreadable or invalid targets file',
      ),
      3: USAGE,
    },
    json: {
      version: VERSION,
      asOf: AS_OF,
      records:
        'records accounted for: `total` = `evaluated` + `rejected` + `duplicates` (exact duplicates dropped), `rejections` (the first 100: `file`, `index`, `reason`)',
      indicators:
        'one entry per indicator and group: `id`, `group`, `numerator`, `denominator`, `unknown`, `rate`, `amountRate`, `target`, `met`, `targetKind`, `gap`, `numeratorAmount`, `denominatorAmount`, `amountMissing`, `label` {fr, en}',
      by: 'the grouping dimensions',
      period: 'first and last notification dates seen (`from`, `to`), or null',
      targets: 'the target regime compared with (`id`, `label`, `sources`, `confidence`, `note`), or null',
      considerationMinAmount: 'the `--consideration-min-amount` given, or null',
      parameters: 'the dated parameters the indicators use, with their values over the period and confidence',
      legalRules: 'the legal rules a contract must not fail to count as legally compliant',
      rules:
        'verdicts per rule: `rule`, `kind`, `pass`, `fail`, `notApplicable`, `unknown`, `unknownReasons` (`reason`, `count`; the 5 most frequent)',
      dataQuality:
        'records with problems reported by the reader: `records`, `byPath` (`path`, `count`), `samples` (the first 100), `files` (per input file: records accounted for, `defects` and `rejections` by class with counts and first indexes, `duplicateSamples`, `sharedIds`)',
      regimes:
        'with `--purchases`: the yearly quota regimes of the purchase lines (as `clausier regimes --json` gives them: `lines`, `regimes`, `results`, `summary`); else null',
    },
    run: portfolioCommand,
  },
  merge: {
    args: { name: localized('<décompte.json>', '<tally.json>'), min: 1, max: Number.POSITIVE_INFINITY },
    summary: localized(
      'fusionne des décomptes de portefeuille calculés à part (portfolio --tally-out) en un seul rapport',
      'merges portfolio tallies computed apart (portfolio --tally-out) into one report',
    ),
    description: localized(
      'Lit les décomptes écrits par portfolio --tally-out — des parts d’un jeu de données comptées par d’autres processus ou d’autres machines —, vérifie qu’ils peuvent être fusionnés (même date d’évaluation, même regroupement et mêmes options, aucune entrée comptée deux fois, par son nom ou son SHA-256) et imprime le rapport de toutes leurs entrées, le même qu’un seul portfolio sur elles toutes (Markdown, --json ou --html).',
      'Reads the tallies written by portfolio --tally-out — shards of a dataset counted by other processes or machines —, checks that they can be merged (same evaluation date, same grouping and options, no input counted twice, by name or SHA-256) and prints the report of all their inputs, the same as one portfolio run over them all (Markdown, --json or --html).',
    ),
    exitCodes: {
      0: localized('fusionné, aucun objectif manqué', 'merged, no target missed'),
      1: localized('un objectif est manqué', 'a target is missed'),
      2: localized(
        'entrée invalide : décompte illisible, d’une autre version ou invalide, décomptes impossibles à fusionner',
        'invalid input: a tally unreadable, of another version or invalid, tallies that cannot be merged',
      ),
      3: USAGE,
    },
    json: {
      version: VERSION,
      asOf: 'the evaluation date of the tallies (they all have the same)',
      inputs: 'every input counted: `file`, `format`, `bytes`, `sha256`, in the order of the tallies given',
      records: 'as for portfolio',
      indicators: 'as for portfolio',
      by: 'as for portfolio',
      period: 'as for portfolio',
      targets: 'as for portfolio',
      considerationMinAmount: 'as for portfolio',
      parameters: 'as for portfolio',
      legalRules: 'as for portfolio',
      rules: 'as for portfolio',
      dataQuality: 'as for portfolio',
    },
    run: mergeCommand,
  },
  insertion: {
    args: { name: localized('<programme.json|->', '<programme.json|->'), min: 1, max: 1 },
    summary: localized(
      'suit un programme d’heures d’insertion : réalisé, rythme, projections',
      'tracks an insertion-hours programme: hours done, pace, projections',
    ),
    description: localized(
      'Lit un programme d’heures d’insertion (enveloppes datées et heures réalisées) et donne, à la date --as-of, pour chaque enveloppe : heures réalisées par les publics éligibles, heures attendues au rythme linéaire, avance ou retard, heures par mois restant, achèvement projeté ; puis le tableau par année.',
      'Reads an insertion-hours programme (dated buckets and hours done) and gives, at the --as-of date, for each bucket: hours done by eligible publics, hours expected at a linear pace, ahead or behind, hours per remaining month, projected completion; then the yearly table.',
    ),
    exitCodes: {
      0: localized('programme lu et suivi', 'programme read and tracked'),
      2: localized(
        'entrée invalide : fichier illisible, JSON invalide ou programme invalide',
        'invalid input: unreadable file, not JSON or an invalid programme',
      ),
      3: USAGE,
    },
    json: {
      version: VERSION,
      programme: 'the programme id',
      asOf: AS_OF,
      start: 'the programme start',
      end: 'the programme end',
      buckets:
        'per bucket: target, hours done, expected at a linear pace, gap, pace, phase, remaining hours and months, hours per remaining month, projections',
      years: 'per calendar year: hours per bucket, counted and not counted, non-works contracts with a clause',
      entriesAfterAsOf: 'entries dated after `asOf`, not counted',
      title: 'the programme title, when it has one',
    },
    run: insertionCommand,
  },
  regimes: {
    args: { name: localized('<achats.csv|achats.json|->', '<purchases.csv|purchases.json|->'), min: 1, max: 1 },
    summary: localized(
      'régimes de quotas annuels (AGEC, EGalim, véhicules propres) sur des lignes d’achat',
      'yearly quota regimes (AGEC, EGalim, clean vehicles) over purchase lines',
    ),
    description: localized(
      'Lit des lignes d’achat (CSV avec en-tête, ou tableau JSON ; format d’après l’extension, ou le premier caractère pour -), les additionne par régime, année, acheteur et objet (catégorie AGEC, restaurant EGalim, catégorie de véhicules) et compare chaque part, exactement, au minimum en vigueur sur toute l’année civile. Un minimum qui change en cours d’année ou n’est pas publié pour toute l’année donne « indéterminé ». Voir docs/regimes.md.',
      'Reads purchase lines (CSV with a header row, or a JSON array; format from the extension, or the first character for -), adds them up per regime, year, buyer and subject (AGEC category, EGalim restaurant, vehicle category) and compares each share, exactly, with the minimum in force over the whole calendar year. A minimum that changes during the year or is not published for all of it gives unknown. See docs/regimes.md.',
    ),
    exitCodes: {
      0: localized('tout est lu, aucun minimum manqué', 'everything read, no minimum missed'),
      1: localized('au moins un minimum manqué', 'at least one minimum missed'),
      2: localized(
        'entrée invalide : fichier illisible, lignes ou fichier de taux invalides (problèmes listés par ligne et colonne)',
        'invalid input: unreadable file, invalid lines or rates file (problems listed by line and column)',
      ),
      3: USAGE,
    },
    json: {
      version: VERSION,
      asOf: 'the `--as-of` given, else the day of the run (the regimes are yearly: it does not change the results)',
      lines: 'the number of purchase lines read',
      regimes: 'the regimes met in the lines: `id`, `label`, `description`, `legalBasis`, `parameters`',
      results:
        'per regime, year, buyer and subject: `regime`, `year`, `buyerId`, `buyerName`, `buyerKind`, `subject`, `lines` (indexes), `status`, `scope` {fr, en}, `missing`, `measures` (`id`, `label`, `status`, `numerator`, `denominator`, `share`, `minimum`, `minimumSource`, `confidence`, `missing`, `message`)',
      summary: 'counts of results per status: `pass`, `fail`, `notApplicable`, `unknown`',
    },
    run: regimesCommand,
  },
  buyer: {
    args: { name: localized('<profil.json|->', '<profile.json|->'), min: 1, max: 1 },
    summary: localized(
      'obligations d’un acheteur : SPASER dû, adopté, public, indicateurs publiés',
      'a buyer’s duties: SPASER owed, adopted, public, indicators published',
    ),
    description: localized(
      'Lit un profil d’acheteur (objet JSON) ou plusieurs (tableau JSON) : achats annuels, type d’acheteur, SPASER (dates d’adoption, de publication, de publication des indicateurs). Pour chaque année close, dit si l’acheteur doit un SPASER (L2111-3, D2111-3 : au-delà de 100 M€ HT, 50 M€ à partir de 2023 ; champ étendu par la loi n° 2023-973) et, s’il en doit un, si à la date --as-of il est adopté, rendu public et si ses indicateurs ont été publiés depuis moins de deux ans. Voir docs/buyer.md.',
      'Reads a buyer profile (JSON object) or several (JSON array): yearly purchases, buyer kind, SPASER (adoption, publication and indicator-publication dates). For each completed year, says whether the buyer owes a SPASER (L2111-3, D2111-3: above 100 M€ excl. tax, 50 M€ from 2023; scope widened by loi n° 2023-973) and, if it does, whether at the --as-of date it is adopted, made public and its indicators published within the last two years. See docs/buyer.md.',
    ),
    exitCodes: {
      0: localized('tout est lu, aucune obligation manquée', 'everything read, no duty failed'),
      1: localized('au moins une obligation manquée', 'at least one duty failed'),
      2: localized(
        'entrée invalide : fichier illisible, JSON invalide ou profil invalide (problèmes listés)',
        'invalid input: unreadable file, not JSON or an invalid profile (problems listed)',
      ),
      3: USAGE,
    },
    json: {
      version: VERSION,
      asOf: AS_OF,
      buyers:
        'one entry per valid profile: `buyerId`, `buyerName`, `buyerKind`, `asOf`, `status`, `years` (per year: `year`, `amountExclTax`, `threshold` parameter used, `owesSpaser`, `status`, `scope` {fr, en}, `missing`, `checks`: `adopted`, `published`, `indicators` with `status`, `missing`, `message`), `legalBasis`',
      invalid: 'one entry per invalid profile: `index`, `problems` (`path`, `code`, `message` {fr, en})',
    },
    run: buyerCommand,
  },
  rules: {
    args: NO_ARGS,
    summary: localized('liste les règles avec leur base légale', 'lists every rule with its legal basis'),
    description: localized(
      'Liste chaque règle : identifiant, famille, nature (obligation légale ou indicateur), titre, base légale ; en JSON aussi la description, la date à laquelle ses paramètres sont lus, ses paramètres et leurs valeurs à la date --as-of, les champs lus et des exemples.',
      'Lists every rule: id, family, kind (legal duty or indicator), title, legal basis; in JSON also its description, the date its parameters are read at, its parameters and their values at the --as-of date, the fields it reads and examples.',
    ),
    exitCodes: { 0: localized('liste imprimée', 'list printed'), 3: USAGE },
    json: {
      version: VERSION,
      asOf: AS_OF,
      rules:
        'per rule: `id`, `family`, `kind`, `title`, `description`, `legalBasis`, `dateBasis`, `parameters`, `parameterValues` (value, unit, confidence at `asOf`, or null outside the history), `fields`, `examples`',
    },
    run: rulesCommand,
  },
  params: {
    args: NO_ARGS,
    summary: localized('liste les paramètres juridiques datés et leurs sources', 'lists every dated legal parameter and its sources'),
    description: localized(
      'Liste chaque paramètre (seuil, taux, date) : la forme lisible donne sa valeur à la date --as-of et signale les valeurs non confirmées ; le JSON donne tout l’historique (valeurs, périodes, sources, confiance, date de vérification, notes).',
      'Lists every parameter (threshold, rate, date): the human form shows its value at the --as-of date and flags unconfirmed values; the JSON gives the whole history (values, periods, sources, confidence, verification date, notes).',
    ),
    exitCodes: { 0: localized('liste imprimée', 'list printed'), 3: USAGE },
    json: {
      version: VERSION,
      asOf: AS_OF,
      parameters:
        'per parameter: `key`, `label`, `unit`, `basis` (the date it is looked up at), `kind` (law or practice), `values` (each with `from`, `to`, `value`, `confidence`, `sources`, `note`)',
    },
    run: paramsCommand,
  },
};
