import type { Contract } from '../model/contract-schema.js';
import { formatDate } from './format-parameter.js';
import { notApplicable, type Outcome, type RuleContext } from './rule.js';

/**
 * Defence-or-security contracts are outside the Climat et Résilience duties (L2312-1-1 keeps them optional).
 * Returns the `not-applicable` outcome for them, `undefined` otherwise. An absent flag means an ordinary contract.
 */
export function defenceOutOfScope(c: Contract): Outcome | undefined {
  if (c.buyer?.defenceOrSecurity !== true) return undefined;
  return notApplicable(
    'Marché de défense ou de sécurité : hors du champ des obligations de la loi Climat et Résilience (L2312-1-1).',
    'Defence-or-security contract: outside the scope of the Climat et Résilience duties (L2312-1-1).',
  );
}

/**
 * Whether the consultation was launched on or after `date`: from the launch date, or — when it is missing — from a later
 * date of the contract (price date, notification, start of execution) that is before `date`, since the launch came
 * first. `undefined` when the data cannot tell.
 */
export function launchedOnOrAfter(c: Contract, date: string): boolean | undefined {
  const d = c.dates;
  if (d === undefined) return undefined;
  if (d.consultationLaunch !== undefined) return d.consultationLaunch >= date;
  if (
    (d.priceEstablished !== undefined && d.priceEstablished < date) ||
    (d.notification !== undefined && d.notification < date) ||
    (d.executionStart !== undefined && d.executionStart < date)
  ) {
    return false;
  }
  return undefined;
}

/** The two dates of loi Climat et Résilience: its legislative duties, and the regulatory ones of décret n° 2022-767. */
export type ClimatDate = 'climat.legislativeDate' | 'climat.regulatoryDate';

/**
 * Applicability from a Climat et Résilience date: `true` when the consultation was launched on or after it, the
 * `not-applicable` outcome when before (the consideration stays optional), `unknown` naming the launch date otherwise.
 */
export function fromClimatDate(
  c: Contract,
  ctx: RuleContext,
  key: ClimatDate,
  what: { readonly fr: string; readonly en: string; readonly article: string },
): true | Outcome {
  const date = ctx.param(key) as string;
  const after = launchedOnOrAfter(c, date);
  if (after === true) return true;
  if (after === undefined) return { status: 'unknown', missing: ['dates.consultationLaunch'] };
  return notApplicable(
    `Consultation engagée avant le ${formatDate(date, 'fr')}, date d’application de ${what.article} : ${what.fr} reste facultatif.`,
    `Consultation launched before ${formatDate(date, 'en')}, the date ${what.article} applies from: ${what.en} is still optional.`,
  );
}
