import type { ContractInput, PRICE_TYPES } from '../model/contract-schema.js';
import { type DecpSpecific, type Extensions, readDecpRecord } from './decp-common.js';
import {
  describeType,
  isMissingToken,
  isObject,
  labelTable,
  normalizeLabel,
  type Path,
  type Problems,
  readBoolean,
  readShare,
} from './fields.js';
import type { RecordReader } from './types.js';

type PriceType = (typeof PRICE_TYPES)[number];

/** DECP 2024 `typePrix` labels (schemas 2.0.0 and 2.0.3). */
const PRICE_TYPE_LABELS = /* @__PURE__ */ labelTable<PriceType>({
  'Définitif ferme': 'firm',
  'Définitif actualisable': 'firm-actualisable',
  'Définitif révisable': 'revisable',
  Provisoire: 'provisional',
});

/** `formePrix` values of DECP v1, where it was the price variation: met in a 2024 file, the wrong format was chosen. */
const V1_PRICE_FORMS = /* @__PURE__ */ labelTable({ Ferme: true, 'Ferme et actualisable': true, Révisable: true });

/** When a contract lists several price types, the one kept: a variation clause first (revision, then actualisation). */
const PRICE_TYPE_PRIORITY: readonly PriceType[] = ['revisable', 'firm-actualisable', 'firm', 'provisional'];

/**
 * Reads a DECP 2.0.x list that is wrapped in 2.0.3 (`{"considerationSociale": [...]}`) or flat in 2.0.0 (`[...]`).
 * Returns the labels, whether the list was flat, or undefined when absent or unreadable (reported).
 */
function readList(v: unknown, path: string, inner: string, problems: Problems): { labels: string[]; flat: boolean } | undefined {
  if (v === undefined || v === null) return undefined;
  let items: unknown;
  let itemsPath: Path = path;
  let flat = false;
  if (Array.isArray(v)) {
    items = v;
    flat = true;
  } else if (isObject(v) && inner in v) {
    items = v[inner];
    itemsPath = { parent: path, step: inner };
    if (typeof items === 'string') items = [items];
  } else if (typeof v === 'string' && !isMissingToken(v)) {
    items = [v];
    flat = true;
  } else {
    problems.add('wrong-type', path, v, `expected {"${inner}": [...]} or a list, got ${describeType(v)}: left out`);
    return undefined;
  }
  if (!Array.isArray(items)) {
    problems.add('wrong-type', itemsPath, items, `expected a list, got ${describeType(items)}: left out`);
    return undefined;
  }
  const labels: string[] = [];
  for (let i = 0; i < items.length; i++) {
    if (!(i in items)) continue; // a hole of a sparse list (never in parsed JSON) is skipped, as forEach does
    const x: unknown = items[i];
    const label = typeof x === 'string' ? x.trim() : '';
    if (label) labels.push(label);
    else problems.add('wrong-type', { parent: itemsPath, step: i }, x, 'not a label: ignored');
  }
  return { labels, flat };
}

type Considerations = { executionClause: boolean; awardCriterion: boolean; technicalSpecification?: boolean; reserved?: boolean };

/** The labels of one domain's considerations, normalised with {@link normalizeLabel}, and where they are in a record. */
interface ConsiderationLabels {
  /** The key of the list inside its 2.0.3 wrapper. */
  readonly inner: string;
  /** "Pas de considération …": none at all. */
  readonly none: string;
  /** "Clause …": an execution clause. */
  readonly clause: string;
  /** "Critère …": an award criterion. */
  readonly criterion: string;
  /** "Marché réservé", "Concession réservée" (social only). */
  readonly reserved: readonly string[];
}

const CONSIDERATION_LABELS: Record<'social' | 'environmental', ConsiderationLabels> = {
  social: {
    inner: 'considerationSociale',
    none: 'pas de consideration sociale',
    clause: 'clause sociale',
    criterion: 'critere social',
    reserved: ['marche reserve', 'concession reservee'],
  },
  environmental: {
    inner: 'considerationEnvironnementale',
    none: 'pas de consideration environnementale',
    clause: 'clause environnementale',
    criterion: 'critere environnemental',
    reserved: [],
  },
};

/**
 * Maps DECP considerations: "Clause …" → execution clause, "Critère …" → award criterion, "Marché réservé" /
 * "Concession réservée" → reserved. The list is exhaustive, so unlisted DECP kinds are false. DECP has no kind for
 * technical specifications: "Pas de considération …" (no consideration at all) sets it false too, a list of
 * considerations leaves it unknown. In 2.0.0 (flat lists) there was no "Pas de considération" value: an empty list means none.
 */
function readConsiderations(v: unknown, path: string, domain: 'social' | 'environmental', problems: Problems): Considerations | undefined {
  const labels = CONSIDERATION_LABELS[domain];
  if (v === undefined) {
    problems.add('missing-field', path, undefined, `missing ${domain} considerations`);
    return undefined;
  }
  const list = readList(v, path, labels.inner, problems);
  if (list === undefined) return undefined;
  const result: Considerations = { executionClause: false, awardCriterion: false };
  if (domain === 'social') result.reserved = false;
  if (list.labels.length === 0 && !list.flat) {
    problems.add('empty-list', path, v, `empty list of ${domain} considerations: left out`);
    return undefined;
  }
  let none = false;
  let some = false;
  for (const label of list.labels) {
    const n = normalizeLabel(label);
    if (n === labels.none) none = true;
    else if (n === labels.clause) {
      result.executionClause = true;
      some = true;
    } else if (n === labels.criterion) {
      result.awardCriterion = true;
      some = true;
    } else if (labels.reserved.includes(n)) {
      result.reserved = true;
      some = true;
    } else {
      problems.add('unmapped-consideration-label', path, label, `unknown ${domain} consideration label: ignored`);
    }
  }
  if (none && some)
    problems.add(
      'contradictory-considerations',
      path,
      list.labels,
      `"Pas de considération" listed with considerations: the considerations are kept`,
    );
  if (!none && !some && list.labels.length > 0) return undefined;
  if (!some) result.technicalSpecification = false; // declared: no consideration of any kind
  return result;
}

/** Reads `typesPrix` (2.0.3) or `typePrix` (2.0.0). Several types: the one carrying a variation clause is kept. */
function readPriceType(rec: Record<string, unknown>, problems: Problems, ext: Extensions): PriceType | undefined {
  const key = rec.typesPrix !== undefined ? 'typesPrix' : rec.typePrix !== undefined ? 'typePrix' : undefined;
  if (key === undefined) return undefined;
  const path = key === 'typesPrix' ? '$.typesPrix' : '$.typePrix';
  const list = readList(rec[key], path, 'typePrix', problems);
  if (list === undefined) return undefined;
  // The type found first in PRICE_TYPE_PRIORITY: the one of lowest rank there.
  let kept: PriceType | undefined;
  for (const label of list.labels) {
    const t = PRICE_TYPE_LABELS.get(normalizeLabel(label));
    if (!t) problems.add('unmapped-price-label', path, label, 'unknown price type label: ignored');
    else if (kept === undefined || PRICE_TYPE_PRIORITY.indexOf(t) < PRICE_TYPE_PRIORITY.indexOf(kept)) kept = t;
  }
  if (list.labels.length > 1) ext.typesPrix = list.labels;
  return kept;
}

function readAdvance(rec: Record<string, unknown>, problems: Problems): ContractInput['advance'] {
  const granted = readBoolean(rec.attributionAvance, '$.attributionAvance', problems);
  const rate = rec.tauxAvance === undefined ? undefined : readShare(rec.tauxAvance, '$.tauxAvance', problems);
  // Schema 2.0.3: a rate of 0 with attributionAvance = true means the rate is not known; with false it means nothing.
  const keepRate = rate !== undefined && rate > 0 && granted !== false;
  if (rate !== undefined && rate > 0 && granted === false)
    problems.add('contradictory-advance', '$.tauxAvance', rec.tauxAvance, 'advance rate given but no advance granted: rate left out');
  if (granted === undefined && !keepRate) return undefined;
  const advance: NonNullable<ContractInput['advance']> = {};
  if (granted !== undefined) advance.granted = granted;
  if (keepRate) advance.rate = rate;
  return advance;
}

function specific(rec: Record<string, unknown>, kind: 'contract' | 'concession', problems: Problems): DecpSpecific {
  const extensions: Extensions = {};
  const social = readConsiderations(rec.considerationsSociales, '$.considerationsSociales', 'social', problems);
  const environmental = readConsiderations(
    rec.considerationsEnvironnementales,
    '$.considerationsEnvironnementales',
    'environmental',
    problems,
  );
  // An insertion clause (clause sociale d'insertion) is a social execution clause: DECP's exhaustive list saying there is
  // no "Clause sociale" (with "Pas de considération sociale", or only a criterion or a reservation) says there is none.
  const insertion = social?.executionClause === false ? { clause: false } : undefined;
  if (kind === 'concession') return { social, environmental, insertion };
  // formePrix (Unitaire / Forfaitaire / Mixte) is the form of the price, not its variation: kept for the caller only.
  if (typeof rec.formePrix === 'string') {
    extensions.formePrix = rec.formePrix;
    if (V1_PRICE_FORMS.has(normalizeLabel(rec.formePrix))) {
      problems.add(
        'wrong-format-version',
        '$.formePrix',
        rec.formePrix,
        'a DECP v1 price type: this record looks like DECP v1 (read it with --format decp-v1)',
      );
    }
  }
  const type = readPriceType(rec, problems, extensions);
  const advance = readAdvance(rec, problems);
  // The CCAG « Fournitures courantes et services » says the supplies or services are « courants » (R2112-10); no other
  // CCAG says they are not, so nothing is set otherwise (issue 13, law-rules' hunk).
  const standard = typeof rec.ccag === 'string' && normalizeLabel(rec.ccag) === 'fournitures courantes et services' ? true : undefined;
  let price: ContractInput['price'];
  if (type !== undefined) price = standard === undefined ? { type } : { type, standardSuppliesOrServices: standard };
  else if (standard !== undefined) price = { standardSuppliesOrServices: standard };
  return { price, advance, social, environmental, insertion, extensions };
}

/**
 * Reader of DECP 2024 records (schema 2.0.3, and 2.0.0 with its flat lists): marchés and concessions.
 * See docs/readers.md for the field-by-field mapping.
 */
export const decpV2Reader: RecordReader = {
  format: 'decp',
  read(record) {
    return readDecpRecord(record, 'decp-2', specific);
  },
};
