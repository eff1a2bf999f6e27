import { expect } from 'vitest';
import { evaluateRegimes, type RegimeOptions } from '../../src/regimes/evaluate.js';
import { parsePurchaseLines } from '../../src/regimes/purchase-lines.js';
import type { RegimeResult } from '../../src/regimes/types.js';

/** Validates the lines (they must be valid) and computes the regimes. */
export function regimes(lines: unknown[], options: RegimeOptions = {}) {
  const parsed = parsePurchaseLines(lines);
  if (!parsed.ok) expect.fail(JSON.stringify(parsed.problems));
  return evaluateRegimes(parsed.value, options);
}

/** The only result of the lines. */
export function only(lines: unknown[], options: RegimeOptions = {}): RegimeResult {
  const { results } = regimes(lines, options);
  expect(results).toHaveLength(1);
  return results[0] as RegimeResult;
}

/** The status of each measure, by id. */
export const statuses = (r: RegimeResult): Record<string, string> => Object.fromEntries(r.measures.map((m) => [m.id, m.status]));
