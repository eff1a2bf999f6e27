import { findValue, listParameters, parameterDefinition } from '../../law/lookup.js';
import { RULES } from '../../rules/catalogue.js';
import type { CommandContext } from '../context.js';
import { EXIT } from '../io.js';
import { say } from '../messages.js';

/** `clausier rules [--json] [--as-of D]`: every shipped rule with its metadata and its parameters' values at the date. */
export function rulesCommand({ io, values, locale, asOf, version }: CommandContext): number {
  const rules = RULES.map((r) => ({
    id: r.id,
    family: r.family,
    kind: r.kind,
    title: r.title,
    description: r.description,
    legalBasis: r.legalBasis,
    dateBasis: r.dateBasis,
    parameters: r.parameters,
    parameterValues: Object.fromEntries(
      r.parameters.map((key) => {
        const p = parameterDefinition(key);
        const v = findValue(p, asOf);
        return [key, v ? { value: v.value, unit: p.unit, confidence: v.confidence } : null];
      }),
    ),
    fields: r.fields,
    examples: r.examples ?? [],
  }));
  if (values.json) io.out(`${JSON.stringify({ version, asOf, rules }, null, 2)}\n`);
  else {
    for (const r of rules) {
      io.out(`${r.id.padEnd(36)} ${r.family.padEnd(12)} ${r.kind.padEnd(10)} ${r.title[locale]}\n`);
      io.out(`${''.padEnd(36)} ${r.legalBasis.map((s) => `${s.code} ${s.article}`).join(', ')}\n`);
    }
  }
  return EXIT.ok;
}

/** `clausier params [--json] [--as-of D]`: every parameter with its history and sources; the human form shows the value at the date. */
export function paramsCommand({ io, values, locale, asOf, version }: CommandContext): number {
  const params = listParameters();
  if (values.json) io.out(`${JSON.stringify({ version, asOf, parameters: params }, null, 2)}\n`);
  else {
    for (const p of params) {
      const v = findValue(p, asOf);
      const flag = v?.confidence === 'unconfirmed' ? say(locale, ' (non confirmé)', ' (unconfirmed)') : '';
      const lastTo = p.values[p.values.length - 1]?.to ?? null;
      const notYet = lastTo !== null && asOf > lastTo;
      const value = v ? `${String(v.value)} ${p.unit}${flag}` : notYet ? say(locale, 'pas encore publié', 'not yet published') : '—';
      io.out(`${p.key.padEnd(48)} ${value}\n`);
      io.out(`${''.padEnd(48)} ${p.label[locale]}\n`);
    }
  }
  return EXIT.ok;
}
