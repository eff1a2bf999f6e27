import { parse } from 'csv-parse/sync';
import { localized } from '../model/localized.js';
import type { InputProblem, ParseResult } from '../model/validation.js';
import { type PurchaseLine, parsePurchaseLines } from './purchase-lines.js';

// Columns read as whole numbers; every other column stays text (amounts are decimal strings, read exactly).
const INTEGER_COLUMNS = new Set(['year', 'vehicles', 'lowEmissionVehicles', 'fleetSize']);

/** The most lines a purchases file may hold: a bound on memory and time, far above a buyer's yearly lines. */
export const MAX_PURCHASE_LINES = 1_000_000;

/**
 * Reads purchase lines from CSV text: a header row naming the fields of {@link PurchaseLine} (`regime`, `year`,
 * `buyerId`, `category`, `amountExclTax`, …), then one line per row. The delimiter is `,` or `;`, decided from the
 * header row (the one it contains; both or neither is an error). An empty cell is an absent field. Amounts are
 * written with a dot (`1250.50`), never with thousands separators: a cell such as `1250,50` is refused, not guessed.
 * Then validated as {@link parsePurchaseLines} does; problems name the CSV line and column
 * (`line 4, column organicExclTax`). Never throws.
 */
export function parsePurchaseLinesCsv(text: string): ParseResult<PurchaseLine[]> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const headerEnd = body.search(/\r?\n/);
  const header = headerEnd < 0 ? body : body.slice(0, headerEnd);
  const comma = header.includes(',');
  const semicolon = header.includes(';');
  if (header.trim() === '')
    return fail('$', 'csv', 'fichier CSV vide : une ligne d’en-tête est attendue', 'empty CSV file: a header row is expected');
  if (comma && semicolon) {
    return fail('line 1', 'csv', 'en-tête ambigu : il contient à la fois « , » et « ; »', 'ambiguous header: it contains both "," and ";"');
  }
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(body, {
      info: true,
      columns: (names: string[]) => names.map((n) => n.trim()),
      delimiter: semicolon ? ';' : ',',
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
      to_line: MAX_PURCHASE_LINES + 1,
    }) as { record: Record<string, string>; info: { lines: number } }[];
  } catch (e) {
    const err = e as { message: string; lines?: number };
    const where = err.lines === undefined ? '$' : `line ${err.lines}`;
    return fail(where, 'csv', `CSV illisible : ${err.message}`, `unreadable CSV: ${err.message}`);
  }
  if (records.length >= MAX_PURCHASE_LINES) {
    return fail('$', 'too-many-lines', `plus de ${MAX_PURCHASE_LINES} lignes`, `more than ${MAX_PURCHASE_LINES} lines`);
  }
  const objects = records.map(({ record }) => {
    const o: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(record)) {
      if (v === '') continue;
      o[k] = INTEGER_COLUMNS.has(k) && /^\d+$/.test(v) ? Number(v) : v;
    }
    return o;
  });
  const r = parsePurchaseLines(objects);
  if (r.ok) return r;
  const lineOf = (index: number): number => records[index]?.info.lines ?? index + 2;
  return { ok: false, problems: r.problems.map((p) => toCsvProblem(p, lineOf)) };
}

// `$[3].organicExclTax` → `line 5, column organicExclTax`: the line of the file where the record ends (line 1 is the header).
function toCsvProblem(p: InputProblem, lineOf: (index: number) => number): InputProblem {
  const m = /^\$\[(\d+)\](?:\.(.+))?$/.exec(p.path);
  if (!m) return p;
  const line = lineOf(Number(m[1]));
  return { ...p, path: m[2] === undefined ? `line ${line}` : `line ${line}, column ${m[2]}` };
}

const fail = (path: string, code: string, fr: string, en: string): ParseResult<PurchaseLine[]> => ({
  ok: false,
  problems: [{ path, code, message: localized(fr, en) }],
});
