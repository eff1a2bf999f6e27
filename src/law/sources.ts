import type { LegalSource } from './types.js';

// Légifrance identifiers of the codes. Links point at the consolidated code; the article is named beside.
const CCP_URL = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000037701019';
const CENV_URL = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074220';

/** A source in the Code de la commande publique. */
export const ccp = (article: string, text?: string): LegalSource =>
  text === undefined ? { code: 'CCP', article, url: CCP_URL } : { code: 'CCP', article, text, url: CCP_URL };

/** A source in the Code de l'environnement. */
export const cenv = (article: string, text?: string): LegalSource =>
  text === undefined ? { code: 'C. env.', article, url: CENV_URL } : { code: 'C. env.', article, text, url: CENV_URL };

/** Any other source with its own link. */
export const source = (code: string, article: string, url: string, text?: string): LegalSource =>
  text === undefined ? { code, article, url } : { code, article, text, url };

/** Loi n° 2021-1104 du 22 août 2021 « Climat et Résilience ». */
export const LOI_CLIMAT_URL = 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000043956924';

/**
 * The buyers' action sheets shared by three social landlords (Archipel habitat, Brest métropole habitat, Nantes Métropole Habitat);
 * sheet 3: rate of contracts above 40 000 € HT with a price-variation clause. A practice indicator, not law.
 */
export const OPH_SHEETS = source(
  'Fiches action achats responsables OPH',
  'fiche 3',
  'https://www.economie.gouv.fr/daj/publication-oeep-2023-guide-pratique-prix-marches-publics',
);

/** The date the facts in `shared/law/law-facts.md` were checked against their sources (status ~January 2026). */
export const FACT_SHEET_VERIFIED_ON = '2026-01-31';
