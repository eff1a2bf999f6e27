import { source } from './sources.js';
import type { LegalSource } from './types.js';

/**
 * Facilitator practice on insertion clauses (not law), as summarised in `shared/law/law-facts.md` §4:
 * the hours formula, typical rates, labour shares and hourly costs.
 */

/** Weka, dossier « clauses d'insertion sociale »: typical rate 5–10 % of hours worked. */
export const WEKA_INSERTION: LegalSource = source(
  'Weka (pratique des facilitateurs)',
  'dossier « clauses d’insertion sociale »',
  'https://www.weka.fr/',
);

/** Maison de l'emploi Sud 77: worked example 1 000 000 € × 50 % × 5 % ÷ 30 €/h, labour shares of building lots. */
export const MEF_SUD_77: LegalSource = source(
  'Maison de l’emploi et de la formation Sud 77 (pratique des facilitateurs)',
  'calcul des heures d’insertion',
  'https://www.mefsud77.fr/',
);

/** CIE 84: the eligible publics of insertion clauses (facilitator practice). */
export const CIE_84: LegalSource = source(
  'CIE 84 (pratique des facilitateurs)',
  'publics éligibles à la clause d’insertion',
  'https://www.cie84.org/',
);
