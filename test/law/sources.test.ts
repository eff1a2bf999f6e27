import { describe, expect, it } from 'vitest';
import { type LegalSource, listParameters, RULES } from '../../src/index.js';
import { ANNEX_XIV_SOURCE } from '../../src/law/annex-xiv.js';

// Every source the library cites: rule legal bases, buyer scopes, parameter values.
const cited: LegalSource[] = [
  ...RULES.flatMap((r) => [...r.legalBasis, ...(r.scope.buyers === 'all' ? [] : r.scope.buyers.basis)]),
  ...listParameters().flatMap((p) => p.values.flatMap((v) => v.sources)),
  ANNEX_XIV_SOURCE,
];
const CODES = new Set(['CCP', 'C. env.']);
const PER_ARTICLE =
  /^https:\/\/(www\.legifrance\.gouv\.fr\/codes\/article_lc\/LEGIARTI\d{12}|marche-public\.info\/article-[lrd]\d+(-\d+)*)$/;

describe('citations', () => {
  // A range of articles (« L224-7 à L224-8-2 ») links to its first article's page.
  const ranges = cited.filter((s) => CODES.has(s.code) && s.article.includes(' à '));
  const articles = cited.filter((s) => CODES.has(s.code) && !s.article.includes(' à '));

  it('link a range of articles to its first article', () => {
    for (const s of ranges) {
      const first = articles.find((a) => a.code === s.code && a.article === s.article.split(' à ')[0]);
      if (first) expect(s.url).toBe(first.url);
      expect(s.url).toMatch(PER_ARTICLE);
    }
  });

  it('link every cited article of a code to its own page', () => {
    expect(articles.length).toBeGreaterThan(40);
    for (const s of articles) {
      expect(s.url, `${s.code} ${s.article}`).toMatch(PER_ARTICLE);
      if (s.url?.includes('marche-public.info')) expect(s.url).toBe(`https://marche-public.info/article-${s.article.toLowerCase()}`);
      // Only the Code de la commande publique has pages on marche-public.info.
      if (s.code !== 'CCP') expect(s.url).toMatch(/legifrance/);
      expect(s.officialUrl, `${s.code} ${s.article}`).toMatch(/^https:\/\/www\.legifrance\.gouv\.fr\/codes\/texte_lc\/LEGITEXT\d{12}$/);
    }
  });

  it('give each article a distinct link, and one link per article', () => {
    const urlOf = new Map<string, string>();
    const articleOf = new Map<string, string>();
    for (const s of articles) {
      const article = `${s.code} ${s.article}`;
      const url = s.url as string;
      expect(urlOf.get(article) ?? url, article).toBe(url);
      expect(articleOf.get(url) ?? article, url).toBe(article);
      urlOf.set(article, url);
      articleOf.set(url, article);
    }
    expect(urlOf.size).toBe(articleOf.size);
  });

  it('name public documents, never internal notes or shared/ paths', () => {
    for (const s of cited) {
      const text = `${s.code} ${s.article} ${s.text ?? ''} ${s.url ?? ''}`;
      expect(text, text).not.toMatch(/law-facts|shared\/|\.md\b|fact sheet|OPH_SHEETS/i);
      if (s.url !== undefined) expect(s.url).toMatch(/^https:\/\//);
    }
    // The buyers' action sheets: named by their authors and title, with no invented link.
    const sheets = cited.filter((s) => s.code.includes('Nantes Métropole Habitat'));
    expect(sheets.length).toBeGreaterThan(0);
    for (const s of sheets) expect(s.url).toBeUndefined();
  });
});
