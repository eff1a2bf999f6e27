import type { ReservationBasis } from '../../model/contract.js';
import type { Contract } from '../../model/contract-schema.js';
import { fail, notApplicable, type Outcome, pass, type RuleContext, unknown } from '../rule.js';
import { assessEligibility } from './eligibility.js';

/** Applicability shared by the reserved-market rules: the contract is reserved under this basis. */
export function reservedUnder(basis: ReservationBasis, c: Contract): true | Outcome {
  const actual = c.reservation?.basis;
  if (actual === basis) return true;
  if (actual !== undefined) {
    return notApplicable(`Marché réservé au titre de ${actual}, non de ${basis}.`, `Contract reserved under ${actual}, not ${basis}.`);
  }
  if (c.social?.reserved === true) return unknown('reservation.basis');
  return notApplicable(`Marché non réservé au titre de ${basis}.`, `Contract not reserved under ${basis}.`);
}

/**
 * The check shared by the reserved-market rules: the notice (or consultation documents) cites the article,
 * and every holder is eligible under it. A known fault gives `fail` even when other data is missing.
 */
export function checkReservation(basis: ReservationBasis, c: Contract, ctx: RuleContext): Outcome {
  const faults: { fr: string[]; en: string[] } = { fr: [], en: [] };
  const missing: string[] = [];
  const cited = c.reservation?.citedInNotice;
  if (cited === undefined) missing.push('reservation.citedInNotice');
  else if (!cited) {
    faults.fr.push(`l’avis ou les documents de la consultation ne mentionnent pas l’article ${basis}`);
    faults.en.push(`the notice or consultation documents do not cite article ${basis}`);
  }
  const holders = c.holders ?? [];
  if (holders.length === 0) missing.push('holders');
  holders.forEach((h, i) => {
    const r = assessEligibility(basis, h, (key) => ctx.param(key));
    const who = h.name ?? h.id ?? `#${i + 1}`;
    if (r.status === 'ineligible') {
      for (const reason of r.reasons) {
        faults.fr.push(`titulaire ${who} : ${reason.message.fr}`);
        faults.en.push(`holder ${who}: ${reason.message.en}`);
      }
    } else if (r.status === 'unknown') for (const m of r.missing) missing.push(`holders[${i}].${m}`);
  });
  if (faults.fr.length > 0) {
    return fail(
      `Réservation au titre de ${basis} irrégulière : ${faults.fr.join(' ; ')}.`,
      `Reservation under ${basis} not met: ${faults.en.join('; ')}.`,
    );
  }
  if (missing.length > 0) return unknown(...missing);
  return pass(
    `L’article ${basis} est cité et chaque titulaire remplit les conditions de la réservation.`,
    `Article ${basis} is cited and every holder meets the conditions of the reservation.`,
  );
}
