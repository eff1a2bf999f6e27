import { parseBuyerProfile } from '../../buyer/profile.js';
import { assessSpaser, type SpaserAssessment } from '../../buyer/spaser.js';
import type { InputProblem } from '../../model/validation.js';
import { spaserMarkdown } from '../../report/spaser-markdown.js';
import type { CommandContext } from '../context.js';
import { formatProblems } from '../format-check.js';
import { EXIT } from '../io.js';
import { describeError, describeJsonError, say } from '../messages.js';

/**
 * `clausier buyer <profile.json|->`: the buyer-level duties of one buyer profile (a JSON object) or several (an array):
 * whether it owes a SPASER for each year of purchases and, if so, whether it is adopted, public and its indicators
 * published (L2111-3, D2111-3), at `--as-of`. Exit 1 when a duty fails, 2 on invalid input.
 */
export async function buyerCommand({ io, args, values, locale, asOf, version }: CommandContext): Promise<number> {
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
  const items = Array.isArray(data) ? data : [data];
  const buyers: SpaserAssessment[] = [];
  const invalid: { index: number; problems: readonly InputProblem[] }[] = [];
  items.forEach((item, index) => {
    const p = parseBuyerProfile(item);
    if (p.ok) buyers.push(assessSpaser(p.value, { asOf }));
    else invalid.push({ index, problems: p.problems });
  });
  if (values.json) io.out(`${JSON.stringify({ version, asOf, buyers, invalid }, null, 2)}\n`);
  else {
    if (buyers.length > 0) io.out(buyers.map((b) => spaserMarkdown(b, { locale })).join('\n'));
    for (const i of invalid) io.err(`${formatProblems(Array.isArray(data) ? `${file} #${i.index}` : file, i.problems, locale)}\n`);
  }
  if (invalid.length > 0) return EXIT.invalidInput;
  return buyers.some((b) => b.status === 'fail') ? EXIT.failed : EXIT.ok;
}
