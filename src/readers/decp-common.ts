import type { CalendarDate } from '../model/calendar-date.js';
import type { ContractInput, PROCEDURES } from '../model/contract-schema.js';
import type { Money } from '../model/money.js';
import { parseContract } from '../model/validation.js';
import {
  compact,
  describeType,
  isMissingToken,
  isObject,
  natureFromCpv,
  normalizeLabel,
  Problems,
  readAmount,
  readCpv,
  readDate,
  readId,
  readMonths,
  readText,
  shorten,
} from './fields.js';
import type { ReadResult } from './types.js';

// What DECP v1 (2017-2023) and DECP 2024 (schemas 2.0.x) have in common: identification, parties, procedure,
// nature, amounts, duration and modifications. The format-specific parts (price type, considerations) are in
// decp-v1.ts and decp-v2.ts.

type Procedure = (typeof PROCEDURES)[number];
type Holder = NonNullable<ContractInput['holders']>[number];

/** DECP procedure labels (v1 and v2, marchés and concessions), normalised with {@link normalizeLabel}. */
const PROCEDURE_LABELS: Record<string, Procedure> = {
  'procedure adaptee': 'adapted',
  "appel d'offres ouvert": 'open',
  "appel d'offres restreint": 'restricted',
  'procedure avec negociation': 'negotiated',
  'procedure concurrentielle avec negociation': 'negotiated',
  'procedure negociee avec mise en concurrence prealable': 'negotiated',
  'marche passe sans publicite ni mise en concurrence prealable': 'without-publicity',
  'marche negocie sans publicite ni mise en concurrence prealable': 'without-publicity',
  'procedure negociee sans publicite ni mise en concurrence prealable': 'without-publicity',
  'dialogue competitif': 'competitive-dialogue',
  'partenariat d innovation': 'innovation-partnership',
  "partenariat d'innovation": 'innovation-partnership',
  // Concessions (R3121-1 ff.): "négociée" procedures allow negotiation, the others do not.
  'procedure negociee ouverte': 'negotiated',
  'procedure negociee restreinte': 'negotiated',
  'procedure non negociee ouverte': 'open',
  'procedure non negociee restreinte': 'restricted',
};

/** Maps a DECP procedure label; unknown labels are reported. */
export function readProcedure(v: unknown, path: string, problems: Problems): Procedure | undefined {
  const text = readText(v, path, problems, 'a procedure');
  if (text === undefined) return undefined;
  const p = PROCEDURE_LABELS[normalizeLabel(text)];
  if (p === undefined) problems.add(path, v, 'unknown procedure label: left out');
  return p;
}

const CONTRACT_NATURES = new Set([
  'marche',
  'marche de partenariat',
  'marche de defense ou de securite',
  'accord-cadre',
  'marche subsequent',
]);
const CONCESSION_NATURES: Record<string, 'works' | 'services'> = {
  'concession de travaux': 'works',
  'concession de service': 'services',
  'concession de services': 'services',
  'concession de service public': 'services',
  'delegation de service public': 'services',
};

/** Whether a DECP record is a marché or a concession: its `nature`, else `_type`, else which buyer object it has. */
export function decpKind(rec: Record<string, unknown>): 'contract' | 'concession' {
  const nature = typeof rec.nature === 'string' ? normalizeLabel(rec.nature) : '';
  if (CONTRACT_NATURES.has(nature)) return 'contract';
  if (nature in CONCESSION_NATURES) return 'concession';
  const type = typeof rec._type === 'string' ? normalizeLabel(rec._type) : '';
  if (type.includes('concession')) return 'concession';
  if (type.startsWith('marche')) return 'contract';
  return isObject(rec.autoriteConcedante) && !isObject(rec.acheteur) ? 'concession' : 'contract';
}

/** Extensions carried along for the caller (never read by the rules). */
export type Extensions = Record<string, unknown>;

/** One modification, with the values it sets. */
interface Modification {
  readonly order: number;
  readonly date?: CalendarDate;
  readonly amount?: Money;
  readonly duration?: number;
  readonly holders?: Holder[];
}

/** Unwraps `{modification: {...}}` (2.0.x) or takes a flat v1 modification. */
function readModifications(v: unknown, path: string, kind: 'contract' | 'concession', problems: Problems): Modification[] {
  if (v === undefined || v === null || v === '' || isMissingToken(v)) return [];
  const list = Array.isArray(v) ? v : isObject(v) && 'modification' in v ? [v] : undefined;
  if (list === undefined) {
    problems.add(path, v, `expected a list of modifications, got ${describeType(v)}: ignored`);
    return [];
  }
  const out: Modification[] = [];
  list.forEach((item, i) => {
    const itemPath = `${path}[${i}]`;
    const wrapped = isObject(item) && isObject(item.modification);
    const m = wrapped ? (item as { modification: Record<string, unknown> }).modification : item;
    const mPath = wrapped ? `${itemPath}.modification` : itemPath;
    if (!isObject(m)) {
      problems.add(itemPath, item, 'not a modification object: ignored');
      return;
    }
    const dateKey = kind === 'concession' ? 'dateSignatureModification' : 'dateNotificationModification';
    const date =
      readDate(m[dateKey], `${mPath}.${dateKey}`, problems) ??
      readDate(m.datePublicationDonneesModification, `${mPath}.datePublicationDonneesModification`, problems);
    const amountKey = kind === 'concession' ? 'valeurGlobale' : 'montant';
    const amount = m[amountKey] === undefined ? undefined : readAmount(m[amountKey], `${mPath}.${amountKey}`, problems);
    const duration = m.dureeMois === undefined ? undefined : readMonths(m.dureeMois, `${mPath}.dureeMois`, problems);
    const holdersKey = kind === 'concession' ? 'concessionnaires' : 'titulaires';
    const holders = m[holdersKey] === undefined ? undefined : readParties(m[holdersKey], `${mPath}.${holdersKey}`, problems);
    out.push({
      order: i,
      ...(date ? { date } : {}),
      ...(amount ? { amount } : {}),
      ...(duration !== undefined ? { duration } : {}),
      ...(holders && holders.length > 0 ? { holders } : {}),
    });
  });
  // Latest first: by date (undated ones keep their list order, after the dated ones of the same rank).
  return out.sort((a, b) => {
    const da = a.date ?? '';
    const db = b.date ?? '';
    return da === db ? b.order - a.order : da < db ? 1 : -1;
  });
}

/**
 * Reads holders (`titulaires`) or concessionnaires in every shape met in published files: a list of
 * `{titulaire: {id, typeIdentifiant}}` (2.0.x), a list of flat `{id, typeIdentifiant, denominationSociale}` (v1),
 * a single object, `{titulaire: [...]}`, and lists nested in lists. Items that are not parties are reported.
 */
export function readParties(v: unknown, path: string, problems: Problems): Holder[] {
  const out: Holder[] = [];
  const visit = (item: unknown, p: string): void => {
    if (Array.isArray(item)) {
      item.forEach((x, i) => {
        visit(x, `${p}[${i}]`);
      });
      return;
    }
    if (!isObject(item)) {
      if (item !== null && item !== undefined && item !== '' && !isMissingToken(item))
        problems.add(p, item, 'not a holder object: ignored');
      return;
    }
    for (const key of ['titulaire', 'concessionnaire']) {
      if (key in item && Object.keys(item).length <= 2 && !('id' in item)) {
        visit(item[key], `${p}.${key}`);
        return;
      }
    }
    const id = readId(item.id);
    const name =
      typeof item.denominationSociale === 'string'
        ? item.denominationSociale.trim()
        : typeof item.nom === 'string'
          ? item.nom.trim()
          : undefined;
    if (id === undefined && !name) {
      problems.add(p, item, 'holder without identifier: ignored');
      return;
    }
    out.push({ ...(id ? { id } : {}), ...(name ? { name } : {}) });
  };
  if (v === undefined || v === null || v === '' || isMissingToken(v)) return out;
  visit(v, path);
  return out;
}

/** What the format-specific part of a reader adds to the common mapping. */
export interface DecpSpecific {
  readonly price?: ContractInput['price'];
  readonly advance?: ContractInput['advance'];
  readonly environmental?: ContractInput['environmental'];
  readonly social?: ContractInput['social'];
  readonly extensions?: Extensions;
}

/**
 * Maps a DECP record (v1 or 2.0.x, marché or concession) to a contract: the common fields here, the
 * format-specific ones from `specific`. Never throws; the result always passes {@link parseContract}.
 */
export function readDecpRecord(
  record: unknown,
  source: string,
  specific: (rec: Record<string, unknown>, kind: 'contract' | 'concession', problems: Problems) => DecpSpecific,
): ReadResult {
  if (!isObject(record)) return { ok: false, reason: `not a DECP record: ${describeType(record)}`, problems: [] };
  const problems = new Problems();
  const rec = record;
  const id = readId(rec.id) ?? readId(rec.uid);
  if (id === undefined) {
    return {
      ok: false,
      reason: 'no usable identifier (id)',
      problems: [{ path: '$.id', value: shorten(rec.id), reason: 'missing or empty' }],
    };
  }
  if (readId(rec.id) === undefined) problems.add('$.id', rec.id, 'missing id: the uid is used instead');
  const kind = decpKind(rec);
  const concession = kind === 'concession';
  const natureLabel = typeof rec.nature === 'string' ? normalizeLabel(rec.nature) : '';
  if (!CONTRACT_NATURES.has(natureLabel) && !(natureLabel in CONCESSION_NATURES)) {
    problems.add('$.nature', rec.nature, 'unknown or missing nature: kind guessed from the other fields');
  }

  // Buyer
  const buyerKey = concession ? 'autoriteConcedante' : 'acheteur';
  const buyerObj = rec[buyerKey];
  let buyerId: string | undefined;
  let buyerName: string | undefined;
  if (isObject(buyerObj)) {
    buyerId = readId(buyerObj.id);
    if (buyerObj.id !== undefined && buyerId === undefined)
      problems.add(`$.${buyerKey}.id`, buyerObj.id, 'unusable buyer identifier: left out');
    buyerName = typeof buyerObj.nom === 'string' && buyerObj.nom.trim() ? buyerObj.nom.trim() : undefined;
  } else if (rec[`${buyerKey}.id`] !== undefined) {
    buyerId = readId(rec[`${buyerKey}.id`]);
    problems.add(`$["${buyerKey}.id"]`, rec[`${buyerKey}.id`], `flattened key "${buyerKey}.id" read as the buyer identifier`);
  } else if (buyerObj !== undefined) problems.add(`$.${buyerKey}`, buyerObj, `expected an object, got ${describeType(buyerObj)}: left out`);
  const defence = concession
    ? undefined
    : natureLabel === 'marche de defense ou de securite'
      ? true
      : natureLabel.startsWith('marche')
        ? false
        : undefined;
  const buyer = compact({ id: buyerId, name: buyerName, defenceOrSecurity: defence });

  // CPV and nature of the purchase
  const cpv = rec.codeCPV === undefined ? undefined : readCpv(rec.codeCPV, '$.codeCPV', problems);
  const nature = concession ? CONCESSION_NATURES[natureLabel] : cpv ? natureFromCpv(cpv) : undefined;

  // Initial values, then the latest modification of each
  const amountKey = concession ? 'valeurGlobale' : 'montant';
  let amount = rec[amountKey] === undefined ? undefined : readAmount(rec[amountKey], `$.${amountKey}`, problems);
  if (rec[amountKey] === undefined || rec[amountKey] === null) problems.add(`$.${amountKey}`, rec[amountKey], 'missing amount');
  let duration = rec.dureeMois === undefined ? undefined : readMonths(rec.dureeMois, '$.dureeMois', problems);
  const holdersKey = concession ? 'concessionnaires' : 'titulaires';
  let holders = readParties(rec[holdersKey], `$.${holdersKey}`, problems);
  const modifications = readModifications(rec.modifications, '$.modifications', kind, problems);
  const initial: Extensions = {};
  const latestAmount = modifications.find((m) => m.amount !== undefined)?.amount;
  if (latestAmount !== undefined) {
    if (amount !== undefined) initial.initialAmountExclTax = amount;
    amount = latestAmount;
  }
  const latestDuration = modifications.find((m) => m.duration !== undefined)?.duration;
  if (latestDuration !== undefined) {
    if (duration !== undefined) initial.initialDurationMonths = duration;
    duration = latestDuration;
  }
  const latestHolders = modifications.find((m) => m.holders !== undefined)?.holders;
  if (latestHolders !== undefined) holders = latestHolders;

  // Dates
  const notification = concession
    ? readDate(rec.dateSignature, '$.dateSignature', problems)
    : readDate(rec.dateNotification, '$.dateNotification', problems);
  const rawDate = concession ? rec.dateSignature : rec.dateNotification;
  if (rawDate === undefined || rawDate === null)
    problems.add(concession ? '$.dateSignature' : '$.dateNotification', rawDate, 'missing date');
  const executionStart = concession ? readDate(rec.dateDebutExecution, '$.dateDebutExecution', problems) : undefined;

  const spec = specific(rec, kind, problems);
  const title = typeof rec.objet === 'string' && rec.objet.trim() ? rec.objet.trim() : undefined;
  const extensions: Extensions = {
    source,
    ...(typeof rec.uid === 'string' && rec.uid ? { uid: rec.uid } : {}),
    ...(typeof rec.nature === 'string' ? { decpNature: rec.nature } : {}),
    ...(modifications.length > 0 ? { modificationsApplied: modifications.length } : {}),
    ...initial,
    ...spec.extensions,
  };
  const input: ContractInput = {
    id,
    kind,
    ...(title ? { title } : {}),
    ...(nature ? { nature } : {}),
    ...(() => {
      const p = rec.procedure === undefined ? undefined : readProcedure(rec.procedure, '$.procedure', problems);
      return p ? { procedure: p } : {};
    })(),
    ...(cpv ? { cpv: [cpv] } : {}),
    ...(buyer ? { buyer } : {}),
    ...(amount ? { amountExclTax: amount } : {}),
    ...(() => {
      const dates = compact({ notification, executionStart });
      return dates ? { dates } : {};
    })(),
    ...(duration !== undefined ? { durationMonths: duration } : {}),
    ...(spec.price ? { price: spec.price } : {}),
    ...(spec.advance ? { advance: spec.advance } : {}),
    ...(spec.environmental ? { environmental: spec.environmental } : {}),
    ...(spec.social ? { social: spec.social } : {}),
    ...(holders.length > 0 ? { holders } : {}),
    extensions,
  };
  return finish(input, problems);
}

/** Validates the mapped contract; a failure here is a mapping bug, reported as a rejection rather than thrown. */
export function finish(input: ContractInput, problems: Problems): ReadResult {
  const parsed = parseContract(input);
  if (parsed.ok) return { ok: true, contract: parsed.value, problems: problems.list };
  return {
    ok: false,
    reason: `mapped contract is invalid: ${parsed.problems.map((p) => `${p.path}: ${p.message.en}`).join('; ')}`,
    problems: problems.list,
  };
}
