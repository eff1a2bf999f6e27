import type { Contract } from '../model/contract-schema.js';
import { notApplicable, type Outcome } from './rule.js';

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

/** The `not-applicable` outcome of a consultation launched before the Climat et Résilience date. */
export const launchedBeforeClimat = (what: { fr: string; en: string }): Outcome =>
  notApplicable(
    `Consultation engagée avant le 21 août 2026 : ${what.fr} reste facultatif (« peuvent »).`,
    `Consultation launched before 21 August 2026: ${what.en} is still optional.`,
  );

/** The note on the 21 vs 22 August 2026 date shared by the Climat et Résilience rules. */
export const CLIMAT_DATE_CHOICE = {
  fr: 'Date retenue : consultations engagées (ou avis envoyés) à partir du 21 août 2026, date du décret n° 2022-767 pour R2152-7 / R3124-4 ; la loi fixe au plus tard le 22 août 2026 (Légifrance « à venir 22 août 2026 »). Une consultation engagée le 21 août 2026 est donc dans le champ.',
  en: 'Date chosen: consultations launched (or notices sent) from 21 August 2026, the date of décret n° 2022-767 for R2152-7 / R3124-4; the law’s long-stop is 22 August 2026 (Légifrance “à venir 22 août 2026”). A consultation launched on 21 August 2026 is therefore in scope.',
} as const;
