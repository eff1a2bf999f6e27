import { evaluateContract, type Finding } from '../../src/index.js';

/** Evaluates one rule on a contract given in input shape; the contract gets `id` and `kind` defaults. */
export function verdict(ruleId: string, contract: Record<string, unknown>, asOf = '2026-11-23'): Finding {
  const evaluation = evaluateContract({ id: 'test', kind: 'contract', ...contract }, { rules: [ruleId], asOf });
  const f = evaluation.findings[0];
  if (!f) throw new Error('no finding');
  return f;
}
