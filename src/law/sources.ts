import type { LegalSource } from './types.js';

// The consolidated codes on Légifrance, given beside each article as its official text.
const CCP_URL = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000037701019';
const CENV_URL = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074220';

/**
 * Légifrance identifiers (LEGIARTI) of cited articles, read in public sources: these articles link to their own page on
 * Légifrance. Every other article of the Code de la commande publique links to its page on marche-public.info, a code
 * site that reproduces Légifrance article by article (the identifiers could not be read for them; add them here as they
 * are checked).
 */
const LEGIARTI: Readonly<Record<string, string>> = {
  // tricoteuses.fr/legifrance/articles/LEGIARTI000041599000 (Code de l'environnement, article L228-4).
  'C. env. L228-4': 'LEGIARTI000041599000',
  // doctrine.fr/l/texts/codes/LEGITEXT000006074220/articles/LEGIARTI000031051085 and …088 (articles L224-7, L224-8).
  'C. env. L224-7': 'LEGIARTI000031051085',
  'C. env. L224-8': 'LEGIARTI000031051088',
};

// A range of articles (« L224-7 à L224-8-2 ») links to its first article.
const firstArticle = (article: string): string => article.split(' à ')[0] as string;

const legifranceArticle = (id: string) => `https://www.legifrance.gouv.fr/codes/article_lc/${id}`;

/** The per-article link of a CCP article: Légifrance when its identifier is known, else its page on marche-public.info. */
export function ccpArticleUrl(article: string): string {
  const first = firstArticle(article);
  const id = LEGIARTI[`CCP ${first}`];
  return id === undefined ? `https://marche-public.info/article-${first.toLowerCase()}` : legifranceArticle(id);
}

/** The per-article link of an article of the Code de l'environnement (its Légifrance page), or the code itself. */
function cenvArticleUrl(article: string): string {
  const id = LEGIARTI[`C. env. ${firstArticle(article)}`];
  return id === undefined ? CENV_URL : legifranceArticle(id);
}

/** A source in the Code de la commande publique, linked to its own article. */
export const ccp = (article: string, text?: string): LegalSource =>
  text === undefined
    ? { code: 'CCP', article, url: ccpArticleUrl(article), officialUrl: CCP_URL }
    : { code: 'CCP', article, text, url: ccpArticleUrl(article), officialUrl: CCP_URL };

/** A source in the Code de l'environnement, linked to its own article. */
export const cenv = (article: string, text?: string): LegalSource =>
  text === undefined
    ? { code: 'C. env.', article, url: cenvArticleUrl(article), officialUrl: CENV_URL }
    : { code: 'C. env.', article, text, url: cenvArticleUrl(article), officialUrl: CENV_URL };

/** Any other source (a décret, a law, a directive…) with the link to that text. */
export const source = (code: string, article: string, url: string, text?: string): LegalSource =>
  text === undefined ? { code, article, url } : { code, article, text, url };

/** Loi n° 2021-1104 du 22 août 2021 « Climat et Résilience ». */
export const LOI_CLIMAT_URL = 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000043956924';

/** Décret n° 2022-767 du 2 mai 2022 portant diverses modifications du code de la commande publique (ELI alias). */
export const DECRET_2022_767_URL = 'https://www.legifrance.gouv.fr/eli/decret/2022/5/2/2022-767/jo/texte';

/** Décret n° 2016-360 du 25 mars 2016 relatif aux marchés publics (in force 1 April 2016 – 31 March 2019). */
export const DECRET_2016_360_URL = 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000032295952';

/**
 * Fiche action n° 3 of the responsible-purchasing action sheets shared by three offices publics de l'habitat (Archipel
 * habitat, Brest métropole habitat, Nantes Métropole Habitat): rate of contracts above 40 000 € HT with a
 * price-variation clause. A buyers' practice indicator, not law; no public link to the document is known.
 */
export const OPH_SHEETS: LegalSource = {
  code: 'Archipel habitat, Brest métropole habitat, Nantes Métropole Habitat',
  article: 'fiches action achats responsables, fiche n° 3 « Organiser une relation équilibrée entre fournisseurs et acheteurs »',
};

/** The date the legal facts were checked against their sources (status ~January 2026). */
export const FACT_SHEET_VERIFIED_ON = '2026-01-31';
