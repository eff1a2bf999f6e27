import { describe, expect, it } from 'vitest';
import { type Evaluation, evaluateContract, type Finding, OTHER_REASONS, type RuleCounts, UNKNOWN_REASON_KINDS } from '../../src/index.js';
import { addRuleCounts, mergeRuleCounts, unknownReason } from '../../src/portfolio/rule-counts.js';
import { contract } from '../support/portfolio.js';

const finding = (rule: string, status: Finding['status'], missing: string[] = [], en = 'no field'): Finding =>
  ({ rule, kind: 'law', status, missing, message: { fr: en, en } }) as unknown as Finding;
const evaluation = (findings: Finding[]) => ({ findings }) as unknown as Evaluation;

describe('verdicts per rule', () => {
  it('counts each status and the reasons of unknown: missing fields, else the message', () => {
    const rules = new Map<string, RuleCounts>();
    addRuleCounts(rules, evaluation([finding('r', 'pass'), finding('s', 'unknown', ['dates.notification'])]));
    addRuleCounts(rules, evaluation([finding('r', 'fail'), finding('s', 'unknown', ['amountExclTax', 'nature'])]));
    addRuleCounts(rules, evaluation([finding('r', 'not-applicable'), finding('s', 'unknown', [], 'not yet published')]));
    addRuleCounts(rules, evaluation([finding('r', 'unknown', ['dates.notification']), finding('s', 'unknown', ['dates.notification'])]));
    expect(rules.get('r')).toMatchObject({ pass: 1, fail: 1, notApplicable: 1, unknown: 1 });
    expect([...(rules.get('s')?.unknownReasons ?? [])]).toEqual([
      ['dates.notification', 2],
      ['amountExclTax, nature', 1],
      ['not yet published', 1],
    ]);
  });

  it('keeps at most UNKNOWN_REASON_KINDS reasons per rule, the rest counted as other, counts exact', () => {
    const rules = new Map<string, RuleCounts>();
    for (let i = 0; i < UNKNOWN_REASON_KINDS + 20; i++) addRuleCounts(rules, evaluation([finding('r', 'unknown', [`f${i}`])]));
    const c = rules.get('r') as RuleCounts;
    expect(c.unknown).toBe(UNKNOWN_REASON_KINDS + 20);
    expect(c.unknownReasons.size).toBe(UNKNOWN_REASON_KINDS + 1);
    expect(c.unknownReasons.get(OTHER_REASONS)).toBe(20);
    const merged = mergeRuleCounts(rules, rules).get('r') as RuleCounts;
    expect(merged.unknown).toBe(2 * (UNKNOWN_REASON_KINDS + 20));
    expect(merged.unknownReasons.size).toBe(UNKNOWN_REASON_KINDS);
    expect([...merged.unknownReasons.values()].reduce((a, b) => a + b, 0)).toBe(merged.unknown);
  });

  it('reads the missing fields of real findings', () => {
    const e = evaluateContract(contract({ id: 'x' }), { asOf: '2026-11-23' });
    const f = e.findings.find((x) => x.status === 'unknown' && x.missing.length > 0) as Finding;
    expect(unknownReason(f)).toBe(f.missing.join(', '));
  });
});
