import { getParameter, ParameterCoverageError } from '../../law/lookup.js';
import type { ParameterKey } from '../../law/parameters/index.js';
import type { ParameterUse, ParameterValue } from '../../law/types.js';
import { isCalendarDate } from '../../model/calendar-date.js';
/** The article a contract is reserved under. */
import type { ReservationBasis } from '../../model/contract.js';
import type { Contract } from '../../model/contract-schema.js';
import type { Localized } from '../../model/localized.js';

/** What the eligibility check reads of a supplier: the fields of a contract holder. */
export type SupplierProfile = Pick<
  NonNullable<Contract['holders']>[number],
  'structureType' | 'equivalentStructure' | 'disabledWorkersShare' | 'disadvantagedWorkersShare' | 'detaineesShare'
>;

/** Why a supplier is not (or not known to be) eligible. */
export interface EligibilityReason {
  /**
   * Stable code: `structure-type` (wrong kind of structure), `share-below-minimum`, `missing-data`,
   * `not-in-force` (no minimum share known at the date).
   */
  readonly code: 'structure-type' | 'share-below-minimum' | 'missing-data' | 'not-in-force';
  /** Explanation, in French and English. */
  readonly message: Localized;
}

/** The verdict on one supplier. */
export interface EligibilityResult {
  /** `eligible`, `ineligible`, or `unknown` when data is missing or the basis has no known parameter at the date. */
  readonly status: 'eligible' | 'ineligible' | 'unknown';
  /** True only when `status` is `eligible`. */
  readonly eligible: boolean;
  /** Every reason against eligibility (empty when eligible). */
  readonly reasons: readonly EligibilityReason[];
  /** The supplier fields whose absence prevented a verdict (names of {@link SupplierProfile} fields). */
  readonly missing: readonly string[];
  /** The parameters used, by key, with their period, confidence and sources. */
  readonly parameters: Readonly<Record<string, ParameterUse>>;
}

interface BasisSpec {
  readonly structures: ReadonlyArray<NonNullable<SupplierProfile['structureType']>>;
  readonly structuresLabel: Localized;
  readonly share?: {
    readonly field: 'disabledWorkersShare' | 'disadvantagedWorkersShare' | 'detaineesShare';
    readonly parameter: ParameterKey;
    readonly label: Localized;
  };
}

const SPECS: Record<ReservationBasis, BasisSpec> = {
  'L2113-12': {
    structures: ['ea', 'esat'],
    structuresLabel: { fr: 'entreprise adaptée, ESAT ou structure équivalente', en: 'entreprise adaptée, ESAT or equivalent structure' },
    share: {
      field: 'disabledWorkersShare',
      parameter: 'reserved.disabledWorkers.minShare',
      label: { fr: 'travailleurs handicapés', en: 'disabled workers' },
    },
  },
  'L2113-13': {
    structures: ['siae'],
    structuresLabel: {
      fr: 'structure d’insertion par l’activité économique (SIAE) ou structure équivalente',
      en: 'work-integration structure (SIAE) or equivalent structure',
    },
    share: {
      field: 'disadvantagedWorkersShare',
      parameter: 'reserved.disadvantagedWorkers.minShare',
      label: { fr: 'travailleurs défavorisés', en: 'disadvantaged workers' },
    },
  },
  'L2113-13-1': {
    structures: ['prison-workshop'],
    structuresLabel: {
      fr: 'opérateur produisant en détention (contrat d’emploi pénitentiaire)',
      en: 'operator producing inside prisons (prison employment contract)',
    },
    share: { field: 'detaineesShare', parameter: 'reserved.detainees.minShare', label: { fr: 'personnes détenues', en: 'detainees' } },
  },
  'L2113-15': {
    structures: ['ess'],
    structuresLabel: {
      fr: 'entreprise de l’économie sociale et solidaire (loi n° 2014-856, art. 1er) ou structure équivalente',
      en: 'social-economy enterprise (loi n° 2014-856, art. 1) or equivalent structure',
    },
  },
};

/** Equivalent structures are admitted by every basis except prison work, which L2113-14 keeps apart. */
const admitsEquivalent = (basis: ReservationBasis) => basis !== 'L2113-13-1';

const pct = (share: number) => `${Math.round(share * 10000) / 100} %`;

/**
 * The eligibility of a supplier under one reservation basis, given a parameter lookup.
 * Used by the reserved-market rules (with the engine's context) and by {@link checkSupplierEligibility}.
 * The lookup may throw (missing reference date, parameter not covered): the caller handles it.
 */
export function assessEligibility(
  basis: ReservationBasis,
  supplier: SupplierProfile,
  param: (key: ParameterKey) => ParameterValue,
): Omit<EligibilityResult, 'parameters'> {
  const spec = SPECS[basis];
  const reasons: EligibilityReason[] = [];
  const missing: string[] = [];
  const type = supplier.structureType;
  const equivalent = admitsEquivalent(basis) && supplier.equivalentStructure === true;
  if (type === undefined && !equivalent) {
    missing.push('structureType');
  } else if (!equivalent && type !== undefined && !spec.structures.includes(type)) {
    reasons.push({
      code: 'structure-type',
      message: {
        fr: `Type de structure « ${type} » : une réservation au titre de ${basis} vise une ${spec.structuresLabel.fr}.`,
        en: `Structure type “${type}”: a reservation under ${basis} is for an ${spec.structuresLabel.en}.`,
      },
    });
  }
  if (spec.share) {
    const min = param(spec.share.parameter) as number;
    const share = supplier[spec.share.field];
    if (share === undefined) missing.push(spec.share.field);
    else if (share < min) {
      reasons.push({
        code: 'share-below-minimum',
        message: {
          fr: `Part de ${spec.share.label.fr} de ${pct(share)}, inférieure au minimum de ${pct(min)} (${basis}).`,
          en: `Share of ${spec.share.label.en} of ${pct(share)}, below the minimum of ${pct(min)} (${basis}).`,
        },
      });
    }
  }
  if (reasons.length > 0) return { status: 'ineligible', eligible: false, reasons, missing };
  if (missing.length > 0) {
    return {
      status: 'unknown',
      eligible: false,
      reasons: [
        {
          code: 'missing-data',
          message: { fr: `Données manquantes : ${missing.join(', ')}.`, en: `Missing data: ${missing.join(', ')}.` },
        },
      ],
      missing,
    };
  }
  return { status: 'eligible', eligible: true, reasons: [], missing };
}

/** Input of {@link checkSupplierEligibility}. */
export interface SupplierEligibilityQuery {
  /** The article the contract is (to be) reserved under. */
  readonly basis: ReservationBasis;
  /** The date the rules are looked up at (`YYYY-MM-DD`): the launch date of the consultation. */
  readonly date: string;
  /** The supplier. */
  readonly supplier: SupplierProfile;
}

/**
 * Is this supplier eligible for a contract reserved under this article on this date, and if not, why not?
 * Checks the structure type and the minimum share of the relevant workers (R2113-7: 50 % for L2113-12 and L2113-13;
 * 50 % of detainees for L2113-13-1 from 1 January 2023). For L2113-15 only the structure type is checked: the further
 * conditions of L2113-16 (profit reinvestment, participative governance) are not encoded.
 *
 * @throws RangeError when `date` is not a `YYYY-MM-DD` calendar date or `basis` is not a reservation article.
 *
 * @example
 * ```ts
 * const r = checkSupplierEligibility({ basis: 'L2113-12', date: '2026-09-01', supplier: { structureType: 'esat', disabledWorkersShare: 0.8 } });
 * r.eligible; // true
 * ```
 */
export function checkSupplierEligibility(query: SupplierEligibilityQuery): EligibilityResult {
  const { basis, date, supplier } = query;
  if (!isCalendarDate(date)) throw new RangeError(`date must be a YYYY-MM-DD calendar date, got ${JSON.stringify(date)}`);
  if (!Object.hasOwn(SPECS, basis)) throw new RangeError(`Unknown reservation basis: ${JSON.stringify(basis)}`);
  const parameters: Record<string, ParameterUse> = {};
  try {
    const result = assessEligibility(basis, supplier, (key) => {
      const use = parameters[key] ?? getParameter(key, date);
      parameters[key] = use;
      return use.value;
    });
    return { ...result, parameters };
  } catch (e) {
    if (!(e instanceof ParameterCoverageError)) throw e;
    return {
      status: 'unknown',
      eligible: false,
      reasons: [
        {
          code: 'not-in-force',
          message: {
            fr: `Aucune part minimale connue au ${date} pour ${basis} (historique à partir du ${e.coveredFrom}).`,
            en: `No minimum share known at ${date} for ${basis} (history starts on ${e.coveredFrom}).`,
          },
        },
      ],
      missing: [],
      parameters,
    };
  }
}
