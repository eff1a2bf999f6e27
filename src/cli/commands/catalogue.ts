import { findValue, listParameters } from '../../law/lookup.js';
import type { Locale } from '../../model/localized.js';
import { RULES } from '../../rules/catalogue.js';
import { type CliIo, EXIT } from '../io.js';

/** `clausier rules [--json]`: every shipped rule with its metadata. */
export function rulesCommand(io: CliIo, json: boolean, locale: Locale): number {
  const rules = RULES.map((r) => ({
    id: r.id,
    family: r.family,
    kind: r.kind,
    title: r.title,
    description: r.description,
    legalBasis: r.legalBasis,
    dateBasis: r.dateBasis,
    parameters: r.parameters,
    fields: r.fields,
    examples: r.examples ?? [],
  }));
  if (json) io.out(`${JSON.stringify({ rules }, null, 2)}\n`);
  else {
    for (const r of rules) {
      io.out(`${r.id.padEnd(36)} ${r.family.padEnd(12)} ${r.kind.padEnd(10)} ${r.title[locale]}\n`);
      io.out(`${''.padEnd(36)} ${r.legalBasis.map((s) => `${s.code} ${s.article}`).join(', ')}\n`);
    }
  }
  return EXIT.ok;
}

/** `clausier params [--json] [--as-of D]`: every parameter with its history and sources. */
export function paramsCommand(io: CliIo, json: boolean, locale: Locale, asOf: string): number {
  const params = listParameters();
  if (json) io.out(`${JSON.stringify({ parameters: params }, null, 2)}\n`);
  else {
    for (const p of params) {
      const v = findValue(p, asOf);
      const flag = v?.confidence === 'unconfirmed' ? (locale === 'fr' ? ' (non confirmé)' : ' (unconfirmed)') : '';
      const value = v ? `${String(v.value)} ${p.unit}${flag}` : '—';
      io.out(`${p.key.padEnd(48)} ${value}\n`);
      io.out(`${''.padEnd(48)} ${p.label[locale]}\n`);
    }
  }
  return EXIT.ok;
}
