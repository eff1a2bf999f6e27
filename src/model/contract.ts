import type { CalendarDate } from './calendar-date.js';
import type { InsertionPublic } from './insertion-publics.js';
import type { Money } from './money.js';

/**
 * Kind of buyer, as far as the rules distinguish them (see `BUYER_KINDS` for the meaning of each value).
 * Coarse kinds (`social-landlord`, `contracting-entity`, `other`) stay valid; the finer ones let a rule whose article
 * binds only some buyers (e.g. advances, L2191-1 and R2191-1) decide instead of answering `unknown`.
 */
export type BuyerKind =
  | 'state'
  | 'state-public-body'
  | 'state-epic'
  | 'local-authority'
  | 'local-public-body'
  | 'hospital'
  | 'social-landlord'
  | 'oph'
  | 'esh'
  | 'sem'
  | 'association'
  | 'other-private'
  | 'contracting-entity'
  | 'other';
/** Public contract (marché public) or concession. */
export type ContractKind = 'contract' | 'concession';
/** Nature of the purchase. */
export type Nature = 'works' | 'supplies' | 'services';
/** Award procedure. */
export type Procedure =
  | 'open'
  | 'restricted'
  | 'negotiated'
  | 'competitive-dialogue'
  | 'adapted'
  | 'without-publicity'
  | 'innovation-partnership'
  | 'other';
/** Price type under R2112-9 ff. */
export type PriceType = 'firm' | 'firm-actualisable' | 'revisable' | 'provisional';
/** Article a reservation is based on. */
export type ReservationBasis = 'L2113-12' | 'L2113-13' | 'L2113-13-1' | 'L2113-15';
/** Kind of an award criterion (R2152-7 ff.). */
export type AwardCriterionKind = 'price' | 'cost' | 'environmental' | 'social' | 'quality' | 'innovation' | 'delay' | 'other';
/** Ground on which a buyer may dispense with the social execution condition of L2112-2-1 (unconfirmed wording). */
export type SocialDispensationGround =
  | 'immediately-available-solution'
  | 'no-link-with-subject-matter'
  | 'restricts-competition'
  | 'technical-or-economic-difficulty';
/** Type of structure of a holder, for reserved markets. */
export type StructureType = 'esat' | 'ea' | 'siae' | 'ess' | 'prison-workshop' | 'other';

/** The buyer (acheteur). */
export interface Buyer {
  /** Identifier of the buyer, e.g. its SIRET. */
  id?: string;
  /** Name of the buyer. */
  name?: string;
  /** Category of buyer. */
  kind?: BuyerKind;
  /** True for a defence-or-security contract (L2300-1 ff.). */
  defenceOrSecurity?: boolean;
  /** Operating expenditure above 60 M€: local authorities and State bodies other than hospitals owe SMEs a higher minimum advance (R2191-7). */
  operatingExpenditureAbove60M?: boolean;
}

/** Key dates of a contract, as calendar dates. */
export interface ContractDates {
  /** Date the consultation was engaged or the notice sent for publication: the date most rules are looked up at. */
  consultationLaunch?: CalendarDate;
  /** Date the tenderer fixed its price in the offer (R2112-11); usually the offer deadline. */
  priceEstablished?: CalendarDate;
  /** Notification date. */
  notification?: CalendarDate;
  /** Start of execution. */
  executionStart?: CalendarDate;
  /** Date the essential data (DECP) were published on the national open-data portal (R2196-1). */
  dataPublication?: CalendarDate;
}

/** Price terms. */
export interface PriceTerms {
  /** firm (R2112-9), firm-actualisable (R2112-10/11), revisable (R2112-13), provisional (R2112-15). */
  type?: PriceType;
  /** A significant share of the supplies has prices directly affected by world-market fluctuations (R2112-14). */
  rawMaterialExposure?: boolean;
  /** The parties are exposed to major economic hazards, e.g. agricultural and food raw materials (R2112-13). */
  majorHazardExposure?: boolean;
  /** Gas or electricity supply, which may stay at firm price (R2112-14). */
  gasOrElectricitySupply?: boolean;
  /**
   * « Courant » supplies or services (fournitures ou services courants: no technical specification specific to the
   * buyer): the actualisation clause of a firm price is optional for them, mandatory for works and other supplies or
   * services (R2112-10).
   */
  standardSuppliesOrServices?: boolean;
}

/** Advance (avance, R2191-3 ff.). */
export interface Advance {
  /** The contract grants an advance. */
  granted?: boolean;
  /** Advance rate, a share of the amount (0.05 = 5 %). */
  rate?: number;
  /** The holder refused the mandatory advance (R2191-3 lets it refuse). */
  refusedByHolder?: boolean;
}

/** Allotment (L2113-10). */
export interface Lots {
  /** The purchase is divided into lots. */
  divided?: boolean;
  /** Number of lots. */
  count?: number;
  /** Reasons for not dividing into lots (L2113-11). */
  notDividedJustification?: string;
  /** Present when this lot is awarded by adapted procedure under the small-lots exception (R2123-1 2°). */
  smallLot?: SmallLot;
}

/** A lot awarded under the small-lots exception of R2123-1 2°. */
export interface SmallLot {
  /** Estimated value of this lot (€ HT). */
  lotValueExclTax?: Money;
  /** Cumulative estimated value of every small lot, this one included (€ HT). */
  cumulativeSmallLotsExclTax?: Money;
  /** Estimated value of all the lots of the operation (€ HT). */
  allLotsValueExclTax?: Money;
}

/** Environmental considerations. */
export interface EnvironmentalConsiderations {
  /** An execution condition takes environmental considerations into account. */
  executionClause?: boolean;
  /** At least one award criterion takes environmental characteristics into account. */
  awardCriterion?: boolean;
  /** Technical specifications carry environmental requirements. */
  technicalSpecification?: boolean;
}

/** Social considerations. */
export interface SocialConsiderations {
  /** An execution condition takes social or employment considerations into account. */
  executionClause?: boolean;
  /** At least one award criterion is social. */
  awardCriterion?: boolean;
  /** Technical specifications carry social requirements. */
  technicalSpecification?: boolean;
  /** The contract or lot is reserved (L2113-12 ff.). */
  reserved?: boolean;
  /** Dispensation from the social execution condition above EU thresholds (L2112-2-1), with its justification. */
  dispensation?: SocialDispensation;
}

/** A dispensation from the social execution condition of L2112-2-1. */
export interface SocialDispensation {
  /** Ground of the dispensation. */
  ground?: SocialDispensationGround;
  /** The buyer's written justification. */
  justification?: string;
}

/** Reservation of the contract. */
export interface Reservation {
  /** Article the reservation is based on. */
  basis?: ReservationBasis;
  /** The notice (or consultation documents) cites the article (R2113-7). */
  citedInNotice?: boolean;
  /** The buyer's earlier L2113-15 awards for the same services (L2113-16); an empty list means none. */
  previousEssAwards?: PreviousEssAward[];
}

/** An earlier award reserved under L2113-15. */
export interface PreviousEssAward {
  /** Identifier (e.g. SIRET) of the holder of the earlier award. */
  holderId: string;
  /** Date of the earlier award (notification). */
  date: CalendarDate;
}

/** Where the data of a contract comes from: what the buyer prepares, or what was published once it was awarded. */
export type Provenance = 'consultation-documents' | 'published-data';
/** A contract that is exempt from allotment: a marché global (L2171-1 ff.) or a partnership contract (L2211-1 ff.). */
export type GlobalContract = 'design-build' | 'global-performance' | 'sectoral-global' | 'partnership';

/** Award criteria (L2152-7, R2152-7; concessions L3124-5, R3124-4). */
export interface Award {
  /** Offers compared on the single criterion of price (banned from the Climat et Résilience date). */
  priceOnly?: boolean;
  /** Kinds of the award criteria; `environmental` when a criterion takes environmental characteristics into account. */
  criteria?: AwardCriterionKind[];
}

/** Building materials (C. env. L228-4). */
export interface Materials {
  /** A construction or heavy renovation. */
  heavyRenovationOrConstruction?: boolean;
  /** The works use bio-based or low-carbon materials. */
  biobasedOrLowCarbon?: boolean;
}

/** Insertion clause (clause sociale d'insertion). */
export interface InsertionClause {
  /** The contract carries an insertion clause. */
  clause?: boolean;
  /** Hours of insertion the clause requires, exact decimal. */
  requiredHours?: Money;
  /** Hours of insertion reported as completed, exact decimal. */
  completedHours?: Money;
  /**
   * Completed hours by public. Only eligible publics count; hours under `other` or `unknown` are reported,
   * never counted.
   */
  completedHoursByPublic?: Partial<Record<InsertionPublic, Money>>;
}

/** A holder (titulaire) of the contract. */
export interface Holder {
  /** Identifier, e.g. SIRET. */
  id?: string;
  /** Name. */
  name?: string;
  /** Type of structure, for reserved markets. */
  structureType?: StructureType;
  /** An SME (Recommendation 2003/361/EC). */
  sme?: boolean;
  /** Share of disabled workers, 0 to 1 (L2113-12, R2113-7). */
  disabledWorkersShare?: number;
  /** Share of disadvantaged workers, 0 to 1 (L2113-13, R2113-7). */
  disadvantagedWorkersShare?: number;
  /** Share of detainees employed, 0 to 1 (L2113-13-1). */
  detaineesShare?: number;
  /** A structure equivalent to the listed types (e.g. from another EU member state). */
  equivalentStructure?: boolean;
}

/**
 * A validated public contract or concession, as the rules read it: amounts are canonical {@link Money}
 * strings, dates are checked {@link CalendarDate}s. Only `id` and `kind` are required; a missing field
 * makes the rules that need it answer `unknown`, naming it.
 */
export interface Contract {
  /** Identifier of the contract. */
  id: string;
  /** Object of the contract (objet). */
  title?: string;
  /** Public contract or concession. */
  kind: ContractKind;
  /** Works, supplies or services. */
  nature?: Nature;
  /** Award procedure. */
  procedure?: Procedure;
  /**
   * Where the data comes from: `consultation-documents` (the default — what the buyer will require, checked before
   * publication) or `published-data` (open data published after the award, e.g. DECP, set by the readers), where a
   * `false` may not mean what it says (an advance not paid may have been refused by the holder).
   */
  provenance?: Provenance;
  /** A marché global or partnership contract, exempt from allotment (L2171-1 ff., L2211-1 ff.). */
  globalContract?: GlobalContract;
  /** The consultation allowed negotiation (e.g. an adapted procedure whose documents allow it); overrides what the procedure implies. */
  negotiationAllowed?: boolean;
  /** CPV codes, main code first. */
  cpv?: string[];
  /** The buyer. */
  buyer?: Buyer;
  /** Estimated value excluding tax (€ HT). */
  estimatedValueExclTax?: Money;
  /** Amount excluding tax (€ HT): the notified amount, or after modifications the amount after the latest one. */
  amountExclTax?: Money;
  /** Initial amount excluding tax (€ HT), when modifications changed it: rules naming the initial amount (R2191-3) read it first. */
  initialAmountExclTax?: Money;
  /** Key dates. */
  dates?: ContractDates;
  /** Execution duration in months, all tranches and renewals included. */
  durationMonths?: number;
  /** Price terms. */
  price?: PriceTerms;
  /** Advance. */
  advance?: Advance;
  /** Allotment. */
  lots?: Lots;
  /** Environmental considerations. */
  environmental?: EnvironmentalConsiderations;
  /** Social considerations. */
  social?: SocialConsiderations;
  /** Reservation. */
  reservation?: Reservation;
  /** Insertion clause. */
  insertion?: InsertionClause;
  /** Award criteria. */
  award?: Award;
  /** Building materials. */
  materials?: Materials;
  /** The buyer evaluated the holder's performance of the contract (a supplier evaluation). */
  supplierEvaluated?: boolean;
  /** The contract concerns social and other specific services (R2123-1 3°): their own EU threshold applies. */
  socialOrSpecificServices?: boolean;
  /** Holders (titulaires). */
  holders?: Holder[];
  /** Free data of the caller, carried along and never read by the rules. */
  extensions?: Record<string, unknown>;
}

/**
 * The input form of a value: amounts and hours may also be numbers, dates are plain strings.
 * This is what {@link ContractInput} is made of.
 */
export type Loosen<T> = T extends Money
  ? string | number
  : T extends CalendarDate
    ? string
    : T extends (infer U)[]
      ? Loosen<U>[]
      : T extends object
        ? { [K in keyof T]: Loosen<T[K]> }
        : T;

/** A contract as accepted on input: amounts as decimal strings or numbers, dates as `YYYY-MM-DD` strings. */
export type ContractInput = Loosen<Contract>;
