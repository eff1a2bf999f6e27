import { describe, expect, it } from 'vitest';
import { listParameters, RULES, typicalInsertionInputs } from '../../src/index.js';

// Parameters declared for the rules of issue 16 (procedure thresholds, free online documents, SPASER, DECP publication,
// renewable energy), which another engineer is writing now. Each must leave this list as soon as a rule reads it.
const AWAITING_ISSUE_16: readonly string[] = [
  'climat.renewableEnergy.envCriterion.mandatory',
  'decp.threshold',
  'dispense.innovative',
  'dispense.suppliesServices',
  'dispense.works',
  'freeOnlineDocuments.minAmount',
  'spaser.threshold',
];

describe('every declared parameter is used', () => {
  const byRules = new Set<string>(RULES.flatMap((r) => r.parameters));
  const byFunctions = new Set(Object.values(typicalInsertionInputs('2026-01-01')).map((use) => use.key));

  it('by a shipped rule or a function of the library (the insertion-hours calculator), or is removed', () => {
    const unused = listParameters()
      .map((p) => p.key)
      .filter((k) => !byRules.has(k) && !byFunctions.has(k) && !AWAITING_ISSUE_16.includes(k));
    expect(unused).toEqual([]);
  });

  it('keeps the list of parameters awaiting a rule honest: none of them is used yet, each exists', () => {
    const keys = new Set(listParameters().map((p) => p.key));
    for (const k of AWAITING_ISSUE_16) {
      expect(keys.has(k), k).toBe(true);
      expect(byRules.has(k) || byFunctions.has(k), `${k} is used now: remove it from AWAITING_ISSUE_16`).toBe(false);
    }
  });

  it('names only parameters that exist in each rule', () => {
    const keys = new Set(listParameters().map((p) => p.key));
    for (const r of RULES) for (const k of r.parameters) expect(keys.has(k), `${r.id}: ${k}`).toBe(true);
  });
});
