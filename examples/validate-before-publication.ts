/**
 * Validating a contract before publication, as a purchasing system would on save:
 * reject invalid data with field-level messages, block on failed legal duties, warn on missing data.
 *
 * Run it from a project that depends on clausier; in this repository the test suite runs it
 * (test/examples.test.ts).
 */
import { type Finding, type Locale, safeEvaluateContract } from 'clausier';

/** What the purchasing system shows the buyer. */
export interface PublicationCheck {
  /** True when nothing blocks publication. */
  canPublish: boolean;
  /** Field errors to show next to the inputs (JSON path → message). */
  fieldErrors: Record<string, string>;
  /** Failed legal duties: block publication. */
  blocking: string[];
  /** Failed indicators and missing data: shown as warnings. */
  warnings: string[];
}

const describe = (f: Finding) => `${f.rule}: ${f.text} (${f.legalBasis.map((s) => `${s.code} ${s.article}`).join(', ')})`;

export function checkBeforePublication(contract: unknown, locale: Locale = 'fr'): PublicationCheck {
  const result = safeEvaluateContract(contract, { locale });
  if (!result.ok) {
    const fieldErrors = Object.fromEntries(result.problems.map((p) => [p.path, p.message[locale]]));
    return { canPublish: false, fieldErrors, blocking: [], warnings: [] };
  }
  const { findings } = result.evaluation;
  const blocking = findings.filter((f) => f.status === 'fail' && f.kind === 'law').map(describe);
  const warnings = findings.filter((f) => (f.status === 'fail' && f.kind === 'indicator') || f.status === 'unknown').map(describe);
  return { canPublish: blocking.length === 0, fieldErrors: {}, blocking, warnings };
}
