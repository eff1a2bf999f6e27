import type { Evaluation, Finding } from '../engine/evaluate.js';
import type { RuleKind } from '../rules/rule.js';
import { addCount, mergeCounts } from './samples.js';

/** How many verdicts of each status one rule gave over a portfolio, and why it could not conclude. */
export interface RuleCounts {
  /** Legal duty (`law`) or buyers' indicator (`indicator`). */
  readonly kind: RuleKind;
  /** Contracts that meet the rule. */
  pass: number;
  /** Contracts that do not. */
  fail: number;
  /** Contracts the rule does not apply to. */
  notApplicable: number;
  /** Contracts whose data could not settle the verdict. */
  unknown: number;
  /**
   * Reasons of the `unknown` verdicts and how many times each was given: the missing fields (`dates.notification`,
   * several joined by `, `), or the English message when no field is named. At most {@link UNKNOWN_REASON_KINDS}
   * distinct reasons per rule; the others are counted under {@link OTHER_REASONS}.
   */
  readonly unknownReasons: Map<string, number>;
}

/** Distinct reasons of `unknown` kept per rule (the count of every `unknown` stays exact). */
export const UNKNOWN_REASON_KINDS = 100;

/** The key under which reasons beyond {@link UNKNOWN_REASON_KINDS} are counted. */
export const OTHER_REASONS = '(other reasons)';

/** The reason of one `unknown` finding: its missing fields, or its English message when it names none. */
export function unknownReason(f: Finding): string {
  const m = f.missing;
  if (m.length === 1) return m[0] as string;
  if (m.length > 1) return m.join(', ');
  return f.message.en;
}

/** Counts the findings of one evaluation, in place. */
export function addRuleCounts(rules: Map<string, RuleCounts>, evaluation: Evaluation): void {
  const findings = evaluation.findings;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    let c = rules.get(f.rule);
    if (c === undefined) {
      c = { kind: f.kind, pass: 0, fail: 0, notApplicable: 0, unknown: 0, unknownReasons: new Map() };
      rules.set(f.rule, c);
    }
    switch (f.status) {
      case 'pass':
        c.pass++;
        break;
      case 'fail':
        c.fail++;
        break;
      case 'not-applicable':
        c.notApplicable++;
        break;
      default: {
        c.unknown++;
        const reason = unknownReason(f);
        const reasons = c.unknownReasons;
        if (reasons.has(reason) || reasons.size < UNKNOWN_REASON_KINDS) addCount(reasons, reason);
        else addCount(reasons, OTHER_REASONS);
      }
    }
  }
}

/** The sum of two rule-count maps, as a new map. */
export function mergeRuleCounts(a: ReadonlyMap<string, RuleCounts>, b: ReadonlyMap<string, RuleCounts>): Map<string, RuleCounts> {
  const out = new Map<string, RuleCounts>();
  for (const [id, x] of a) out.set(id, { ...x, unknownReasons: new Map(x.unknownReasons) });
  for (const [id, y] of b) {
    const x = out.get(id);
    if (!x) {
      out.set(id, { ...y, unknownReasons: new Map(y.unknownReasons) });
      continue;
    }
    const reasons = mergeCounts(x.unknownReasons, y.unknownReasons);
    // Keep the cap: the reasons beyond it (fewest first, then by text) join the "other" count.
    if (reasons.size > UNKNOWN_REASON_KINDS) {
      const named = [...reasons].filter(([k]) => k !== OTHER_REASONS).sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
      let other = reasons.get(OTHER_REASONS) ?? 0;
      for (const [, n] of named.slice(UNKNOWN_REASON_KINDS - 1)) other += n;
      reasons.clear();
      for (const [k, n] of named.slice(0, UNKNOWN_REASON_KINDS - 1)) reasons.set(k, n);
      reasons.set(OTHER_REASONS, other);
    }
    out.set(id, {
      kind: x.kind,
      pass: x.pass + y.pass,
      fail: x.fail + y.fail,
      notApplicable: x.notApplicable + y.notApplicable,
      unknown: x.unknown + y.unknown,
      unknownReasons: reasons,
    });
  }
  return out;
}
