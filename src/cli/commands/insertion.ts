import { trackInsertionProgramme } from '../../insertion/programme.js';
import { parseInsertionProgramme } from '../../insertion/programme-validation.js';
import type { CommandContext } from '../context.js';
import { formatProblems } from '../format-check.js';
import { formatProgramme } from '../format-insertion.js';
import { EXIT } from '../io.js';
import { describeError, describeJsonError, say } from '../messages.js';

/** `clausier insertion <programme.json|->`: progress of an insertion-hours programme at a date. */
export async function insertionCommand({ io, args, values, locale, asOf, version }: CommandContext): Promise<number> {
  const file = args[0] as string;
  const unreadable = say(locale, 'entrée illisible', 'unreadable input');
  let text: string;
  try {
    text = await io.readText(file);
  } catch (e) {
    io.err(`clausier: ${unreadable} (${file}): ${describeError(e, locale)}\n`);
    return EXIT.invalidInput;
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    io.err(`clausier: ${unreadable} (${file}): ${describeJsonError(e, locale)}\n`);
    return EXIT.invalidInput;
  }
  const parsed = parseInsertionProgramme(data);
  if (!parsed.ok) {
    if (values.json) io.out(`${JSON.stringify({ version, asOf, invalid: { problems: parsed.problems } }, null, 2)}\n`);
    else io.err(`${formatProblems(file, parsed.problems, locale)}\n`);
    return EXIT.invalidInput;
  }
  const progress = trackInsertionProgramme(parsed.value, { asOf });
  io.out(values.json ? `${JSON.stringify({ version, ...progress }, null, 2)}\n` : formatProgramme(progress, locale));
  return EXIT.ok;
}
