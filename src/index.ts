/**
 * clausier — French responsible-public-procurement rules as tested, dated, cited code.
 *
 * @packageDocumentation
 */

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
export {
  checkParameterHistories,
  getParameter,
  type HistoryProblem,
  listParameters,
  ParameterCoverageError,
  parameterDefinition,
  UnknownParameterError,
} from './law/lookup.js';
export { PARAMETERS, type ParameterKey } from './law/parameters.js';
export type {
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
export {
  BUYER_KINDS,
  CONTRACT_KINDS,
  type Contract,
  type ContractInput,
  ContractSchema,
  NATURES,
  PRICE_TYPES,
  PROCEDURES,
  RESERVATION_BASES,
  STRUCTURE_TYPES,
} from './model/contract-schema.js';
export { contractJsonSchema } from './model/json-schema.js';
export type { Locale, Localized } from './model/localized.js';
export { compareMoney, type Money, type MoneyError, parseMoney } from './model/money.js';
export {
  assertContract,
  ContractValidationError,
  type InputProblem,
  type ParseResult,
  parseContract,
} from './model/validation.js';
export { clausierReader } from './readers/clausier.js';
export { decpV1Reader } from './readers/decp-v1.js';
export { decpV2Reader } from './readers/decp-v2.js';
export { READERS, readerFor } from './readers/index.js';
export { ocdsReader } from './readers/ocds.js';
export {
  type MappedRecord,
  mapRecords,
  type StreamedRecord,
  type StreamLayout,
  type StreamOptions,
  streamRecords,
} from './readers/stream.js';
export type { InputFormat, ReadProblem, ReadResult, RecordReader } from './readers/types.js';
export { findRule, RULES } from './rules/catalogue.js';
export type {
  Applicability,
  Outcome,
  Rule,
  RuleContext,
  RuleDateBasis,
  RuleExample,
  RuleFamily,
  RuleKind,
  Status,
} from './rules/rule.js';
