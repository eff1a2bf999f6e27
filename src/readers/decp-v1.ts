import type { PRICE_TYPES } from '../model/contract-schema.js';
import { type DecpSpecific, readDecpRecord } from './decp-common.js';
import { labelTable, normalizeLabel, type Problems, readText } from './fields.js';
import type { RecordReader } from './types.js';

type PriceType = (typeof PRICE_TYPES)[number];

/** DECP v1 `formePrix`: in v1 it is the price variation (schema 1.5: Ferme / Ferme et actualisable / Révisable). */
const FORME_PRIX_V1 = /* @__PURE__ */ labelTable<PriceType>({
  Ferme: 'firm',
  'Ferme et actualisable': 'firm-actualisable',
  Révisable: 'revisable',
});

function specific(rec: Record<string, unknown>, kind: 'contract' | 'concession', problems: Problems): DecpSpecific {
  if (kind === 'concession' || rec.formePrix === undefined) return {};
  const text = readText(rec.formePrix, '$.formePrix', problems, 'a price type');
  if (text === undefined) return {};
  const type = FORME_PRIX_V1.get(normalizeLabel(text));
  if (type === undefined) {
    // "Unitaire", "Forfaitaire", "Mixte" are 2024 price forms that leaked into v1 files: they say nothing of variation.
    problems.add(
      'unmapped-price-label',
      '$.formePrix',
      rec.formePrix,
      'not a v1 price type (Ferme / Ferme et actualisable / Révisable): price type left out',
    );
    return { extensions: { formePrix: text } };
  }
  return { price: { type } };
}

/**
 * Reader of DECP v1 records (schemas ≤ 1.5, published 2017-2023): marchés and concessions. Here `formePrix`
 * is the price variation. v1 has no social or environmental considerations and no advance: those stay unknown.
 */
export const decpV1Reader: RecordReader = {
  format: 'decp-v1',
  read(record) {
    return readDecpRecord(record, 'decp-1', specific);
  },
};
