/**
 * clausier — French responsible-public-procurement rules as tested, dated, cited code.
 *
 * @packageDocumentation
 */

export {
  type BuyerProfile,
  type BuyerProfileInput,
  buyerProfileJsonSchema,
  parseBuyerProfile,
  type SpaserDeclaration,
  type YearlyPurchases,
} from './buyer/profile.js';
export {
  assessSpaser,
  SPASER_LEGAL_BASIS,
  type SpaserAssessment,
  type SpaserCheck,
  type SpaserOptions,
  type SpaserYear,
} from './buyer/spaser.js';
export {
  type EvaluateOptions,
  EvaluateOptionsError,
  type Evaluation,
  evaluateContract,
  type Finding,
  type PreparedEvaluation,
  prepareEvaluation,
  type ReferenceDate,
  type SafeEvaluation,
  type Summary,
  safeEvaluateContract,
} from './engine/evaluate.js';
export { formatHours } from './insertion/format-hours.js';
export {
  AVERAGE_MONTH_DAYS,
  type BucketPhase,
  type BucketProgress,
  type PaceStatus,
  type ProgrammeProgress,
  type TrackOptions,
  trackInsertionProgramme,
  type YearProgress,
} from './insertion/programme.js';
export {
  type InsertionBucket,
  type InsertionProgramme,
  type InsertionProgrammeContract,
  type InsertionProgrammeInput,
  InsertionProgrammeSchema,
  insertionProgrammeJsonSchema,
  type RealisedHours,
} from './insertion/programme-schema.js';
export { parseInsertionProgramme } from './insertion/programme-validation.js';
export { countEligibleHours, type HoursByEligibility, PUBLIC_LABELS } from './insertion/publics.js';
export {
  InsertionHoursInputError,
  type RequiredHours,
  type RequiredHoursInput,
  requiredInsertionHours,
  type TypicalInsertionInputs,
  typicalInsertionInputs,
} from './insertion/required-hours.js';
export {
  type CoverageGap,
  checkParameterHistories,
  getParameter,
  type HistoryProblem,
  listParameters,
  ParameterCoverageError,
  parameterDefinition,
  UnknownParameterError,
} from './law/lookup.js';
export { PARAMETERS, type ParameterKey } from './law/parameters/index.js';
export type {
  BuyerCoverage,
  BuyerScope,
  Confidence,
  DateBasis,
  DatedValue,
  LegalSource,
  ParameterDefinition,
  ParameterKind,
  ParameterUnit,
  ParameterUse,
  ParameterValue,
} from './law/types.js';
export { addDays, addMonths, type CalendarDate, calendarDate, isCalendarDate } from './model/calendar-date.js';
export type {
  Advance,
  Award,
  AwardCriterionKind,
  Buyer,
  BuyerKind,
  Contract,
  ContractDates,
  ContractInput,
  ContractKind,
  EnvironmentalConsiderations,
  GlobalContract,
  Holder,
  InsertionClause,
  Loosen,
  Lots,
  Materials,
  Nature,
  PreviousEssAward,
  PriceTerms,
  PriceType,
  Procedure,
  Provenance,
  Reservation,
  ReservationBasis,
  SmallLot,
  SocialConsiderations,
  SocialDispensation,
  SocialDispensationGround,
  StructureType,
} from './model/contract.js';
export {
  AWARD_CRITERION_KINDS,
  BUYER_KINDS,
  CONTRACT_KINDS,
  ContractSchema,
  GLOBAL_CONTRACTS,
  NATURES,
  PRICE_TYPES,
  PROCEDURES,
  PROVENANCES,
  RESERVATION_BASES,
  SOCIAL_DISPENSATION_GROUNDS,
  STRUCTURE_TYPES,
} from './model/contract-schema.js';
export {
  ELIGIBLE_PUBLICS,
  type EligiblePublic,
  INSERTION_PUBLICS,
  type InsertionPublic,
  isEligiblePublic,
  NOT_COUNTED_PUBLICS,
  type NotCountedPublic,
} from './model/insertion-publics.js';
export { contractJsonSchema } from './model/json-schema.js';
export type { Locale, Localized } from './model/localized.js';
export {
  compareMoney,
  formatEuros,
  MONEY_MAX,
  MONEY_MAX_INTEGER_DIGITS,
  MONEY_TEXT_MAX_LENGTH,
  type Money,
  type MoneyError,
  type MoneyParse,
  parseMoney,
} from './model/money.js';
export {
  assertContract,
  ContractValidationError,
  type InputProblem,
  type ParseResult,
  parseContract,
  toInputProblem,
} from './model/validation.js';
export {
  DEFECT_SAMPLE_LIMIT,
  type DefectCount,
  type FileTally,
} from './portfolio/data-quality.js';
export {
  type Digest,
  DigestLog,
  DUPLICATE_SAMPLE_LIMIT,
  type DuplicateSample,
  SHARED_ID_SAMPLE_LIMIT,
  type SharedIdSample,
  type SharedIds,
} from './portfolio/duplicates.js';
export { type ExactSum, sumToMoney } from './portfolio/exact-sum.js';
export {
  compareGroups,
  GROUP_DIMENSIONS,
  type GroupDimension,
  type GroupKey,
  groupOf,
  parseGroupDimensions,
  UNKNOWN_GROUP,
} from './portfolio/grouping.js';
export {
  INDICATOR_IDS,
  INDICATORS,
  type IndicatorDefinition,
  type IndicatorId,
  type IndicatorOptions,
  type IndicatorVerdict,
  indicatorDefinition,
  MissingFindingError,
} from './portfolio/indicators.js';
export { RecordTallier, type RecordTallierOptions } from './portfolio/record-tallier.js';
export { OTHER_REASONS, type RuleCounts, UNKNOWN_REASON_KINDS } from './portfolio/rule-counts.js';
export {
  type DefectResult,
  type FileQuality,
  type IndicatorResult,
  type ParameterInUse,
  type PortfolioSummary,
  type RecordsAccount,
  type RuleResult,
  type SummaryOptions,
  summarisePortfolio,
  UNKNOWN_REASON_LIMIT,
} from './portfolio/summary.js';
export {
  addDuplicate,
  addProblems,
  addRejection,
  addToTally,
  createTally,
  type DataQualityProblem,
  type GroupTally,
  type IndicatorCounts,
  mergeTallies,
  type PortfolioTally,
  PROBLEM_SAMPLE_LIMIT,
  REJECTION_SAMPLE_LIMIT,
  type RecordProblems,
  type Rejection,
  TallyMismatchError,
  type TallyOptions,
} from './portfolio/tally.js';
export {
  mergeTallyFiles,
  TALLY_FILE_FORMAT,
  TALLY_FILE_VERSION,
  type TallyFile,
  TallyFileError,
  type TallyInput,
  type TallyMeta,
  tallyFromJson,
  tallyToJson,
} from './portfolio/tally-file.js';
export {
  ARMEES_5TH_DIRECTIVE,
  assessTarget,
  findTarget,
  type OwnTarget,
  type OwnTargets,
  type OwnTargetsInput,
  OwnTargetsSchema,
  PNAD_2022_2025,
  parseOwnTargets,
  TARGET_REGIMES,
  type TargetKind,
  type TargetOutcome,
  type TargetRegime,
  type TargetsProblem,
  type YearTarget,
} from './portfolio/targets.js';
export { clausierReader } from './readers/clausier.js';
export {
  checkDecpCsvColumns,
  type DecpCsvRow,
  decpCsvReader,
  decpCsvRowToRecord,
  NotDecpCsvError,
  readListCell,
} from './readers/csv/decp-csv.js';
export { decpV1Reader } from './readers/decp-v1.js';
export { decpV2Reader } from './readers/decp-v2.js';
export { EFORMS_ROOTS, type EformsNotice, type EformsReadResult, readEformsNotice } from './readers/eforms/index.js';
export { READERS, readerFor } from './readers/index.js';
export { ocdsReader } from './readers/ocds.js';
export {
  READ_PROBLEM_CODES,
  type ReadProblemAction,
  type ReadProblemCode,
  type ReadProblemCodeInfo,
} from './readers/problem-codes.js';
export {
  type MappedRecord,
  mapRecord,
  mapRecordBatches,
  mapRecords,
  type StreamedRecord,
  type StreamLayout,
  type StreamOptions,
  streamRecordBatches,
  streamRecords,
} from './readers/stream.js';
export type { InputFormat, ReadProblem, ReadResult, RecordReader } from './readers/types.js';
export { AGEC_SHIPPED_CATEGORIES, type AgecShippedCategory } from './regimes/agec.js';
export {
  type AgecRateCategory,
  type AgecRateEntry,
  type AgecRates,
  type AgecRateTable,
  type AgecYearRates,
  parseAgecRates,
} from './regimes/agec-rates.js';
export { evaluateRegimes, REGIMES, type RegimeOptions } from './regimes/evaluate.js';
export {
  type AgecLine,
  type CleanVehiclesLine,
  EGALIM_CATEGORIES,
  type EgalimCategory,
  type EgalimLine,
  type PurchaseLine,
  type PurchaseLineInput,
  parsePurchaseLines,
  purchaseLinesJsonSchema,
  REGIME_IDS,
  type RegimeId,
} from './regimes/purchase-lines.js';
export { MAX_PURCHASE_LINES, parsePurchaseLinesCsv } from './regimes/read-csv.js';
export type {
  MinimumSource,
  RegimeInfo,
  RegimeMeasure,
  RegimeReport,
  RegimeResult,
  RegimeSummary,
} from './regimes/types.js';
export { valueForYear, type YearlyValue } from './regimes/yearly-value.js';
export { portfolioHtml } from './report/html.js';
export { portfolioMarkdown, type ReportOptions } from './report/markdown.js';
export { regimesMarkdown } from './report/regimes-markdown.js';
export { spaserMarkdown } from './report/spaser-markdown.js';
export { findRule, RULES } from './rules/catalogue.js';
export {
  checkSupplierEligibility,
  type EligibilityReason,
  type EligibilityResult,
  type SupplierEligibilityQuery,
  type SupplierProfile,
} from './rules/reserved/eligibility.js';
export type {
  Applicability,
  FindingNote,
  Outcome,
  Rule,
  RuleContext,
  RuleDateBasis,
  RuleExample,
  RuleFamily,
  RuleKind,
  RuleScope,
  Status,
  UnknownReason,
} from './rules/rule.js';
export { type EuThresholdChoice, euThresholdFor } from './rules/social/eu-threshold.js';
