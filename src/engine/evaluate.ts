import { getParameter, getParameterIfConstantUpTo, ParameterCoverageError } from '../law/lookup.js';
import type { ParameterKey } from '../law/parameters/index.js';
import type { LegalSource, ParameterUse, ParameterValue } from '../law/types.js';
import { type CalendarDate, isCalendarDate, todayUtc } from '../model/calendar-date.js';
import type { Contract } from '../model/contract-schema.js';
import type { Locale, Localized } from '../model/localized.js';
import { ContractValidationError, type InputProblem, parseContract } from '../model/validation.js';
import { findRule, RULES } from '../rules/catalogue.js';
import type { FindingNote, Outcome, Rule, RuleContext, RuleFamily, RuleKind, Status, UnknownReason } from '../rules/rule.js';

/** The date a finding's parameters were looked up at, and how it was found. */
export interface ReferenceDate {
  /** The basis the rule names. */
  readonly basis: Rule['dateBasis'];
  /** The date used. */
  readonly date: string;
  /**
   * Set when the basis date was missing and the parameters were the same at every date up to a later known date
   * (e.g. launch date missing, values constant up to the notification date): the field that bounded it.
   */
  readonly boundedBy?: string;
}

/** The verdict of one rule on one contract. */
export interface Finding {
  /** The rule's id. */
  readonly rule: string;
  /** The rule's family. */
  readonly family: RuleFamily;
  /** Legal duty or buyers' indicator. */
  readonly kind: RuleKind;
  /** The verdict. */
  readonly status: Status;
  /** The articles applied. */
  readonly legalBasis: readonly LegalSource[];
  /** The parameter values used, by key, with their period, confidence and sources. */
  readonly parameters: Readonly<Record<string, ParameterUse>>;
  /** When `status` is `unknown`: the contract fields whose absence (or ambiguity) prevented a verdict (dotted paths). */
  readonly missing: readonly string[];
  /** When `status` is `unknown`: why, as a code a portfolio can count; `undefined` for the other statuses. */
  readonly reason: UnknownReason | undefined;
  /**
   * Contradictions between fields (with the precedence applied) and values inferred from other data, behind the verdict;
   * empty most of the time.
   */
  readonly notes: readonly FindingNote[];
  /** Explanation, in French and English. */
  readonly message: Localized;
  /** The explanation in the requested locale. */
  readonly text: string;
  /** The date the parameters were looked up at; `undefined` when the rule needed no parameter. */
  readonly referenceDate: ReferenceDate | undefined;
}

/** Count of findings per status. */
export interface Summary {
  /** Rules passed. */
  readonly pass: number;
  /** Rules failed. */
  readonly fail: number;
  /** Rules that do not apply. */
  readonly notApplicable: number;
  /** Rules that could not conclude for missing data. */
  readonly unknown: number;
}

/** The evaluation of one contract. */
export interface Evaluation {
  /** The contract's id. */
  readonly contract: string;
  /** The evaluation date. */
  readonly asOf: string;
  /** One finding per rule evaluated, in rule order. */
  readonly findings: readonly Finding[];
  /** Counts per status. */
  readonly summary: Summary;
}

/** Options of {@link evaluateContract}. */
export interface EvaluateOptions {
  /** Evaluation date `YYYY-MM-DD`, for rules whose basis is the evaluation date. Default: today's UTC date. */
  readonly asOf?: string;
  /** The rules to run: shipped rule ids or custom {@link Rule} objects. Default: every shipped rule. */
  readonly rules?: ReadonlyArray<string | Rule>;
  /** Language of each finding's `text`. Default `fr`. Both languages are always in `message`. */
  readonly locale?: Locale;
}

/** Thrown for a wrong option (unknown rule id, malformed `asOf`): a programming error, not bad data. */
export class EvaluateOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvaluateOptionsError';
  }
}

/** Options resolved once, reusable over many contracts (see {@link prepareEvaluation}). */
export interface PreparedEvaluation {
  /** Evaluates a contract that has already been validated. */
  (contract: Contract): Evaluation;
  /** The rules it runs. */
  readonly rules: readonly Rule[];
}

// Thrown inside a rule's context when its reference date is missing; caught by the engine.
class MissingReferenceDate {
  constructor(readonly field: string) {}
}

const DATE_FIELD = { launch: 'dates.consultationLaunch', notification: 'dates.notification' } as const;

/** Resolves the rules and options once; the returned function evaluates validated contracts. */
export function prepareEvaluation(options: EvaluateOptions = {}): PreparedEvaluation {
  const asOf = options.asOf ?? todayUtc();
  if (!isCalendarDate(asOf)) throw new EvaluateOptionsError(`asOf must be a YYYY-MM-DD calendar date, got ${JSON.stringify(asOf)}`);
  const locale: Locale = options.locale ?? 'fr';
  if (locale !== 'fr' && locale !== 'en') throw new EvaluateOptionsError(`locale must be "fr" or "en", got ${JSON.stringify(locale)}`);
  const rules = (options.rules ?? RULES).map((r) => {
    if (typeof r !== 'string') return r;
    const found = findRule(r);
    if (!found) throw new EvaluateOptionsError(`Unknown rule id: ${r}`);
    return found;
  });
  const scopes = rules.map(compileScope);
  const ctx = new RuleRun(asOf);
  const run = (contract: Contract): Evaluation => {
    const findings: Finding[] = [];
    let nPass = 0;
    let nFail = 0;
    let nNa = 0;
    let nUnknown = 0;
    ctx.startContract();
    for (let i = 0; i < rules.length; i++) {
      const f = ctx.evaluate(rules[i] as Rule, scopes[i] as CompiledScope, contract, locale);
      findings.push(f);
      if (f.status === 'pass') nPass++;
      else if (f.status === 'fail') nFail++;
      else if (f.status === 'not-applicable') nNa++;
      else nUnknown++;
    }
    return { contract: contract.id, asOf, findings, summary: { pass: nPass, fail: nFail, notApplicable: nNa, unknown: nUnknown } };
  };
  return Object.assign(run, { rules });
}

const NO_PARAMETERS: Readonly<Record<string, ParameterUse>> = Object.freeze({});

// One frozen record per parameter use (uses are themselves shared, one per dated value): findings that used a single
// parameter share it.
const singleUseRecords = new Map<ParameterUse, Readonly<Record<string, ParameterUse>>>();
function singleUseRecord(use: ParameterUse): Readonly<Record<string, ParameterUse>> {
  let record = singleUseRecords.get(use);
  if (record === undefined) {
    record = Object.freeze({ [use.key]: use });
    singleUseRecords.set(use, record);
  }
  return record;
}

// One mutable context per prepared evaluation, reset for each rule: evaluation is synchronous, so a single
// object serves every rule of every contract and the hot path allocates only what a finding keeps.
class RuleRun implements RuleContext {
  rule!: Rule;
  contract!: Contract;
  reference: ReferenceDate | undefined;
  // The parameters the current rule used, in order of first use. Most rules use one: it is kept in two fields, and its
  // finding gets a shared frozen record, instead of a record grown key by key for every finding (slow keyed stores).
  private firstKey: string | undefined;
  private firstUse: ParameterUse | undefined;
  private moreUses: Record<string, ParameterUse> | undefined;
  /** Reset for each contract by {@link RuleRun.startContract}. */
  private boundKnown = false;
  /** The launch date's bound for the current contract, as the reference date its findings name. */
  private bound: ReferenceDate | undefined;
  constructor(readonly asOf: CalendarDate) {}

  startContract(): void {
    this.boundKnown = false;
  }

  param(key: ParameterKey): ParameterValue {
    if (this.firstKey === key) return (this.firstUse as ParameterUse).value;
    const known = this.moreUses?.[key];
    if (known !== undefined) return known.value;
    const use = this.resolve(key);
    if (this.firstKey === undefined) {
      this.firstKey = key;
      this.firstUse = use;
    } else {
      this.moreUses ??= {};
      this.moreUses[key] = use;
    }
    return use.value;
  }

  /** The parameters used by the current rule, as the finding's (frozen) record. */
  private usedRecord(): Readonly<Record<string, ParameterUse>> {
    const first = this.firstUse;
    if (this.firstKey === undefined || first === undefined) return NO_PARAMETERS;
    if (this.moreUses === undefined) return singleUseRecord(first);
    return Object.freeze({ [this.firstKey]: first, ...this.moreUses });
  }

  private resolve(key: ParameterKey): ParameterUse {
    const basis = this.rule.dateBasis;
    if (basis === 'as-of') {
      this.reference = AS_OF_DATES.get(this.asOf);
      return getParameter(key, this.asOf);
    }
    const dates = this.contract.dates;
    const exact = basis === 'launch' ? dates?.consultationLaunch : dates?.notification;
    if (exact !== undefined) {
      this.reference = (basis === 'launch' ? LAUNCH_DATES : NOTIFICATION_DATES).get(exact);
      return getParameter(key, exact);
    }
    if (basis === 'launch' && dates) {
      // The launch precedes every other date of the contract: if the value is the same at every date up to
      // the earliest known later date, it is the value at the (unknown) launch date too.
      // Computed once per contract (every launch-based rule asks when the launch date is missing).
      if (!this.boundKnown) {
        this.boundKnown = true;
        this.bound = earliestLater(dates);
      }
      const bound = this.bound;
      if (bound) {
        const use = getParameterIfConstantUpTo(key, bound.date);
        if (use) {
          this.reference = bound;
          return use;
        }
      }
    }
    throw new MissingReferenceDate(DATE_FIELD[basis]);
  }

  evaluate(rule: Rule, scope: CompiledScope, contract: Contract, locale: Locale): Finding {
    this.rule = rule;
    this.contract = contract;
    this.firstKey = undefined;
    this.firstUse = undefined;
    this.moreUses = undefined;
    this.reference = undefined;
    let outcome: Outcome;
    try {
      const outOfScope = contract.kind === 'concession' ? scope.concession : scope.contract;
      const buyers = scope.buyers;
      if (outOfScope !== undefined) outcome = outOfScope;
      else if (buyers === undefined) {
        const applicability = rule.applies(contract, this);
        outcome = applicability === true ? rule.check(contract, this) : applicability;
      } else outcome = this.withinBuyerScope(rule, buyers, contract);
    } catch (e) {
      if (e instanceof MissingReferenceDate) outcome = { status: 'unknown', missing: [e.field] };
      else if (e instanceof ParameterCoverageError) outcome = coverageOutcome(e);
      else throw e;
    }
    return toFinding(rule, outcome, this.usedRecord(), this.reference, locale);
  }

  /**
   * A rule whose article binds only some buyers: a buyer outside gets the scope's `not-applicable`; a bound one the
   * rule's verdict. When the buyer kind does not say (or is missing), the rule still runs: `not-applicable` or `pass`
   * hold whichever way the scope falls; anything else is `unknown`, naming `buyer.kind`.
   */
  private withinBuyerScope(rule: Rule, buyers: CompiledBuyerScope, contract: Contract): Outcome {
    const kind = contract.buyer?.kind;
    const coverage = kind === undefined ? undefined : buyers.byKind.get(kind);
    if (coverage !== undefined && coverage !== true && coverage.status === 'not-applicable') return coverage;
    const applicability = rule.applies(contract, this);
    const outcome = applicability === true ? rule.check(contract, this) : applicability;
    if (coverage === true || outcome.status === 'not-applicable' || outcome.status === 'pass') return outcome;
    const undetermined = coverage === undefined ? buyers.missingKind : coverage;
    if (outcome.status !== 'unknown' || outcome.missing.length === 0) return undetermined;
    const missing = outcome.missing.includes(BUYER_KIND) ? outcome.missing : [BUYER_KIND, ...outcome.missing];
    return coverage === undefined
      ? { status: 'unknown', missing }
      : { status: 'unknown', missing, message: undetermined.message, reason: 'ambiguous-data' };
  }
}

const BUYER_KIND = 'buyer.kind';

/** A rule's scope as the engine applies it: the outcome for each contract kind out of scope, the buyers' outcomes. */
interface CompiledScope {
  /** The outcome of a marché when the rule binds concessions only. */
  readonly contract: Outcome | undefined;
  /** The outcome of a concession when the rule binds marchés only. */
  readonly concession: Outcome | undefined;
  /** `undefined` when the rule binds every buyer. */
  readonly buyers: CompiledBuyerScope | undefined;
}

interface CompiledBuyerScope {
  /** Per buyer kind: `true` when bound, else the outcome (`not-applicable`, or `unknown` for an undetermined kind). */
  readonly byKind: ReadonlyMap<string, true | Outcome>;
  /** The outcome when the buyer kind is missing. */
  readonly missingKind: Outcome;
}

const MARCHES_ONLY: Outcome = Object.freeze({
  status: 'not-applicable',
  message: Object.freeze({
    fr: 'Règle propre aux marchés publics : les concessions ne sont pas concernées.',
    en: 'Rule specific to public contracts (marchés): concessions are not concerned.',
  }),
});
const CONCESSIONS_ONLY: Outcome = Object.freeze({
  status: 'not-applicable',
  message: Object.freeze({
    fr: 'Règle propre aux contrats de concession : les marchés publics ne sont pas concernés.',
    en: 'Rule specific to concession contracts: public contracts (marchés) are not concerned.',
  }),
});
const NO_SCOPE: CompiledScope = Object.freeze({ contract: undefined, concession: undefined, buyers: undefined });

// Built once per prepared evaluation: the hot path reads prebuilt outcomes, it allocates none.
function compileScope(rule: Rule): CompiledScope {
  const scope = rule.scope;
  if (scope === undefined) return NO_SCOPE;
  const contract = scope.contracts.includes('contract') ? undefined : CONCESSIONS_ONLY;
  const concession = scope.contracts.includes('concession') ? undefined : MARCHES_ONLY;
  if (scope.buyers === 'all')
    return contract === undefined && concession === undefined ? NO_SCOPE : { contract, concession, buyers: undefined };
  const byKind = new Map<string, true | Outcome>();
  for (const [kind, coverage] of Object.entries(scope.buyers.kinds)) {
    if (coverage.bound === true) byKind.set(kind, true);
    else if (coverage.bound === false) byKind.set(kind, Object.freeze({ status: 'not-applicable', message: coverage.reason }));
    else {
      byKind.set(
        kind,
        Object.freeze({ status: 'unknown', missing: Object.freeze([BUYER_KIND]), message: coverage.reason, reason: 'ambiguous-data' }),
      );
    }
  }
  const missingKind: Outcome = Object.freeze({
    status: 'unknown',
    missing: Object.freeze([BUYER_KIND]),
    message: Object.freeze({
      fr: `Type d’acheteur manquant (buyer.kind) : la règle ne vise que certains acheteurs (${scope.buyers.summary.fr}).`,
      en: `Buyer kind missing (buyer.kind): the rule binds only some buyers (${scope.buyers.summary.en}).`,
    }),
  });
  return { contract, concession, buyers: { byKind, missingKind } };
}

// Reference dates are shared between findings (they are never mutated): one object per basis and date. The rules of
// a contract ask for the same date again and again, so each basis checks its last answer before its map; one object
// per basis rather than a record keyed by the basis (a keyed load with changing keys costs more than the lookup).
class ReferenceDates {
  private readonly byDate = new Map<string, ReferenceDate>();
  private last: ReferenceDate | undefined;
  constructor(private readonly basis: ReferenceDate['basis']) {}

  get(date: string): ReferenceDate {
    const last = this.last;
    if (last !== undefined && last.date === date) return last;
    let r = this.byDate.get(date);
    if (r === undefined) {
      if (this.byDate.size > 50_000) this.byDate.clear();
      r = Object.freeze({ basis: this.basis, date });
      this.byDate.set(date, r);
    }
    this.last = r;
    return r;
  }
}
const LAUNCH_DATES = new ReferenceDates('launch');
const NOTIFICATION_DATES = new ReferenceDates('notification');
const AS_OF_DATES = new ReferenceDates('as-of');

// The earliest of the dates that follow the launch (first listed wins a tie), as a launch reference bounded by it.
// Written out field by field: it runs for every contract without a launch date, i.e. every DECP record.
function earliestLater(dates: NonNullable<Contract['dates']>): ReferenceDate | undefined {
  let field: string | undefined;
  let date: string | undefined;
  if (dates.priceEstablished !== undefined) {
    field = 'dates.priceEstablished';
    date = dates.priceEstablished;
  }
  if (dates.notification !== undefined && (date === undefined || dates.notification < date)) {
    field = 'dates.notification';
    date = dates.notification;
  }
  if (dates.executionStart !== undefined && (date === undefined || dates.executionStart < date)) {
    field = 'dates.executionStart';
    date = dates.executionStart;
  }
  return field === undefined || date === undefined ? undefined : Object.freeze({ basis: 'launch', date, boundedBy: field });
}

function coverageOutcome(e: ParameterCoverageError): Outcome {
  if (e.reason === 'not-yet-published') {
    return {
      status: 'unknown',
      missing: [],
      reason: 'not-yet-published',
      message: {
        fr: `Le paramètre ${e.key} n’est pas encore publié pour le ${e.date} (sa dernière période publiée s’achève le ${e.coveredTo}) : pas de verdict.`,
        en: `Parameter ${e.key} is not yet published for ${e.date} (its last published period ends on ${e.coveredTo}): no verdict.`,
      },
    };
  }
  return {
    status: 'unknown',
    missing: [],
    reason: 'before-history',
    message: {
      fr: `Le paramètre ${e.key} n’est pas connu au ${e.date}, avant le début de son historique (${e.coveredFrom}) : pas de verdict.`,
      en: `Parameter ${e.key} is not known at ${e.date}, before its history starts (${e.coveredFrom}): no verdict.`,
    },
  };
}

function toFinding(
  rule: Rule,
  outcome: Outcome,
  used: Readonly<Record<string, ParameterUse>>,
  reference: ReferenceDate | undefined,
  locale: Locale,
): Finding {
  const unknown = outcome.status === 'unknown';
  const missing = unknown ? outcome.missing : NONE_MISSING;
  const message = outcome.message ?? missingMessage(missing);
  return {
    rule: rule.id,
    family: rule.family,
    kind: rule.kind,
    status: outcome.status,
    legalBasis: rule.legalBasis,
    parameters: used,
    missing,
    reason: unknown ? (outcome.reason ?? 'missing-data') : undefined,
    notes: outcome.notes ?? NO_NOTES,
    message,
    text: message[locale],
    referenceDate: reference,
  };
}

const NONE_MISSING: readonly string[] = Object.freeze([]);
const NO_NOTES: readonly FindingNote[] = Object.freeze([]);

// Unknown findings repeat the same few field lists: their messages are built once per list.
const missingMessages = new Map<string, Localized>();
function missingMessage(missing: readonly string[]): Localized {
  // Most unknown findings name a single field: use it as the key without joining a new string.
  const list = missing.length === 1 ? (missing[0] as string) : missing.join(', ');
  let m = missingMessages.get(list);
  if (m === undefined) {
    if (missingMessages.size > 10_000) missingMessages.clear();
    m = Object.freeze({ fr: `Données manquantes pour conclure : ${list}.`, en: `Missing data to conclude: ${list}.` });
    missingMessages.set(list, m);
  }
  return m;
}

/**
 * Validates a contract (any JSON value) and evaluates every rule (or the chosen ones) on it.
 *
 * @throws ContractValidationError when the input is not a valid contract; its `problems` list every fault with its JSON path.
 * @throws EvaluateOptionsError on a wrong option.
 *
 * @example
 * ```ts
 * const { findings, summary } = evaluateContract(contract, { locale: 'en' });
 * for (const f of findings) console.log(f.rule, f.status, f.text);
 * ```
 */
export function evaluateContract(input: unknown, options: EvaluateOptions = {}): Evaluation {
  const prepared = prepareEvaluation(options);
  const parsed = parseContract(input);
  if (!parsed.ok) throw new ContractValidationError(parsed.problems);
  return prepared(parsed.value);
}

/** Result of {@link safeEvaluateContract}. */
export type SafeEvaluation =
  | {
      /** The contract was valid. */
      readonly ok: true;
      /** Its evaluation. */
      readonly evaluation: Evaluation;
    }
  | {
      /** The contract was invalid. */
      readonly ok: false;
      /** Every problem, with its JSON path. */
      readonly problems: readonly InputProblem[];
    };

/**
 * Like {@link evaluateContract}, but returns the validation problems instead of throwing them.
 * @throws EvaluateOptionsError on a wrong option (a programming error).
 */
export function safeEvaluateContract(input: unknown, options: EvaluateOptions = {}): SafeEvaluation {
  const prepared = prepareEvaluation(options);
  const parsed = parseContract(input);
  return parsed.ok ? { ok: true, evaluation: prepared(parsed.value) } : { ok: false, problems: parsed.problems };
}
