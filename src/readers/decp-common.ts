import { Decimal } from 'decimal.js';
import type { CalendarDate } from '../model/calendar-date.js';
import type { ContractInput, PROCEDURES } from '../model/contract-schema.js';
import type { Money } from '../model/money.js';
import { parseContract } from '../model/validation.js';
import {
  describeType,
  isMissingToken,
  isObject,
  labelTable,
  natureFromCpv,
  normalizeLabel,
  type Path,
  type PathStep,
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

/**
 * DECP procedure labels as published, marchés and concessions: the values of the schemas (v1.4, v1.5, 2.0.0, 2.0.3)
 * and the variants met in real files (v1.4 labels kept after 2019, "Marché public négocié…" of the AIFE files, the
 * concession labels given to marchés). Looked up folded ({@link normalizeLabel}): case, accents and apostrophes aside.
 */
const PROCEDURE_LABELS = /* @__PURE__ */ labelTable<Procedure>({
  'Procédure adaptée': 'adapted',
  "Appel d'offres ouvert": 'open',
  "Appel d'offres restreint": 'restricted',
  // Schema 1.5 and 2.0.x
  'Procédure avec négociation': 'negotiated',
  'Marché passé sans publicité ni mise en concurrence préalable': 'without-publicity',
  'Dialogue compétitif': 'competitive-dialogue',
  // Schema 1.4 (arrêté of 27 July 2018), still in files published in 2019 and later
  'Procédure concurrentielle avec négociation': 'negotiated',
  'Procédure négociée avec mise en concurrence préalable': 'negotiated',
  'Marché négocié sans publicité ni mise en concurrence préalable': 'without-publicity',
  // Variants of real files (AIFE: the State's purchases)
  'Marché public négocié sans publicité ni mise en concurrence préalable': 'without-publicity',
  'Procédure négociée sans publicité ni mise en concurrence préalable': 'without-publicity',
  "Partenariat d'innovation": 'innovation-partnership',
  // Concessions (R3121-1 ff.): "négociée" procedures allow negotiation, the others do not. Met on marchés too.
  'Procédure négociée ouverte': 'negotiated',
  'Procédure négociée restreinte': 'negotiated',
  'Procédure non négociée ouverte': 'open',
  'Procédure non négociée restreinte': 'restricted',
});

/** Maps a DECP procedure label; unknown labels are reported. */
export function readProcedure(v: unknown, path: string, problems: Problems): Procedure | undefined {
  const text = readText(v, path, problems, 'a procedure');
  if (text === undefined) return undefined;
  const p = PROCEDURE_LABELS.get(normalizeLabel(text));
  if (p === undefined) problems.add('unmapped-procedure-label', path, v, 'unknown procedure label: left out');
  return p;
}

/**
 * DECP `nature` labels of a marché as published (v1, 2.0.x, and the consolidated files' "Marché hors accord cadre"),
 * with whether the marché is a defence-or-security one (undefined: the label does not say).
 */
const CONTRACT_NATURES = /* @__PURE__ */ labelTable<{ readonly defenceOrSecurity: boolean | undefined }>({
  Marché: { defenceOrSecurity: false },
  'Marché de partenariat': { defenceOrSecurity: false },
  'Marché de défense ou de sécurité': { defenceOrSecurity: true },
  'Marché hors accord cadre': { defenceOrSecurity: false },
  'Marché subséquent': { defenceOrSecurity: false },
  // v1: a framework agreement (any kind of marché may be under it).
  'Accord-cadre': { defenceOrSecurity: undefined },
});
/** DECP `nature` labels of a concession as published, with the nature of the purchase. */
const CONCESSION_NATURES = /* @__PURE__ */ labelTable<'works' | 'services'>({
  'Concession de travaux': 'works',
  'Concession de service': 'services',
  'Concession de services': 'services',
  'Concession de service public': 'services',
  'Délégation de service public': 'services',
});

/** Whether a DECP record is a marché or a concession: its `nature`, else `_type`, else which buyer object it has. */
export function decpKind(rec: Record<string, unknown>): 'contract' | 'concession' {
  const nature = typeof rec.nature === 'string' ? normalizeLabel(rec.nature) : '';
  if (CONTRACT_NATURES.has(nature)) return 'contract';
  if (CONCESSION_NATURES.has(nature)) return 'concession';
  const type = typeof rec._type === 'string' ? normalizeLabel(rec._type) : '';
  if (type.includes('concession')) return 'concession';
  if (type.startsWith('marche')) return 'contract';
  return isObject(rec.autoriteConcedante) && !isObject(rec.acheteur) ? 'concession' : 'contract';
}

/** Extensions carried along for the caller (never read by the rules). */
export type Extensions = Record<string, unknown>;

/** One modification, with the values it sets (undefined: not set by this modification). */
interface Modification {
  readonly order: number;
  /** Where the modification is in the record (`$.modifications[0].modification`). */
  readonly path: Path;
  readonly date: CalendarDate | undefined;
  /** Whether `date` is the notification (signature) date of the modification, not the date its data was published. */
  readonly dateIsNotification: boolean;
  readonly amount: Money | undefined;
  readonly duration: number | undefined;
  readonly holders: Holder[] | undefined;
}

/** Unwraps `{modification: {...}}` (2.0.x) or takes a flat v1 modification. */
function readModifications(v: unknown, path: string, kind: 'contract' | 'concession', problems: Problems): Modification[] {
  if (v === undefined || v === null || v === '' || isMissingToken(v)) return [];
  const list = Array.isArray(v) ? v : isObject(v) && 'modification' in v ? [v] : undefined;
  if (list === undefined) {
    problems.add('wrong-type', path, v, `expected a list of modifications, got ${describeType(v)}: ignored`);
    return [];
  }
  const concession = kind === 'concession';
  const dateKey = concession ? 'dateSignatureModification' : 'dateNotificationModification';
  const amountKey = concession ? 'valeurGlobale' : 'montant';
  const holdersKey = concession ? 'concessionnaires' : 'titulaires';
  const out: Modification[] = [];
  for (let i = 0; i < list.length; i++) {
    if (!(i in list)) continue; // a hole of a sparse list (never in parsed JSON) is skipped, as forEach does
    const item: unknown = list[i];
    const itemPath: PathStep = { parent: path, step: i };
    const wrapped = isObject(item) && isObject(item.modification);
    const m = wrapped ? (item as { modification: Record<string, unknown> }).modification : item;
    if (!isObject(m)) {
      problems.add('wrong-type', itemPath, item, 'not a modification object: ignored');
      continue;
    }
    const mPath: Path = wrapped ? { parent: itemPath, step: 'modification' } : itemPath;
    const notified = readDate(m[dateKey], { parent: mPath, step: dateKey }, problems);
    const date =
      notified ?? readDate(m.datePublicationDonneesModification, { parent: mPath, step: 'datePublicationDonneesModification' }, problems);
    const amount = m[amountKey] === undefined ? undefined : readAmount(m[amountKey], { parent: mPath, step: amountKey }, problems);
    const duration = m.dureeMois === undefined ? undefined : readMonths(m.dureeMois, { parent: mPath, step: 'dureeMois' }, problems);
    const holders = m[holdersKey] === undefined ? undefined : readParties(m[holdersKey], { parent: mPath, step: holdersKey }, problems);
    out.push({
      order: i,
      path: mPath,
      date,
      dateIsNotification: notified !== undefined,
      amount,
      duration,
      holders: holders && holders.length > 0 ? holders : undefined,
    });
  }
  // Latest first: by date (undated ones keep their list order, after the dated ones of the same rank).
  return out.sort((a, b) => {
    const da = a.date ?? '';
    const db = b.date ?? '';
    return da === db ? b.order - a.order : da < db ? 1 : -1;
  });
}

/**
 * Flags what the modifications say that cannot be right as published: a modification notified before the contract,
 * and a new amount far below the initial one (DECP asks for the amount after modification; a small one is likely the
 * change alone). The values are used as published: only a human can tell.
 */
function checkModifications(
  modifications: readonly Modification[],
  initialAmount: Money | undefined,
  notification: CalendarDate | undefined,
  concession: boolean,
  problems: Problems,
): void {
  const dateKey = concession ? 'dateSignatureModification' : 'dateNotificationModification';
  const amountKey = concession ? 'valeurGlobale' : 'montant';
  // In list order, so that the problems read in the order of the record.
  const inOrder = modifications.length > 1 ? [...modifications].sort((a, b) => a.order - b.order) : modifications;
  for (const m of inOrder) {
    if (notification !== undefined && m.dateIsNotification && m.date !== undefined && m.date < notification) {
      problems.add(
        'modification-before-notification',
        { parent: m.path, step: dateKey },
        m.date,
        `modification dated ${m.date}, before the contract itself (${notification}): used as published`,
      );
    }
    if (initialAmount !== undefined && m.amount !== undefined && looksLikeDelta(m.amount, initialAmount)) {
      problems.add(
        'modification-amount-looks-like-delta',
        { parent: m.path, step: amountKey },
        m.amount,
        `amount after modification ${m.amount} is below ${DELTA_SHARE_TEXT} of the initial amount ${initialAmount}: it looks like the change alone, not the new total DECP asks for (used as published)`,
      );
    }
  }
}

/**
 * Below this share of the initial amount, an amount after modification looks like the change alone. Modifications
 * of a marché rarely move its amount by half (R2194-3 caps some at 50 %), so a new total under a quarter of the
 * initial one is most likely a delta; it may also be the correction of a wrong initial amount, hence a flag only.
 * Seen in the real DECP v1 files: 30 000 → 308 ("AVENANT N°01"), 9 785 → 173, 125 099 → 7 146.
 */
export const DELTA_SHARE = '0.25';
const DELTA_SHARE_TEXT = 'a quarter';

/** Whether `amount` is below {@link DELTA_SHARE} of `initial`. */
function looksLikeDelta(amount: Money, initial: Money): boolean {
  return new Decimal(amount).lessThan(new Decimal(initial).times(DELTA_SHARE));
}

/** The value the latest modification setting `field` gives it (modifications come latest first), if any does. */
function latest<K extends 'amount' | 'duration' | 'holders'>(modifications: readonly Modification[], field: K): Modification[K] {
  for (const m of modifications) if (m[field] !== undefined) return m[field];
  return undefined;
}

/**
 * Reads holders (`titulaires`) or concessionnaires in every shape met in published files: a list of
 * `{titulaire: {id, typeIdentifiant}}` (2.0.x), a list of flat `{id, typeIdentifiant, denominationSociale}` (v1),
 * a single object, `{titulaire: [...]}`, and lists nested in lists. Items that are not parties are reported.
 */
export function readParties(v: unknown, path: Path, problems: Problems): Holder[] {
  const out: Holder[] = [];
  if (v === undefined || v === null || v === '' || isMissingToken(v)) return out;
  visitParties(v, path, out, problems);
  return out;
}

/** The keys that wrap a party: `{titulaire: {...}}`, `{concessionnaire: {...}}`. */
const PARTY_WRAPPERS = ['titulaire', 'concessionnaire'] as const;

/** Adds to `out` the parties found in `item` (a party, a wrapper, or a list of them), reporting the rest. */
function visitParties(item: unknown, path: Path, out: Holder[], problems: Problems): void {
  if (Array.isArray(item)) {
    for (let i = 0; i < item.length; i++) visitParties(item[i], { parent: path, step: i }, out, problems);
    return;
  }
  if (!isObject(item)) {
    if (item !== null && item !== undefined && item !== '' && !isMissingToken(item))
      problems.add('wrong-type', path, item, 'not a holder object: ignored');
    return;
  }
  for (const key of PARTY_WRAPPERS) {
    if (key in item && Object.keys(item).length <= 2 && !('id' in item)) {
      visitParties(item[key], { parent: path, step: key }, out, problems);
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
    problems.add('holder-without-id', path, item, 'holder without identifier: ignored');
    return;
  }
  const holder: Holder = {};
  if (id) holder.id = id;
  if (name) holder.name = name;
  out.push(holder);
}

/** What the format-specific part of a reader adds to the common mapping. */
export interface DecpSpecific {
  readonly price?: ContractInput['price'];
  readonly advance?: ContractInput['advance'];
  readonly environmental?: ContractInput['environmental'];
  readonly social?: ContractInput['social'];
  readonly insertion?: ContractInput['insertion'];
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
  const ownId = usableId(rec.id);
  let id = ownId ?? usableId(rec.uid);
  if (id === undefined) {
    if (!hasContent(rec)) {
      return {
        ok: false,
        reason: 'no usable identifier (id) and nothing else to evaluate',
        problems: [{ code: 'placeholder-id', path: '$.id', value: shorten(rec.id), reason: 'missing, empty or placeholder' }],
      };
    }
    id = substituteId(rec);
    problems.add('placeholder-id', '$.id', rec.id, `missing, empty or placeholder id: evaluated as ${id}`);
  } else if (ownId === undefined) problems.add('id-from-uid', '$.id', rec.id, 'missing id: the uid is used instead');
  const kind = decpKind(rec);
  const concession = kind === 'concession';
  const natureLabel = typeof rec.nature === 'string' ? normalizeLabel(rec.nature) : '';
  if (!CONTRACT_NATURES.has(natureLabel) && !CONCESSION_NATURES.has(natureLabel)) {
    const missing = rec.nature === undefined || rec.nature === null || isMissingToken(rec.nature);
    problems.add(
      missing ? 'missing-field' : 'unmapped-nature-label',
      '$.nature',
      rec.nature,
      'unknown or missing nature: kind guessed from the other fields',
    );
  }

  const buyer = readBuyer(rec, concession, natureLabel, problems);

  // CPV and nature of the purchase
  const cpv = rec.codeCPV === undefined ? undefined : readCpv(rec.codeCPV, '$.codeCPV', problems);
  const nature = concession ? CONCESSION_NATURES.get(natureLabel) : cpv ? natureFromCpv(cpv) : undefined;

  // Initial values, then the latest modification of each
  const amountPath = concession ? '$.valeurGlobale' : '$.montant';
  const rawAmount = concession ? rec.valeurGlobale : rec.montant;
  let amount = rawAmount === undefined ? undefined : readAmount(rawAmount, amountPath, problems);
  if (rawAmount === undefined || rawAmount === null) problems.add('missing-field', amountPath, rawAmount, 'missing amount');
  let duration = rec.dureeMois === undefined ? undefined : readMonths(rec.dureeMois, '$.dureeMois', problems);
  let holders = concession
    ? readParties(rec.concessionnaires, '$.concessionnaires', problems)
    : readParties(rec.titulaires, '$.titulaires', problems);
  const modifications = readModifications(rec.modifications, '$.modifications', kind, problems);
  const ownAmount = amount;
  const latestAmount = latest(modifications, 'amount');
  const initialAmount = latestAmount !== undefined ? amount : undefined;
  if (latestAmount !== undefined) amount = latestAmount;
  const latestDuration = latest(modifications, 'duration');
  const initialDuration = latestDuration !== undefined ? duration : undefined;
  if (latestDuration !== undefined) duration = latestDuration;
  holders = latest(modifications, 'holders') ?? holders;

  // Dates
  const datePath = concession ? '$.dateSignature' : '$.dateNotification';
  const rawDate = concession ? rec.dateSignature : rec.dateNotification;
  const notification = readDate(rawDate, datePath, problems);
  if (rawDate === undefined || rawDate === null) problems.add('missing-field', datePath, rawDate, 'missing date');
  const executionStart = concession ? readDate(rec.dateDebutExecution, '$.dateDebutExecution', problems) : undefined;
  // The publication date of the essential data, for the two-month publication indicator (R2196-1).
  const dataPublication = readDate(rec.datePublicationDonnees, '$.datePublicationDonnees', problems);
  if (notification !== undefined && dataPublication !== undefined) checkNotificationDate(notification, dataPublication, datePath, problems);
  if (modifications.length > 0) checkModifications(modifications, ownAmount, notification, concession, problems);

  const spec = specific(rec, kind, problems);
  const title = typeof rec.objet === 'string' && rec.objet.trim() ? rec.objet.trim() : undefined;
  // Built member by member, in the order of the output: only the members that have a value.
  const extensions: Extensions = { source };
  if (typeof rec.uid === 'string' && rec.uid) extensions.uid = rec.uid;
  if (typeof rec.nature === 'string') extensions.decpNature = rec.nature;
  if (modifications.length > 0) extensions.modificationsApplied = modifications.length;
  if (initialDuration !== undefined) extensions.initialDurationMonths = initialDuration;
  if (spec.extensions) Object.assign(extensions, spec.extensions);
  // Published after the award: a `false` (e.g. no advance paid) may not mean what it says (issue 13, law-rules' hunk).
  const input: ContractInput = { id, kind, provenance: 'published-data' };
  if (natureLabel === 'marche de partenariat') input.globalContract = 'partnership';
  if (title) input.title = title;
  if (nature) input.nature = nature;
  // The procedure is read here, after the format-specific fields, so that the problems keep their order.
  const procedure = rec.procedure === undefined ? undefined : readProcedure(rec.procedure, '$.procedure', problems);
  if (procedure) input.procedure = procedure;
  if (cpv) input.cpv = [cpv];
  if (buyer) input.buyer = buyer;
  if (amount) input.amountExclTax = amount;
  if (initialAmount !== undefined && initialAmount !== amount) input.initialAmountExclTax = initialAmount;
  if (notification !== undefined || executionStart !== undefined || dataPublication !== undefined) {
    const dates: NonNullable<ContractInput['dates']> = {};
    if (notification !== undefined) dates.notification = notification;
    if (executionStart !== undefined) dates.executionStart = executionStart;
    if (dataPublication !== undefined) dates.dataPublication = dataPublication;
    input.dates = dates;
  }
  if (duration !== undefined) input.durationMonths = duration;
  if (spec.price) input.price = spec.price;
  if (spec.advance) input.advance = spec.advance;
  if (spec.environmental) input.environmental = spec.environmental;
  if (spec.social) input.social = spec.social;
  if (spec.insertion) input.insertion = spec.insertion;
  if (holders.length > 0) input.holders = holders;
  input.extensions = extensions;
  return finish(input, problems);
}

/** A record's own identifier, unless missing, empty, a placeholder token (`NC`, `INX…`) or only zeros (`0`, `0000`). */
function usableId(v: unknown): string | undefined {
  const id = readId(v);
  return id === undefined || onlyZeros(id) ? undefined : id;
}

const onlyZeros = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== ZERO) return false;
  return true;
};
const ZERO = '0'.charCodeAt(0);

/** The fields that make a record worth evaluating without an identifier: who bought, what, when, for how much. */
const CONTENT_KEYS = [
  'acheteur',
  'autoriteConcedante',
  'montant',
  'valeurGlobale',
  'dateNotification',
  'dateSignature',
  'codeCPV',
  'objet',
];

/** Whether a record has something to evaluate besides its identifier. */
function hasContent(rec: Record<string, unknown>): boolean {
  for (const key of CONTENT_KEYS) {
    const v = rec[key];
    if (v !== undefined && v !== null && v !== '' && !isMissingToken(v)) return true;
  }
  return false;
}

/**
 * The identifier given to a record without a usable one: `sans-id-` and a hash of its content (FNV-1a, 32 bits, of
 * its JSON text), so that the same record gets the same identifier in every run and exact duplicates share it.
 */
export function substituteId(rec: Record<string, unknown>): string {
  const text = JSON.stringify(rec);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `sans-id-${h.toString(16).padStart(8, '0')}`;
}

/** Flags a notification (signature) date later than the publication of the record's data: a date in the future of the data. */
function checkNotificationDate(notification: CalendarDate, published: CalendarDate, datePath: string, problems: Problems): void {
  if (notification <= published) return;
  problems.add(
    'date-after-publication',
    datePath,
    notification,
    `notified on ${notification}, after the publication of the data (${published}): used as published`,
  );
}

/** The buyer (`acheteur`, or `autoriteConcedante` for a concession), undefined when nothing is known of it. */
function readBuyer(
  rec: Record<string, unknown>,
  concession: boolean,
  natureLabel: string,
  problems: Problems,
): ContractInput['buyer'] | undefined {
  const buyerKey = concession ? 'autoriteConcedante' : 'acheteur';
  const buyerObj = rec[buyerKey];
  let id: string | undefined;
  let name: string | undefined;
  if (isObject(buyerObj)) {
    id = readId(buyerObj.id);
    if (buyerObj.id !== undefined && id === undefined)
      problems.add('unusable-buyer-id', `$.${buyerKey}.id`, buyerObj.id, 'unusable buyer identifier: left out');
    name = typeof buyerObj.nom === 'string' && buyerObj.nom.trim() ? buyerObj.nom.trim() : undefined;
  } else if (rec[`${buyerKey}.id`] !== undefined) {
    id = readId(rec[`${buyerKey}.id`]);
    problems.add(
      'flattened-key',
      `$["${buyerKey}.id"]`,
      rec[`${buyerKey}.id`],
      `flattened key "${buyerKey}.id" read as the buyer identifier`,
    );
  } else if (buyerObj !== undefined)
    problems.add('wrong-type', `$.${buyerKey}`, buyerObj, `expected an object, got ${describeType(buyerObj)}: left out`);
  const defenceOrSecurity = concession ? undefined : CONTRACT_NATURES.get(natureLabel)?.defenceOrSecurity;
  if (id === undefined && name === undefined && defenceOrSecurity === undefined) return undefined;
  const buyer: NonNullable<ContractInput['buyer']> = {};
  if (id !== undefined) buyer.id = id;
  if (name !== undefined) buyer.name = name;
  if (defenceOrSecurity !== undefined) buyer.defenceOrSecurity = defenceOrSecurity;
  return buyer;
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
