import { trackInsertionProgramme } from '../../insertion/programme.js';
import { parseInsertionProgramme } from '../../insertion/programme-validation.js';
import type { Locale } from '../../model/localized.js';
import { formatProblems } from '../format-check.js';
import { formatProgramme } from '../format-insertion.js';
import { type CliIo, EXIT } from '../io.js';

/** Options of `clausier insertion`. */
export interface InsertionOptions {
  readonly file: string;
  readonly json: boolean;
  readonly locale: Locale;
  readonly asOf: string;
}

/** `clausier insertion <programme.json|->`: progress of an insertion-hours programme at a date. */
export async function insertionCommand(io: CliIo, o: InsertionOptions): Promise<number> {
  let data: unknown;
  try {
    const text = await io.readText(o.file);
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    io.err(`clausier: ${o.locale === 'fr' ? 'entrée illisible' : 'unreadable input'} (${o.file}): ${(e as Error).message}\n`);
    return EXIT.invalidInput;
  }
  const parsed = parseInsertionProgramme(data);
  if (!parsed.ok) {
    if (o.json) io.out(`${JSON.stringify({ invalid: { problems: parsed.problems } }, null, 2)}\n`);
    else io.err(`${formatProblems(o.file, parsed.problems, o.locale)}\n`);
    return EXIT.invalidInput;
  }
  const progress = trackInsertionProgramme(parsed.value, { asOf: o.asOf });
  io.out(o.json ? `${JSON.stringify(progress, null, 2)}\n` : formatProgramme(progress, o.locale));
  return EXIT.ok;
}
