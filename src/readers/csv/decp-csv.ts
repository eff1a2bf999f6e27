import { decpV2Reader } from '../decp-v2.js';
import type { ReadProblem, RecordReader } from '../types.js';

// The consolidated national DECP table as distributed in CSV ("decp augmenté" layout of data.economie.gouv.fr and
// the decp-processing pipeline): one row per contract, `;`-separated, nested fields flattened with dots
// (`acheteur.id`, `lieuExecution.code`), up to three holders in `titulaire_id_N` / `titulaire_typeIdentifiant_N`,
// lists written as Python lists (`['Clause sociale', 'Critère social']`), `True` / `False`, and placeholders: `MQ`
// (manquant: missing), `CDL` (conditionnel: not applicable to this row), `INX…` (inexploitable: the value that
// follows was judged unusable). Each row is turned back into the DECP 2024 JSON record it flattens, then read by the
// DECP 2024 reader: the same contract, the same verdicts, the same problems (at the JSON paths of that record) as
// from the JSON file.

/** Cells that mean "no value": left out of the record, as the JSON file would leave the member out. */
const ABSENT = new Set(['', 'MQ', 'CDL']);

/** Columns holding a list, with the key of the list inside its DECP 2024 wrapper. */
const LIST_COLUMNS: Readonly<Record<string, string>> = {
  considerationsSociales: 'considerationSociale',
  considerationsEnvironnementales: 'considerationEnvironnementale',
  modalitesExecution: 'modaliteExecution',
  techniques: 'technique',
  typesPrix: 'typePrix',
};

/** Columns holding a boolean (`True` / `False`). */
const BOOLEAN_COLUMNS = new Set(['attributionAvance', 'marcheInnovant', 'sousTraitanceDeclaree']);

/** Columns holding a number. */
const NUMBER_COLUMNS = new Set(['montant', 'dureeMois', 'offresRecues', 'tauxAvance', 'origineUE', 'origineFrance', 'valeurGlobale']);

/** The modification columns (the table keeps one modification per row) and the member each fills. */
const MODIFICATION_COLUMNS: Readonly<Record<string, string>> = {
  idModification: 'id',
  montantModification: 'montant',
  dureeMoisModification: 'dureeMois',
  dateNotificationModificationModification: 'dateNotificationModification',
  datePublicationDonneesModificationModification: 'datePublicationDonneesModification',
};

/** Columns read into holders, modifications or sub-contracting, not copied as they are. */
const HOLDER_COLUMN = /^titulaire_(id|typeIdentifiant|denominationSociale)_(\d+)$/;
const SUBCONTRACTING_COLUMN = /ActeSousTraitance|SousTraitant|TitulaireModification$/;

/** `acheteur_id`, `lieuExecution_code`: the same columns in the tables that flatten with an underscore. */
const FLAT_ALIAS = /^(acheteur|autoriteConcedante|lieuExecution)_(\w+)$/;

const DECIMAL = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** A Python or JSON list literal (`['a', "b"]`), or a single label; undefined when the text is not a list. */
export function readListCell(text: string): string[] | undefined {
  const t = text.trim();
  if (!t.startsWith('[') || !t.endsWith(']')) return undefined;
  const out: string[] = [];
  let i = 1;
  const end = t.length - 1;
  while (i < end) {
    const c = t[i] as string;
    if (c === ' ' || c === ',') {
      i++;
      continue;
    }
    if (c !== "'" && c !== '"') return undefined;
    let item = '';
    i++;
    for (; i < end && t[i] !== c; i++) {
      if (t[i] === '\\' && i + 1 < end) i++;
      item += t[i];
    }
    if (i >= end) return undefined;
    out.push(item);
    i++;
  }
  return out;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let o = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const k = parts[i] as string;
    const next = o[k];
    if (typeof next === 'object' && next !== null && !Array.isArray(next)) o = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      o[k] = created;
      o = created;
    }
  }
  o[parts[parts.length - 1] as string] = value;
}

/** A row of the consolidated DECP table turned back into its record. */
export interface DecpCsvRow {
  /** The DECP 2024 JSON record the row flattens. */
  record: Record<string, unknown>;
  /** What could not be read as the layout says (a list cell that is not a list), with the column's path. */
  problems: ReadProblem[];
}

/**
 * Turns one row of the consolidated DECP table (`{ column: text }`) into the DECP 2024 JSON record it flattens.
 * Problems found on the way (a list that is not a list) are returned with the column's path.
 */
export function decpCsvRowToRecord(row: Readonly<Record<string, string>>): DecpCsvRow {
  const record: Record<string, unknown> = {};
  const problems: ReadProblem[] = [];
  const holders: Array<Record<string, string>> = [];
  const modification: Record<string, unknown> = {};
  const modificationHolder: Record<string, string> = {};
  for (const column in row) {
    const raw = row[column] as string;
    const text = raw.trim();
    if (ABSENT.has(text)) continue;
    const holder = HOLDER_COLUMN.exec(column);
    if (holder) {
      const n = Number(holder[2]) - 1;
      holders[n] ??= {};
      (holders[n] as Record<string, string>)[holder[1] as string] = text;
      continue;
    }
    if (column in MODIFICATION_COLUMNS) {
      const key = MODIFICATION_COLUMNS[column] as string;
      modification[key] = key === 'montant' || key === 'dureeMois' ? (DECIMAL.test(text) ? Number(text) : text) : text;
      continue;
    }
    if (column === 'idTitulaireModification') {
      modificationHolder.id = text;
      continue;
    }
    if (column === 'typeIdentifiantTitulaireModification') {
      modificationHolder.typeIdentifiant = text;
      continue;
    }
    if (SUBCONTRACTING_COLUMN.test(column)) continue; // sub-contracting acts: not read by the rules
    const inner = LIST_COLUMNS[column];
    if (inner !== undefined) {
      const list = readListCell(text);
      if (list === undefined)
        problems.push({ code: 'list-as-text', path: `$.${column}`, value: raw, reason: 'not a list: read as a single label' });
      record[column] = { [inner]: list ?? [text] };
      continue;
    }
    if (BOOLEAN_COLUMNS.has(column) && (text === 'True' || text === 'False')) {
      record[column] = text === 'True';
      continue;
    }
    if (NUMBER_COLUMNS.has(column) && DECIMAL.test(text)) {
      record[column] = Number(text);
      continue;
    }
    const alias = FLAT_ALIAS.exec(column);
    setPath(record, alias ? `${alias[1]}.${alias[2]}` : column, text);
  }
  const titulaires = holders.filter((h) => h?.id !== undefined).map((h) => ({ titulaire: h }));
  if (titulaires.length > 0) record.titulaires = titulaires;
  if (Object.keys(modification).length > 0 || modificationHolder.id !== undefined) {
    if (modificationHolder.id !== undefined) modification.titulaires = [{ titulaire: modificationHolder }];
    record.modifications = [{ modification }];
  }
  return { record, problems };
}

/** Thrown when a CSV table is not the consolidated DECP table (no `id` column, no amount or date column). */
export class NotDecpCsvError extends Error {
  constructor(columns: readonly string[]) {
    const shown = columns
      .slice(0, 12)
      .map((c) => JSON.stringify(c))
      .join(', ');
    super(
      `not the consolidated DECP table: it needs the columns id, montant (or valeurGlobale) and dateNotification (or dateSignature); found ${shown}${columns.length > 12 ? ', …' : ''}`,
    );
    this.name = 'NotDecpCsvError';
  }
}

/** Checks the columns of a table read as DECP CSV. @throws NotDecpCsvError when a required column is missing. */
export function checkDecpCsvColumns(columns: readonly string[]): void {
  const has = (c: string) => columns.includes(c);
  if (!has('id') || !(has('montant') || has('valeurGlobale')) || !(has('dateNotification') || has('dateSignature'))) {
    throw new NotDecpCsvError(columns);
  }
}

/**
 * Reader of the consolidated national DECP table in CSV (`--format decp-csv`): each row, `{ column: text }` as a CSV
 * parser gives it with the header as keys (csv-parse's `columns: true`), is turned back into its DECP 2024 record and
 * read by the DECP 2024 reader. Check the header first with {@link checkDecpCsvColumns}.
 * See docs/readers.md.
 */
export const decpCsvReader: RecordReader = {
  format: 'decp-csv',
  read(row) {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      return { ok: false, reason: 'not a CSV row', problems: [] };
    }
    const { record, problems } = decpCsvRowToRecord(row as Record<string, string>);
    const result = decpV2Reader.read(record);
    if (problems.length === 0) return result;
    return result.ok
      ? { ok: true, contract: result.contract, problems: [...problems, ...result.problems] }
      : { ok: false, reason: result.reason, problems: [...problems, ...result.problems] };
  },
};
