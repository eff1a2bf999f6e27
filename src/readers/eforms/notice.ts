import { Decimal } from 'decimal.js';
import type { CalendarDate } from '../../model/calendar-date.js';
import type { ContractInput } from '../../model/contract-schema.js';
import { type Money, parseMoney } from '../../model/money.js';
import { finish } from '../decp-common.js';
import { Problems, readDate } from '../fields.js';
import type { ReadProblem, ReadResult } from '../types.js';
import {
  BUYER_LEGAL_TYPE_CODES,
  BUYER_LEGAL_TYPES,
  COMPETITION_NOTICE_TYPES,
  LEGAL_BASIS,
  PROCEDURE_TYPES,
  RESULT_NOTICE_TYPES,
  SME_SIZES,
  UNREAD_NOTICE_TYPES,
} from './codes.js';
import { type LotFields, readLot } from './lot.js';
import { readAmountElement } from './values.js';
import { all, attr, child, children, codes, first, parseXml, text, textAt, type XmlElement } from './xml.js';

/** The root elements of eForms notices (UBL 2.3 document types). */
export const EFORMS_ROOTS: ReadonlySet<string> = new Set([
  'ContractNotice',
  'ContractAwardNotice',
  'PriorInformationNotice',
  'BusinessRegistrationInformationNotice',
]);

/** What a notice is: its identifiers, type and SDK version. */
export interface EformsNotice {
  /** The identifier its records are named after: the TED publication number (`650472-2023`), else the notice's UUID. */
  readonly id: string;
  /** BT-701, the notice identifier (a UUID). */
  readonly noticeId?: string;
  /** OPP-010, the publication number in the Official Journal (`00650472-2023`), once published on TED. */
  readonly publicationNumber?: string;
  /** OPT-002, the eForms SDK version the notice was written with (`eforms-sdk-1.7`). */
  readonly sdkVersion?: string;
  /** BT-02, the notice type (`cn-standard`, `can-social`…). */
  readonly noticeType?: string;
  /** BT-03, the form type (`competition`, `result`, `planning`…). */
  readonly formType?: string;
  /** OPP-070, the notice subtype (`16`, `29`…). */
  readonly subtype?: string;
  /** BT-01, the legal basis (`32014L0024`…). */
  readonly legalBasis?: string;
  /** BT-05, the dispatch date of the notice. */
  readonly dispatchDate?: CalendarDate;
  /**
   * What its records are: `check` for a call for competition (contracts to check before they are awarded: the launch
   * of the consultation is the notice's dispatch), `portfolio` for an award notice (contracts awarded).
   */
  readonly use: 'check' | 'portfolio';
}

/**
 * What reading a notice gave: its records (one per lot of a call for competition, one per awarded lot of an award
 * notice; a lot without a winner is a rejected record saying so), or why the document holds no record to read.
 */
export type EformsReadResult =
  | {
      /** The notice was read. */
      readonly ok: true;
      /** The notice. */
      readonly notice: EformsNotice;
      /** One result per lot, in the notice's order. */
      readonly records: readonly ReadResult[];
    }
  | {
      /** The document holds no record to read. */
      readonly ok: false;
      /** Why: not XML, not an eForms notice, or a notice type without contracts. */
      readonly reason: string;
      /** Data-quality problems found before giving up. */
      readonly problems: readonly ReadProblem[];
    };

/**
 * Reads a TED eForms notice (UBL XML, eForms SDK 1.3 and later): a call for competition gives one contract per lot to
 * check before publication; a contract or concession award notice gives one contract per awarded lot, for a portfolio.
 * Asynchronous only because the XML parser is loaded on first use; no I/O, never rejects; every record is mapped or
 * rejected with its reason. See docs/readers.md for the mapping.
 */
export async function readEformsNotice(xml: string): Promise<EformsReadResult> {
  const parsed = await parseXml(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml);
  if (!parsed.ok) return { ok: false, reason: parsed.error, problems: [] };
  if (!EFORMS_ROOTS.has(parsed.rootName)) {
    return { ok: false, reason: `not an eForms notice: the root element is <${parsed.rootName}>`, problems: [] };
  }
  const root = parsed.root;
  const sdkVersion = textAt(root, 'CustomizationID');
  if (sdkVersion === undefined || !sdkVersion.startsWith('eforms-sdk-')) {
    return {
      ok: false,
      reason: `not an eForms notice: CustomizationID is ${sdkVersion === undefined ? 'missing' : `"${sdkVersion}"`}, not eforms-sdk-…`,
      problems: [],
    };
  }
  const problems = new Problems();
  const typeCode = first(root, 'NoticeTypeCode');
  const noticeType = text(typeCode);
  const formType = attr(typeCode, 'listName');
  const ext = first(root, 'UBLExtensions', 'UBLExtension', 'ExtensionContent', 'EformsExtension');
  const noticeId = all(root, 'ID')
    .map(text)
    .find((t) => t !== undefined);
  const publicationNumber = textAt(ext, 'Publication', 'NoticePublicationID');
  const id = publicationNumber?.replace(/^0+/, '') ?? noticeId;
  if (id === undefined) return { ok: false, reason: 'no notice identifier (BT-701) nor publication number (OPP-010)', problems: [] };
  const legalBasis = textAt(root, 'RegulatoryDomain');
  const subtype = textAt(ext, 'NoticeSubType', 'SubTypeCode');
  const dispatchDate = readDate(textAt(root, 'IssueDate'), 'BT-05(a)-notice', problems);
  const competition = noticeType !== undefined && COMPETITION_NOTICE_TYPES.has(noticeType);
  const result = noticeType !== undefined && RESULT_NOTICE_TYPES.has(noticeType);
  if (!competition && !result) {
    const why =
      noticeType === undefined ? 'no notice type (BT-02)' : (UNREAD_NOTICE_TYPES[noticeType] ?? `unknown notice type "${noticeType}"`);
    return { ok: false, reason: `eForms notice ${id} (${noticeType ?? '?'}): ${why}`, problems: problems.list };
  }
  const notice: EformsNotice = {
    id,
    ...(noticeId !== undefined ? { noticeId } : {}),
    ...(publicationNumber !== undefined ? { publicationNumber } : {}),
    sdkVersion,
    noticeType,
    ...(formType !== undefined ? { formType } : {}),
    ...(subtype !== undefined ? { subtype } : {}),
    ...(legalBasis !== undefined ? { legalBasis } : {}),
    ...(dispatchDate !== undefined ? { dispatchDate } : {}),
    use: competition ? 'check' : 'portfolio',
  };
  const context = readProcedure(root, ext, notice, problems.list);
  const lots = children(root, 'ProcurementProjectLot').filter((l) => attr(child(l, 'ID'), 'schemeName') === 'Lot');
  if (lots.length === 0) return { ok: false, reason: `eForms notice ${id} (${noticeType}): no lot`, problems: problems.list };
  const scope = { project: child(root, 'ProcurementProject'), singleLot: lots.length === 1 };
  const lotById = new Map<string, XmlElement>();
  for (const lot of lots) lotById.set(textAt(lot, 'ID') ?? '', lot);
  const recordId = (lotId: string) => (lots.length === 1 ? id : `${id}/${lotId}`);

  if (competition) {
    const records = lots.map((lot) => {
      const lotId = textAt(lot, 'ID') ?? '?';
      const lotProblems = new Problems();
      lotProblems.list.push(...context.problems);
      const fields = readLot(lot, lotId, scope, lotProblems);
      return build(recordId(lotId), context, fields, { lots: lots.length }, lotProblems, (input) => {
        // A call for competition is sent when the consultation is launched; tenders fix their price by the deadline.
        const dates: NonNullable<ContractInput['dates']> = {};
        if (dispatchDate !== undefined) dates.consultationLaunch = dispatchDate;
        if (fields.tenderDeadline !== undefined) dates.priceEstablished = fields.tenderDeadline;
        if (fields.executionStart !== undefined) dates.executionStart = fields.executionStart;
        if (Object.keys(dates).length > 0) input.dates = dates;
      });
    });
    return { ok: true, notice, records };
  }

  const results = readResults(ext);
  if (results.lotResults.length === 0)
    return { ok: false, reason: `eForms notice ${id} (${noticeType}): no lot result (BT-142)`, problems: problems.list };
  const records = results.lotResults.map((lotResult): ReadResult => {
    const lotId = textAt(lotResult, 'TenderLot', 'ID') ?? '?';
    const status = codes(lotResult, 'winner-selection-status', 'TenderResultCode')[0] ?? textAt(lotResult, 'TenderResultCode');
    if (status !== 'selec-w') {
      const why =
        status === 'clos-nw'
          ? 'no winner was chosen and the competition is closed'
          : status === 'open-nw'
            ? 'no winner chosen yet'
            : `result "${status ?? '?'}"`;
      return { ok: false, reason: `eForms notice ${id}, lot ${lotId}: ${why} (BT-142): no contract`, problems: [] };
    }
    const lot = lotById.get(lotId);
    const lotProblems = new Problems();
    lotProblems.list.push(...context.problems);
    if (lot === undefined) {
      lotProblems.add('missing-field', `BT-13713-LotResult[${lotId}]`, lotId, 'the lot result names a lot the notice does not describe');
    }
    const fields: LotFields = lot === undefined ? { cpv: [], extensions: { lot: lotId } } : readLot(lot, lotId, scope, lotProblems);
    const awarded = readAwarded(lotResult, lotId, results, context.organisations, lotProblems);
    return build(recordId(lotId), context, fields, { lots: lots.length, awarded }, lotProblems, (input) => {
      const dates: NonNullable<ContractInput['dates']> = {};
      if (awarded.notification !== undefined) dates.notification = awarded.notification;
      if (fields.executionStart !== undefined) dates.executionStart = fields.executionStart;
      if (Object.keys(dates).length > 0) input.dates = dates;
      if (awarded.amount !== undefined) input.amountExclTax = awarded.amount;
      if (awarded.holders.length > 0) input.holders = awarded.holders;
    });
  });
  return { ok: true, notice, records };
}

/** An organisation of the notice (efac:Organization), by its `ORG-xxxx` identifier. */
interface Organisation {
  readonly name?: string;
  readonly companyId?: string;
  readonly country?: string;
  readonly size?: string;
}

/** What the whole procedure says, shared by its lots. */
interface ProcedureContext {
  readonly notice: EformsNotice;
  readonly kind: 'contract' | 'concession';
  readonly procedure?: ContractInput['procedure'];
  readonly buyer?: ContractInput['buyer'];
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly extensions: Record<string, unknown>;
  /** Problems of the procedure level, repeated on each of its records. */
  readonly problems: readonly ReadProblem[];
}

function readProcedure(
  root: XmlElement,
  ext: XmlElement | undefined,
  notice: EformsNotice,
  noticeProblems: readonly ReadProblem[],
): ProcedureContext {
  const problems = new Problems();
  problems.list.push(...noticeProblems);
  const organisations = new Map<string, Organisation>();
  for (const org of all(ext, 'Organizations', 'Organization')) {
    const company = child(org, 'Company');
    const orgId = textAt(company, 'PartyIdentification', 'ID');
    if (orgId === undefined) continue;
    const o: { -readonly [K in keyof Organisation]: Organisation[K] } = {};
    const name = textAt(company, 'PartyName', 'Name');
    const companyId = textAt(company, 'PartyLegalEntity', 'CompanyID');
    const country = textAt(company, 'PostalAddress', 'Country', 'IdentificationCode');
    const size = textAt(company, 'CompanySizeCode');
    if (name !== undefined) o.name = name;
    if (companyId !== undefined) o.companyId = companyId;
    if (country !== undefined) o.country = country;
    if (size !== undefined) o.size = size;
    organisations.set(orgId, o);
  }

  const extensions: Record<string, unknown> = {
    source: 'eforms',
    notice: notice.id,
    noticeType: notice.noticeType,
    sdkVersion: notice.sdkVersion,
  };
  if (notice.legalBasis !== undefined) extensions.legalBasis = notice.legalBasis;

  // Buyer (BT-11 legal type, OPT-300 → organisation). Several buyers (joint procurement): the first is the buyer.
  const parties = children(root, 'ContractingParty');
  const party = parties[0];
  if (parties.length > 1) extensions.buyers = parties.length;
  let buyer: NonNullable<ContractInput['buyer']> | undefined;
  if (party !== undefined) {
    buyer = {};
    const org = organisations.get(textAt(party, 'Party', 'PartyIdentification', 'ID') ?? '');
    if (org?.companyId !== undefined) buyer.id = org.companyId;
    if (org?.name !== undefined) buyer.name = org.name;
    const legalType = codes(party, 'buyer-legal-type', 'ContractingPartyType', 'PartyTypeCode')[0];
    if (legalType !== undefined) {
      extensions.buyerLegalType = legalType;
      if (!BUYER_LEGAL_TYPE_CODES.has(legalType))
        problems.add('unmapped-buyer-legal-type', 'BT-11-Procedure-Buyer', legalType, 'unknown buyer legal type: left out');
    }
    // Under Directive 2014/25 the buyer acts as a contracting entity (entité adjudicatrice), whatever its legal type.
    const kind =
      notice.legalBasis === LEGAL_BASIS.utilities
        ? 'contracting-entity'
        : legalType === undefined
          ? undefined
          : BUYER_LEGAL_TYPES[legalType];
    if (kind !== undefined) buyer.kind = kind;
    if (notice.legalBasis === LEGAL_BASIS.defence) buyer.defenceOrSecurity = true;
    else if (notice.legalBasis === LEGAL_BASIS.publicContracts || notice.legalBasis === LEGAL_BASIS.utilities)
      buyer.defenceOrSecurity = false;
    if (org?.country !== undefined) {
      extensions.buyerCountry = org.country;
      if (org.country !== 'FRA') {
        problems.add(
          'buyer-outside-france',
          'BT-514-Organization-Company',
          org.country,
          'buyer outside France: the French rules are applied as to any contract, but may not govern it',
        );
      }
    }
    if (Object.keys(buyer).length === 0) buyer = undefined;
  }

  const procedureCode =
    codes(root, 'procurement-procedure-type', 'TenderingProcess', 'ProcedureCode')[0] ?? textAt(root, 'TenderingProcess', 'ProcedureCode');
  let procedure: ContractInput['procedure'];
  if (procedureCode !== undefined) {
    procedure = PROCEDURE_TYPES[procedureCode];
    if (procedure === undefined)
      problems.add('unmapped-procedure-label', 'BT-105-Procedure', procedureCode, 'unknown procedure type: left out');
  }
  const kind = notice.legalBasis === LEGAL_BASIS.concessions ? 'concession' : 'contract';
  const out: { -readonly [K in keyof ProcedureContext]: ProcedureContext[K] } = {
    notice,
    kind,
    organisations,
    extensions,
    problems: problems.list,
  };
  if (procedure !== undefined) out.procedure = procedure;
  if (buyer !== undefined) out.buyer = buyer;
  return out;
}

/** Builds a record from the procedure, its lot and what `finishInput` adds (dates, amounts, holders). */
function build(
  id: string,
  context: ProcedureContext,
  fields: LotFields,
  lots: { lots: number; awarded?: Awarded },
  problems: Problems,
  finishInput: (input: ContractInput) => void,
): ReadResult {
  const input: ContractInput = { id, kind: context.kind };
  if (fields.title !== undefined) input.title = fields.title;
  if (fields.nature !== undefined) input.nature = fields.nature;
  if (context.procedure !== undefined) input.procedure = context.procedure;
  if (fields.cpv.length > 0) input.cpv = fields.cpv;
  if (context.buyer !== undefined) input.buyer = context.buyer;
  if (fields.estimatedValueExclTax !== undefined) input.estimatedValueExclTax = fields.estimatedValueExclTax;
  if (fields.durationMonths !== undefined) input.durationMonths = fields.durationMonths;
  // Several lots: divided. One lot: the notice does not carry the buyer's reasons for not dividing (L2113-11: they are
  // in the procurement documents), so `divided` is left unknown rather than false, lest the allotment rule fail on a
  // justification the notice cannot give.
  input.lots = lots.lots > 1 ? { divided: true, count: lots.lots } : { count: 1 };
  if (fields.award !== undefined) input.award = fields.award;
  if (fields.environmental !== undefined) input.environmental = fields.environmental;
  if (fields.social !== undefined) input.social = fields.social;
  if (fields.reservationBasis !== undefined) input.reservation = { basis: fields.reservationBasis };
  finishInput(input);
  input.extensions = { ...context.extensions, ...fields.extensions, ...(lots.awarded?.extensions ?? {}) };
  return finish(input, problems);
}

/** The results part of an award notice (efac:NoticeResult), indexed. */
interface Results {
  readonly lotResults: readonly XmlElement[];
  readonly tenders: ReadonlyMap<string, XmlElement>;
  readonly contracts: ReadonlyMap<string, XmlElement>;
  readonly parties: ReadonlyMap<string, XmlElement>;
}

function readResults(ext: XmlElement | undefined): Results {
  const result = child(ext, 'NoticeResult');
  const index = (name: string) => {
    const m = new Map<string, XmlElement>();
    for (const el of children(result, name)) {
      const elId = textAt(el, 'ID');
      if (elId !== undefined) m.set(elId, el);
    }
    return m;
  };
  return {
    lotResults: children(result, 'LotResult'),
    tenders: index('LotTender'),
    contracts: index('SettledContract'),
    parties: index('TenderingParty'),
  };
}

/** What an awarded lot gives: the amount of its winning tenders, the date its contracts were concluded, the holders. */
interface Awarded {
  readonly amount?: Money;
  readonly notification?: CalendarDate;
  readonly holders: NonNullable<ContractInput['holders']>;
  readonly extensions: Record<string, unknown>;
}

/**
 * The contracts of an awarded lot: those the lot result names (else those concluded on its tenders), their tenders
 * (BT-3202, else the tenders the lot result names), whose amounts (BT-720) are summed; the conclusion date (BT-145,
 * else the award decision date BT-1451) is the earliest; the holders are the tenderers of those tenders.
 */
function readAwarded(
  lotResult: XmlElement,
  lotId: string,
  results: Results,
  organisations: ReadonlyMap<string, Organisation>,
  problems: Problems,
): Awarded {
  const at = (bt: string) => `${bt}[${lotId}]`;
  const lotTenderIds = all(lotResult, 'LotTender', 'ID')
    .map(text)
    .filter((t): t is string => t !== undefined);
  let contracts = all(lotResult, 'SettledContract', 'ID')
    .map((e) => results.contracts.get(text(e) ?? ''))
    .filter((c): c is XmlElement => c !== undefined);
  if (contracts.length === 0) {
    contracts = [...results.contracts.values()].filter((c) => all(c, 'LotTender', 'ID').some((e) => lotTenderIds.includes(text(e) ?? '')));
  }
  const tenderIds = new Set<string>();
  for (const c of contracts) for (const e of all(c, 'LotTender', 'ID')) if (text(e) !== undefined) tenderIds.add(text(e) as string);
  if (tenderIds.size === 0) for (const t of lotTenderIds) tenderIds.add(t);
  const tenders = [...tenderIds].map((t) => results.tenders.get(t)).filter((t): t is XmlElement => t !== undefined);

  const amounts = tenders
    .map((t) => readAmountElement(first(t, 'LegalMonetaryTotal', 'PayableAmount'), at('BT-720-Tender'), problems))
    .filter((m): m is Money => m !== undefined);
  const extensions: Record<string, unknown> = {};
  const frameworkMax = readAmountElement(
    first(lotResult, 'FrameworkAgreementValues', 'MaximumValueAmount'),
    at('BT-709-LotResult'),
    problems,
  );
  if (frameworkMax !== undefined) extensions.frameworkMaximumValue = frameworkMax;
  let amount: Money | undefined;
  if (amounts.length > 0 && amounts.length === tenders.length) amount = sum(amounts);
  else if (frameworkMax !== undefined) amount = frameworkMax;
  if (amount === undefined) problems.add('missing-field', at('BT-720-Tender'), undefined, 'no amount for the winning tenders: left out');
  if (tenders.length > 1) extensions.tendersSummed = tenders.length;

  const dates = contracts
    .map(
      (c, i) =>
        readDate(textAt(c, 'IssueDate'), `BT-145-Contract[${textAt(c, 'ID') ?? i}]`, problems) ??
        readDate(textAt(c, 'AwardDate'), `BT-1451-Contract[${textAt(c, 'ID') ?? i}]`, problems),
    )
    .filter((d): d is CalendarDate => d !== undefined)
    .sort();
  if (contracts.length > 0) extensions.contracts = contracts.map((c) => textAt(c, 'ID'));

  const holders: NonNullable<ContractInput['holders']> = [];
  for (const tender of tenders) {
    const party = results.parties.get(textAt(tender, 'TenderingParty', 'ID') ?? '');
    for (const tendererId of all(party, 'Tenderer', 'ID').map(text)) {
      const org = organisations.get(tendererId ?? '');
      if (org === undefined) continue;
      const holder: NonNullable<ContractInput['holders']>[number] = {};
      if (org.companyId !== undefined) holder.id = org.companyId;
      if (org.name !== undefined) holder.name = org.name;
      if (org.size !== undefined) holder.sme = SME_SIZES.has(org.size);
      if (Object.keys(holder).length > 0 && !holders.some((h) => h.id === holder.id && h.name === holder.name)) holders.push(holder);
    }
  }
  const out: { -readonly [K in keyof Awarded]: Awarded[K] } = { holders, extensions };
  if (amount !== undefined) out.amount = amount;
  if (dates[0] !== undefined) out.notification = dates[0];
  return out;
}

/** Sums amounts exactly. */
function sum(amounts: readonly Money[]): Money | undefined {
  if (amounts.length === 1) return amounts[0];
  const total = amounts.reduce((acc, m) => acc.plus(new Decimal(m)), new Decimal(0));
  const r = parseMoney(total.toFixed());
  return r.ok ? r.value : undefined;
}
