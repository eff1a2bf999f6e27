import { findValue, parameterDefinition } from '../law/lookup.js';
import type { Confidence, LegalSource, ParameterValue } from '../law/types.js';
import type { Localized } from '../model/localized.js';
import type { Money } from '../model/money.js';
import { RULES } from '../rules/catalogue.js';
import type { RuleKind } from '../rules/rule.js';
import type { DefectCount, FileTally } from './data-quality.js';
import type { DuplicateSample, SharedIds } from './duplicates.js';
import { addSums, sumRatio, sumToMoney, ZERO_SUM } from './exact-sum.js';
import { compareGroups, type GroupDimension, type GroupKey } from './grouping.js';
import { INDICATORS, type IndicatorId } from './indicators.js';
import type { RuleCounts } from './rule-counts.js';
import { sortedCounts } from './samples.js';
import type { IndicatorCounts, PortfolioTally, RecordProblems, Rejection } from './tally.js';
import { assessTarget, findTarget, type TargetKind, type TargetRegime } from './targets.js';

/** Every record accounted for: `total = evaluated + rejected + duplicates`. */
export interface RecordsAccount {
  /** Records read. */
  readonly total: number;
  /** Records mapped to a contract and evaluated. */
  readonly evaluated: number;
  /** Records rejected. */
  readonly rejected: number;
  /** Records dropped as exact duplicates of an earlier record of the same file. */
  readonly duplicates: number;
  /**
   * The first rejections (at most {@link REJECTION_SAMPLE_LIMIT}), each with its file, index and reason, by file and
   * index; `rejected` counts them all (the CLI's `--rejections-out` writes them all).
   */
  readonly rejections: readonly Rejection[];
}

/** The verdicts of one rule over the portfolio: which duty fails, not only whether one does. */
export interface RuleResult {
  /** The rule's id. */
  readonly rule: string;
  /** Legal duty (`law`) or buyers' indicator (`indicator`). */
  readonly kind: RuleKind;
  /** Contracts that meet it. */
  readonly pass: number;
  /** Contracts that do not. */
  readonly fail: number;
  /** Contracts it does not apply to. */
  readonly notApplicable: number;
  /** Contracts whose data could not settle it. */
  readonly unknown: number;
  /** The most frequent reasons of `unknown` (missing fields, or the message), at most {@link UNKNOWN_REASON_LIMIT}. */
  readonly unknownReasons: ReadonlyArray<{
    /** The missing fields (`dates.notification`, several joined by `, `), or the English message. */
    readonly reason: string;
    /** How many contracts. */
    readonly count: number;
  }>;
}

/** Reasons of `unknown` listed per rule in the summary. */
export const UNKNOWN_REASON_LIMIT = 5;

/** One defect class (or rejection class) of one input file. */
export interface DefectResult {
  /** The class: the reader's code, or the JSON path of the faulty value; for rejections, the reason's first words. */
  readonly class: string;
  /** Problems (or rejections) of this class. */
  readonly count: number;
  /** Records concerned. */
  readonly records: number;
  /** Indexes of the first records concerned, at most {@link DEFECT_SAMPLE_LIMIT}. */
  readonly samples: readonly number[];
}

/** The records and data quality of one input file. */
export interface FileQuality {
  /** The file's name as given, `null` for a single unnamed input. */
  readonly file: string | null;
  /** Records read: `evaluated + rejected + duplicates`. */
  readonly records: number;
  /** Records evaluated. */
  readonly evaluated: number;
  /** Records rejected. */
  readonly rejected: number;
  /** Records dropped as exact duplicates. */
  readonly duplicates: number;
  /** Records with at least one data-quality problem. */
  readonly problemRecords: number;
  /** Defect classes, most frequent first. */
  readonly defects: readonly DefectResult[];
  /** Rejection classes, most frequent first. */
  readonly rejections: readonly DefectResult[];
  /** The first exact duplicates dropped: each with the index of the record it repeats. */
  readonly duplicateSamples: readonly DuplicateSample[];
  /** Identifiers carried by several records of the file. */
  readonly sharedIds: SharedIds;
}

/** One indicator in one group, with its target when the regime sets one for the group's year. */
export interface IndicatorResult {
  /** The indicator. */
  readonly id: IndicatorId;
  /** Its label, in French and English. */
  readonly label: Localized;
  /** The group (`{}` for the whole portfolio). */
  readonly group: GroupKey;
  /** Contracts in the numerator. */
  readonly numerator: number;
  /** Contracts whose status is known (numerator included). */
  readonly denominator: number;
  /** Contracts in scope whose status is unknown: counted on neither side. */
  readonly unknown: number;
  /** `numerator / denominator`; `null` when the denominator is 0. */
  readonly rate: number | null;
  /** Amount-weighted rate over the known contracts that have an amount; `null` when their amount is 0. */
  readonly amountRate: number | null;
  /** Exact sum of the numerator's amounts (€ HT). */
  readonly numeratorAmount: Money;
  /** Exact sum of the denominator's amounts (€ HT). */
  readonly denominatorAmount: Money;
  /** Known contracts without an amount, left out of {@link IndicatorResult.amountRate}. */
  readonly amountMissing: number;
  /** The target's minimum (a share for a rate, a count, or an amount), `null` without a target. */
  readonly target: number | string | null;
  /** What the target bounds, `null` without a target. */
  readonly targetKind: TargetKind | null;
  /** Achieved minus target, `null` without a target or when it cannot be told. */
  readonly gap: number | string | null;
  /** Whether the target is met; `null` without a target, when it cannot be told, or on the way to a later goal. */
  readonly met: boolean | null;
  /** The year the target is a goal for, when later than the group's year (the gap is the distance on the way); else `null`. */
  readonly goalYear: number | null;
}

/** A parameter an indicator uses, with its values over the period covered. */
export interface ParameterInUse {
  /** The parameter's key. */
  readonly key: string;
  /** What it is. */
  readonly label: Localized;
  /** Its values over the period (all of them when no notification date was seen). */
  readonly values: ReadonlyArray<{
    /** The value (amounts are decimal strings, exact). */
    readonly value: ParameterValue;
    /** First day the value applies (inclusive), `YYYY-MM-DD`. */
    readonly from: string;
    /** Last day the value applies (inclusive), `YYYY-MM-DD`; `null` while no end is known. */
    readonly to: string | null;
    /** Whether the value was read in the official text. */
    readonly confidence: Confidence;
    /** What a user should know: doubts, what to re-check, why this date. */
    readonly note?: string;
    /** The texts that set the value. */
    readonly sources: readonly LegalSource[];
  }>;
}

/** The compliance summary of a portfolio: what `clausier portfolio --json` prints and the reports show. */
export interface PortfolioSummary {
  /** Every record accounted for. */
  readonly records: RecordsAccount;
  /** One entry per group and indicator: the whole portfolio first, then each group in order. */
  readonly indicators: readonly IndicatorResult[];
  /** The grouping dimensions. */
  readonly by: readonly GroupDimension[];
  /** First and last notification dates seen, `null` when none. */
  readonly period: {
    /** First notification date seen (`YYYY-MM-DD`). */
    readonly from: string;
    /** Last notification date seen (`YYYY-MM-DD`). */
    readonly to: string;
  } | null;
  /** The target regime compared with, `null` when none. */
  readonly targets: Omit<TargetRegime, 'targets'> | null;
  /** The scope option of the consideration indicators. */
  readonly considerationMinAmount: Money | null;
  /** Parameters the indicators use, with their confidence. */
  readonly parameters: readonly ParameterInUse[];
  /** The legal rules a contract must not fail to count as compliant. */
  readonly legalRules: readonly string[];
  /** Verdicts per rule (shipped rules in catalogue order, then others by id), next to the legal-compliance rate. */
  readonly rules: readonly RuleResult[];
  /** Data-quality problems reported by the reader. */
  readonly dataQuality: {
    /** Records with at least one problem. */
    readonly records: number;
    /** Problems per JSON path, most frequent first. */
    readonly byPath: ReadonlyArray<{
      /** JSON path of the faulty value. */
      readonly path: string;
      /** Number of problems at this path. */
      readonly count: number;
    }>;
    /** The first records with problems (at most {@link PROBLEM_SAMPLE_LIMIT}), by file and index. */
    readonly samples: readonly RecordProblems[];
    /** Per input file (by name): records accounted for, defect classes, duplicates and shared identifiers. */
    readonly files: readonly FileQuality[];
  };
}

/** Options of {@link summarisePortfolio}. */
export interface SummaryOptions {
  /** The targets to compare with. */
  readonly targets?: TargetRegime;
}

const INDICATOR_PARAMETERS = ['indicator.priceVariation.minAmount', 'decp.threshold', 'decp.publicationDelay'] as const;

/** Computes rates, amount-weighted rates and target outcomes from a tally. Pure. */
export function summarisePortfolio(tally: PortfolioTally, options: SummaryOptions = {}): PortfolioSummary {
  const regime = options.targets;
  const groups = [...tally.groups.values()].sort((a, b) => compareGroups(a.key, b.key, tally.by));
  const indicators: IndicatorResult[] = [];
  const overall = INDICATORS.map((i) => total(groups.map((g) => g.counts[i.id])));
  INDICATORS.forEach((i, k) => {
    indicators.push(result(i.id, i.label, {}, overall[k] as IndicatorCounts, regime));
  });
  if (tally.by.length > 0) {
    for (const g of groups) for (const i of INDICATORS) indicators.push(result(i.id, i.label, g.key, g.counts[i.id], regime));
  }
  const rejected = tally.rejected;
  const period =
    tally.firstNotification !== undefined && tally.lastNotification !== undefined
      ? { from: tally.firstNotification, to: tally.lastNotification }
      : null;
  const { targets: _targets, ...regimeInfo } = regime ?? { targets: [] };
  return {
    records: {
      total: tally.evaluated + rejected + tally.duplicates,
      evaluated: tally.evaluated,
      rejected,
      duplicates: tally.duplicates,
      rejections: tally.rejections,
    },
    indicators,
    by: tally.by,
    period,
    targets: regime ? (regimeInfo as Omit<TargetRegime, 'targets'>) : null,
    considerationMinAmount: tally.options.considerationMinAmount ?? null,
    parameters: INDICATOR_PARAMETERS.map((key) => parameterInUse(key, period)),
    legalRules: RULES.filter((r) => r.kind === 'law').map((r) => r.id),
    rules: ruleResults(tally),
    dataQuality: {
      records: tally.problemRecords,
      byPath: [...tally.problemsByPath]
        .map(([path, count]) => ({ path, count }))
        .sort((a, b) => b.count - a.count || (a.path < b.path ? -1 : 1)),
      samples: tally.problemSamples,
      files: [...tally.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, f]) => fileQuality(name, f)),
    },
  };
}

const RULE_ORDER = new Map(RULES.map((r, i) => [r.id, i]));

function ruleResults(tally: PortfolioTally): RuleResult[] {
  const ids = [...tally.rules.keys()].sort((a, b) => {
    const x = RULE_ORDER.get(a) ?? Number.MAX_SAFE_INTEGER;
    const y = RULE_ORDER.get(b) ?? Number.MAX_SAFE_INTEGER;
    return x - y || (a < b ? -1 : a > b ? 1 : 0);
  });
  return ids.map((rule) => {
    const c = tally.rules.get(rule) as RuleCounts;
    return {
      rule,
      kind: c.kind,
      pass: c.pass,
      fail: c.fail,
      notApplicable: c.notApplicable,
      unknown: c.unknown,
      unknownReasons: sortedCounts(c.unknownReasons)
        .slice(0, UNKNOWN_REASON_LIMIT)
        .map(([reason, count]) => ({ reason, count })),
    };
  });
}

function defectResults(map: ReadonlyMap<string, DefectCount>): DefectResult[] {
  return [...map]
    .sort(([ka, a], [kb, b]) => b.count - a.count || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([k, d]) => ({ class: k, count: d.count, records: d.records, samples: d.samples }));
}

function fileQuality(name: string, f: FileTally): FileQuality {
  return {
    file: name === '' ? null : name,
    records: f.evaluated + f.rejected + f.duplicates,
    evaluated: f.evaluated,
    rejected: f.rejected,
    duplicates: f.duplicates,
    problemRecords: f.problemRecords,
    defects: defectResults(f.defects),
    rejections: defectResults(f.rejections),
    duplicateSamples: f.duplicateSamples,
    sharedIds: f.sharedIds,
  };
}

function total(list: readonly IndicatorCounts[]): IndicatorCounts {
  const out: IndicatorCounts = { yes: 0, no: 0, unknown: 0, yesAmount: ZERO_SUM, noAmount: ZERO_SUM, amountMissing: 0 };
  for (const c of list) {
    out.yes += c.yes;
    out.no += c.no;
    out.unknown += c.unknown;
    out.yesAmount = addSums(out.yesAmount, c.yesAmount);
    out.noAmount = addSums(out.noAmount, c.noAmount);
    out.amountMissing += c.amountMissing;
  }
  return out;
}

function result(id: IndicatorId, label: Localized, group: GroupKey, c: IndicatorCounts, regime: TargetRegime | undefined): IndicatorResult {
  const denominator = c.yes + c.no;
  const knownAmount = addSums(c.yesAmount, c.noAmount);
  const rate = denominator === 0 ? null : c.yes / denominator;
  const numeratorAmount = sumToMoney(c.yesAmount);
  const base = {
    id,
    label,
    group,
    numerator: c.yes,
    denominator,
    unknown: c.unknown,
    rate,
    amountRate: sumRatio(c.yesAmount, knownAmount),
    numeratorAmount,
    denominatorAmount: sumToMoney(knownAmount),
    amountMissing: c.amountMissing,
  };
  const target = regime && typeof group.year === 'number' ? findTarget(regime, id, group.year) : undefined;
  if (!target) return { ...base, target: null, targetKind: null, gap: null, met: null, goalYear: null };
  const o = assessTarget(target, { rate, numerator: c.yes, numeratorAmount });
  const goalYear = o.onTheWay ? (target.goalYear ?? null) : null;
  return { ...base, target: target.min, targetKind: target.kind, gap: o.gap, met: o.met, goalYear };
}

function parameterInUse(key: string, period: { from: string; to: string } | null): ParameterInUse {
  const p = parameterDefinition(key);
  const values = p.values.filter((v) => period === null || (v.from <= period.to && (v.to === null || v.to >= period.from)));
  const first = period ? findValue(p, period.from) : undefined;
  const list = values.length > 0 ? values : first ? [first] : p.values;
  return {
    key,
    label: p.label,
    values: list.map((v) => ({
      value: v.value,
      from: v.from,
      to: v.to,
      confidence: v.confidence,
      sources: v.sources,
      ...(v.note === undefined ? {} : { note: v.note }),
    })),
  };
}
