import { findValue, parameterDefinition } from '../law/lookup.js';
import type { Confidence, LegalSource, ParameterValue } from '../law/types.js';
import type { Localized } from '../model/localized.js';
import type { Money } from '../model/money.js';
import { RULES } from '../rules/catalogue.js';
import { addSums, sumRatio, sumToMoney, ZERO_SUM } from './exact-sum.js';
import { compareGroups, type GroupDimension, type GroupKey } from './grouping.js';
import { INDICATORS, type IndicatorId } from './indicators.js';
import type { IndicatorCounts, PortfolioTally, RecordProblems, Rejection } from './tally.js';
import { assessTarget, findTarget, type TargetKind, type TargetRegime } from './targets.js';

/** Every record accounted for: `total = evaluated + rejected`. */
export interface RecordsAccount {
  /** Records read. */
  readonly total: number;
  /** Records mapped to a contract and evaluated. */
  readonly evaluated: number;
  /** Records rejected. */
  readonly rejected: number;
  /** Each rejection with the record's index and the reason, by index. */
  readonly rejections: readonly Rejection[];
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
  /** Whether the target is met; `null` without a target or when it cannot be told. */
  readonly met: boolean | null;
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
    /** The first records with problems (at most 1000), by index. */
    readonly samples: readonly RecordProblems[];
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
  const rejected = tally.rejections.length;
  const period =
    tally.firstNotification !== undefined && tally.lastNotification !== undefined
      ? { from: tally.firstNotification, to: tally.lastNotification }
      : null;
  const { targets: _targets, ...regimeInfo } = regime ?? { targets: [] };
  return {
    records: { total: tally.evaluated + rejected, evaluated: tally.evaluated, rejected, rejections: tally.rejections },
    indicators,
    by: tally.by,
    period,
    targets: regime ? (regimeInfo as Omit<TargetRegime, 'targets'>) : null,
    considerationMinAmount: tally.options.considerationMinAmount ?? null,
    parameters: INDICATOR_PARAMETERS.map((key) => parameterInUse(key, period)),
    legalRules: RULES.filter((r) => r.kind === 'law').map((r) => r.id),
    dataQuality: {
      records: tally.problemRecords,
      byPath: [...tally.problemsByPath]
        .map(([path, count]) => ({ path, count }))
        .sort((a, b) => b.count - a.count || (a.path < b.path ? -1 : 1)),
      samples: tally.problemSamples,
    },
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
  if (!target) return { ...base, target: null, targetKind: null, gap: null, met: null };
  const o = assessTarget(target, { rate, numerator: c.yes, numeratorAmount });
  return { ...base, target: target.min, targetKind: target.kind, gap: o.gap, met: o.met };
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
