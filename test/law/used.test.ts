import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listParameters, RULES } from '../../src/index.js';

// Parameters declared for rules of issue 16 that are still being written (procedure thresholds, free online documents,
// DECP publication, renewable energy). Each must leave this list as soon as code reads it (the second test says so).
const AWAITING_ISSUE_16: readonly string[] = [
  'climat.renewableEnergy.envCriterion.mandatory',
  'dispense.innovative',
  'dispense.suppliesServices',
  'dispense.works',
  'freeOnlineDocuments.minAmount',
];

// The library's code outside the parameter tree: a parameter is used when a rule declares it or when code names it
// (the insertion-hours calculator, the yearly regimes, the SPASER check, the portfolio summary…).
const SRC = new URL('../../src/', import.meta.url).pathname;
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.endsWith(join('law', 'parameters')) ? [] : sources(path);
    return path.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}
const code = sources(SRC).join('\n');
const named = (key: string) => code.includes(`'${key}'`) || code.includes(`"${key}"`);

describe('every declared parameter is used', () => {
  const byRules = new Set<string>(RULES.flatMap((r) => r.parameters));
  const used = (key: string) => byRules.has(key) || named(key);

  it('by a shipped rule or by the library’s code, or is removed', () => {
    const unused = listParameters()
      .map((p) => p.key)
      .filter((k) => !used(k) && !AWAITING_ISSUE_16.includes(k));
    expect(unused).toEqual([]);
  });

  it('keeps the list of parameters awaiting a rule honest: each exists and none is used yet', () => {
    const keys = new Set(listParameters().map((p) => p.key));
    for (const k of AWAITING_ISSUE_16) {
      expect(keys.has(k), k).toBe(true);
      expect(used(k), `${k} is used now: remove it from AWAITING_ISSUE_16`).toBe(false);
    }
  });

  it('names only parameters that exist in each rule', () => {
    const keys = new Set(listParameters().map((p) => p.key));
    for (const r of RULES) for (const k of r.parameters) expect(keys.has(k), `${r.id}: ${k}`).toBe(true);
  });
});
