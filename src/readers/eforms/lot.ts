import type { CalendarDate } from '../../model/calendar-date.js';
import type { AwardCriterionKind, Nature, ReservationBasis } from '../../model/contract.js';
import type { ContractInput } from '../../model/contract-schema.js';
import type { Money } from '../../model/money.js';
import { type Problems, readCpv, readDate } from '../fields.js';
import { CONTRACT_NATURES, RESERVED_PARTICIPATION } from './codes.js';
import { periodMonths, readAmountElement } from './values.js';
import { all, attr, child, codes, first, text, textAt, type XmlElement } from './xml.js';

// What a lot (cac:ProcurementProjectLot) of a notice says, read over what the procedure as a whole says when the lot is
// silent (a notice with a single lot often gives the nature, CPV and value at the procedure level only).

/** The procedure-level project (`/*\/cac:ProcurementProject`), the fall-back of every lot. */
export interface ProcedureScope {
  readonly project: XmlElement | undefined;
  /** Whether the notice has a single lot: then the procedure's estimated value is the lot's. */
  readonly singleLot: boolean;
}

/** The parts of a contract a lot gives. */
export interface LotFields {
  readonly title?: string;
  readonly nature?: Nature;
  readonly cpv: string[];
  readonly estimatedValueExclTax?: Money;
  readonly durationMonths?: number;
  readonly executionStart?: CalendarDate;
  /** BT-131 deadline for receipt of tenders: when the tenderer's price is established. */
  readonly tenderDeadline?: CalendarDate;
  readonly award?: ContractInput['award'];
  readonly environmental?: ContractInput['environmental'];
  readonly social?: ContractInput['social'];
  readonly reservationBasis?: ReservationBasis;
  /** Codes and texts kept for the caller (`extensions`). */
  readonly extensions: Record<string, unknown>;
}

/** Reads a lot; problems are reported on paths `BT-xx-Lot[LOT-0001]`. */
export function readLot(lot: XmlElement, lotId: string, scope: ProcedureScope, problems: Problems): LotFields {
  const project = child(lot, 'ProcurementProject');
  const at = (bt: string) => `${bt}-Lot[${lotId}]`;
  const extensions: Record<string, unknown> = { lot: lotId };

  const title = textAt(project, 'Name') ?? textAt(scope.project, 'Name');
  const nature = readNature(project, at('BT-23'), problems) ?? readNature(scope.project, 'BT-23-Procedure', problems);

  // CPV: the lot's main and additional codes, else the procedure's (BT-262, BT-263).
  let cpv = readCpvs(project, at('BT-262'), at('BT-263'), problems);
  if (cpv.length === 0) cpv = readCpvs(scope.project, 'BT-262-Procedure', 'BT-263-Procedure', problems);

  const estimatedValueExclTax =
    readAmountElement(first(project, 'RequestedTenderTotal', 'EstimatedOverallContractAmount'), at('BT-27'), problems) ??
    (scope.singleLot
      ? readAmountElement(first(scope.project, 'RequestedTenderTotal', 'EstimatedOverallContractAmount'), 'BT-27-Procedure', problems)
      : undefined);

  const period = child(project, 'PlannedPeriod');
  const executionStart = readDate(textAt(period, 'StartDate'), at('BT-536'), problems);
  const end = readDate(textAt(period, 'EndDate'), at('BT-537'), problems);
  const durationMonths = periodMonths(period, executionStart, end, at('BT-36'), problems);
  const tenderDeadline = readDate(textAt(lot, 'TenderingProcess', 'TenderSubmissionDeadlinePeriod', 'EndDate'), at('BT-131(d)'), problems);

  const terms = child(lot, 'TenderingTerms');
  const award = readAward(terms, extensions);
  const sustainability = readSustainability(project, terms, lotId, problems, extensions);

  const executionConditions = all(terms, 'ContractExecutionRequirement')
    .filter((r) => codes(r, 'conditions', 'ExecutionRequirementCode').length > 0)
    .flatMap((r) => all(r, 'Description'))
    .map((d) => ({ language: attr(d, 'languageID'), text: text(d) }))
    .filter((d) => d.text !== undefined);
  if (executionConditions.length > 0) extensions.executionConditions = executionConditions;
  const reservedExecution = codes(terms, 'reserved-execution', 'ContractExecutionRequirement', 'ExecutionRequirementCode')[0];
  if (reservedExecution !== undefined) extensions.reservedExecution = reservedExecution;

  const out: { -readonly [K in keyof LotFields]: LotFields[K] } = { cpv, extensions };
  if (title !== undefined) out.title = title;
  if (nature !== undefined) out.nature = nature;
  if (estimatedValueExclTax !== undefined) out.estimatedValueExclTax = estimatedValueExclTax;
  if (durationMonths !== undefined) out.durationMonths = durationMonths;
  if (executionStart !== undefined) out.executionStart = executionStart;
  if (tenderDeadline !== undefined) out.tenderDeadline = tenderDeadline;
  if (award !== undefined) out.award = award;
  if (sustainability.environmental !== undefined) out.environmental = sustainability.environmental;
  if (sustainability.social !== undefined) out.social = sustainability.social;
  if (sustainability.reservationBasis !== undefined) out.reservationBasis = sustainability.reservationBasis;
  return out;
}

/** BT-23 contract nature of a project. */
function readNature(project: XmlElement | undefined, path: string, problems: Problems): Nature | undefined {
  const code = textAt(project, 'ProcurementTypeCode');
  if (code === undefined) return undefined;
  const nature = CONTRACT_NATURES[code];
  if (nature === undefined) problems.add('unmapped-nature-label', path, code, 'unknown contract nature code: left out');
  return nature;
}

/** BT-262 main and BT-263 additional CPV codes of a project, main first, without repeats. */
function readCpvs(project: XmlElement | undefined, mainPath: string, additionalPath: string, problems: Problems): string[] {
  const out: string[] = [];
  const add = (el: XmlElement | undefined, path: string) => {
    const t = text(el);
    if (t === undefined || (attr(el, 'listName') !== undefined && attr(el, 'listName') !== 'cpv')) return;
    const code = readCpv(t, path, problems);
    if (code !== undefined && !out.includes(code)) out.push(code);
  };
  for (const el of all(project, 'MainCommodityClassification', 'ItemClassificationCode')) add(el, mainPath);
  for (const el of all(project, 'AdditionalCommodityClassification', 'ItemClassificationCode')) add(el, additionalPath);
  return out;
}

/**
 * BT-539 award criterion types (price, cost, quality). The notice says which types are used, not whether a quality
 * criterion is environmental or social (BT-734 names it in free text): those stay unknown. Undefined when the lot gives
 * no criterion (they may be in the procurement documents only).
 */
function readAward(terms: XmlElement | undefined, extensions: Record<string, unknown>): ContractInput['award'] | undefined {
  const types = codes(
    terms,
    'award-criterion-type',
    'AwardingTerms',
    'AwardingCriterion',
    'SubordinateAwardingCriterion',
    'AwardingCriterionTypeCode',
  );
  if (types.length === 0) return undefined;
  const criteria: AwardCriterionKind[] = [];
  for (const t of types) {
    const kind: AwardCriterionKind = t === 'price' || t === 'cost' || t === 'quality' ? t : 'other';
    if (!criteria.includes(kind)) criteria.push(kind);
  }
  extensions.awardCriterionTypes = [...new Set(types)];
  return { priceOnly: criteria.length === 1 && criteria[0] === 'price', criteria };
}

type Flags = { executionClause?: boolean; awardCriterion?: boolean; technicalSpecification?: boolean; reserved?: boolean };

/**
 * Strategic procurement (BT-06), environmental impacts (BT-774), social objectives (BT-775), green procurement criteria
 * (BT-805) and reserved participation (BT-71) of a lot.
 *
 * - BT-06 `none` (no strategic procurement) is an explicit "no": environmental and social considerations all false.
 * - `env-imp`, a BT-774 impact or a BT-805 criterion say the lot has an environmental consideration, not of which kind
 *   (execution clause, award criterion or specification): each kind stays unknown, reported. Same for `soc-obj` and
 *   BT-775 on the social side.
 * - BT-71 `res-ws` (sheltered workshops) and `res-pub-ser` (public service mission organisations) reserve the lot
 *   (L2113-12, L2113-15); `none` says it is not reserved.
 */
function readSustainability(
  project: XmlElement | undefined,
  terms: XmlElement | undefined,
  lotId: string,
  problems: Problems,
  extensions: Record<string, unknown>,
): { environmental?: Flags; social?: Flags; reservationBasis?: ReservationBasis } {
  const typed = (list: string) => codes(project, list, 'ProcurementAdditionalType', 'ProcurementTypeCode');
  const strategic = typed('strategic-procurement');
  const impacts = typed('environmental-impact');
  const objectives = typed('social-objective');
  const gpp = typed('gpp-criteria');
  const innovative = typed('innovative-acquisition');
  const reserved = codes(
    terms,
    'reserved-procurement',
    'TendererQualificationRequest',
    'SpecificTendererRequirement',
    'TendererRequirementTypeCode',
  );
  if (strategic.length > 0) extensions.strategicProcurement = strategic;
  if (impacts.length > 0) extensions.environmentalImpacts = impacts;
  if (objectives.length > 0) extensions.socialObjectives = objectives;
  if (gpp.length > 0) extensions.greenCriteria = gpp;
  if (innovative.length > 0) extensions.innovativeAcquisition = innovative;
  if (reserved.length > 0) extensions.reservedParticipation = reserved;

  const environmentalAim = strategic.includes('env-imp') || impacts.length > 0 || gpp.length > 0;
  const socialAim = strategic.includes('soc-obj') || objectives.length > 0;
  let environmental: Flags | undefined;
  let social: Flags | undefined;
  if (strategic.includes('none')) {
    if (environmentalAim || socialAim || strategic.length > 1) {
      problems.add(
        'contradictory-considerations',
        `BT-06-Lot[${lotId}]`,
        strategic,
        '"none" (no strategic procurement) given with strategic aims or their details: the aims are kept',
      );
    } else {
      environmental = { executionClause: false, awardCriterion: false, technicalSpecification: false };
      social = { executionClause: false, awardCriterion: false, technicalSpecification: false };
    }
  }
  if (environmentalAim) {
    problems.add(
      'sustainability-kind-unknown',
      `BT-06-Lot[${lotId}]`,
      [...strategic.filter((c) => c === 'env-imp'), ...impacts, ...gpp],
      'environmental aim without saying how (execution clause, award criterion, specification): kind of consideration left unknown',
    );
  }
  if (socialAim) {
    problems.add(
      'sustainability-kind-unknown',
      `BT-775-Lot[${lotId}]`,
      [...strategic.filter((c) => c === 'soc-obj'), ...objectives],
      'social objective without saying how (execution clause, award criterion, specification): kind of consideration left unknown',
    );
  }

  let reservationBasis: ReservationBasis | undefined;
  for (const code of reserved) {
    const basis = RESERVED_PARTICIPATION[code];
    if (basis !== undefined) {
      reservationBasis ??= basis;
      social = { ...social, reserved: true };
    } else if (code === 'none') {
      if (social?.reserved !== true) social = { ...social, reserved: false };
    } else {
      problems.add('unmapped-sustainability-code', `BT-71-Lot[${lotId}]`, code, 'unknown reserved participation code: ignored');
    }
  }
  const out: { environmental?: Flags; social?: Flags; reservationBasis?: ReservationBasis } = {};
  if (environmental !== undefined) out.environmental = environmental;
  if (social !== undefined) out.social = social;
  if (reservationBasis !== undefined) out.reservationBasis = reservationBasis;
  return out;
}
