import { Decimal } from 'decimal.js';
import { type EligiblePublic, type InsertionPublic, isEligiblePublic } from '../model/insertion-publics.js';
import type { Localized } from '../model/localized.js';
import type { Money } from '../model/money.js';

/** French and English names of each public category. */
export const PUBLIC_LABELS: Readonly<Record<InsertionPublic, Localized>> = {
  'long-term-jobseeker': {
    fr: 'Demandeur d’emploi de longue durée (inscrit depuis plus de 12 mois)',
    en: 'Long-term jobseeker (registered for more than 12 months)',
  },
  'minimum-income-recipient': { fr: 'Allocataire du RSA', en: 'Minimum-income (RSA) recipient' },
  'social-benefit-recipient': {
    fr: 'Bénéficiaire de l’ASS, de l’AI, de l’AAH ou d’une pension d’invalidité',
    en: 'Recipient of ASS, AI, AAH or an invalidity pension',
  },
  'disabled-worker': {
    fr: 'Travailleur handicapé (RQTH, L5212-13 du code du travail)',
    en: 'Worker with a recognised disability (RQTH, Labour Code L5212-13)',
  },
  'young-without-qualification': {
    fr: 'Jeune de moins de 26 ans sans qualification, sorti du système scolaire depuis au moins 6 mois',
    en: 'Young person under 26 without qualification, out of school for at least 6 months',
  },
  'iae-pathway': {
    fr: 'Personne en parcours d’insertion par l’activité économique (SIAE, L5132-4 du code du travail)',
    en: 'Person in an integration-through-work (IAE) pathway (SIAE, Labour Code L5132-4)',
  },
  'epide-e2c': { fr: 'Personne suivie par l’EPIDE ou une école de la 2e chance', en: 'Person in an EPIDE or second-chance school scheme' },
  'facilitator-validated': {
    fr: 'Autre personne validée par le facilitateur sur avis motivé (France Travail, mission locale, MDPH…)',
    en: 'Other person validated by the facilitator on a reasoned opinion (France Travail, local mission, MDPH…)',
  },
  other: {
    fr: 'Autre public, non reconnu éligible : heures signalées, non comptées',
    en: 'Other public, not recognised as eligible: hours reported, not counted',
  },
  unknown: {
    fr: 'Public non renseigné ou inconnu : heures signalées, non comptées',
    en: 'Public not stated or unknown: hours reported, not counted',
  },
};

/** Hours split between the publics that count and those that are only reported. */
export interface HoursByEligibility {
  /** Hours done by eligible publics: the hours that count. */
  readonly counted: Money;
  /** Hours done by publics not recognised as eligible (`other`) or not known (`unknown`): reported, not counted. */
  readonly notCounted: Money;
  /** Counted hours per eligible public present in the input. */
  readonly byPublic: Readonly<Partial<Record<EligiblePublic, Money>>>;
}

/**
 * Splits hours by public into counted (eligible publics) and not counted (`other`, `unknown`), exactly.
 * Every hour given ends in one of the two totals: nothing is dropped.
 */
export function countEligibleHours(hoursByPublic: Readonly<Partial<Record<InsertionPublic, Money>>>): HoursByEligibility {
  let counted = new Decimal(0);
  let notCounted = new Decimal(0);
  const byPublic: Partial<Record<EligiblePublic, Money>> = {};
  for (const [pub, hours] of Object.entries(hoursByPublic) as [InsertionPublic, Money | undefined][]) {
    if (hours === undefined) continue;
    if (isEligiblePublic(pub)) {
      counted = counted.plus(hours);
      byPublic[pub] = hours;
    } else {
      notCounted = notCounted.plus(hours);
    }
  }
  return { counted: counted.toFixed() as Money, notCounted: notCounted.toFixed() as Money, byPublic };
}
