import { describe, expect, it } from 'vitest';
import {
  ARMEES_5TH_DIRECTIVE,
  addRejection,
  INDICATOR_IDS,
  portfolioHtml,
  portfolioMarkdown,
  summarisePortfolio,
} from '../../src/index.js';
import { tallyOf } from '../support/portfolio.js';

const ENV = (v: boolean) => ({ executionClause: v, awardCriterion: false, technicalSpecification: false });
const tally = () => {
  const t = tallyOf(
    [
      { dates: { notification: '2024-02-01' }, environmental: ENV(true), amountExclTax: '50000', buyer: { id: 'B|1<script>' } },
      { dates: { notification: '2024-05-01' }, environmental: ENV(false), amountExclTax: '150000' },
    ],
    { by: ['year', 'buyer'] },
  );
  addRejection(t, 2, 'bad | date <b>');
  return t;
};

describe('Markdown report', () => {
  it('is in French by default, with the period, records, targets and methodology', () => {
    const md = portfolioMarkdown(summarisePortfolio(tally(), { targets: ARMEES_5TH_DIRECTIVE }));
    expect(md).toContain('# Conformité du portefeuille d’achats');
    expect(md).toContain('du 2024-02-01 au 2024-05-01');
    expect(md).toContain('3 lus, 2 évalués, 1 rejetés');
    expect(md).toContain('Ministère des Armées');
    expect(md).toContain('≥ 80,0 %');
    expect(md).toContain('+20,0 pts');
    expect(md).toContain('−80,0 pts');
    expect(md).toContain('| non |');
    expect(md).toContain('indicator.priceVariation.minAmount');
    expect(md).toContain('confirmé');
    expect(md).toMatch(/n’est compté ni au numérateur ni au dénominateur/);
  });

  it('speaks English on request', () => {
    const md = portfolioMarkdown(summarisePortfolio(tally(), { targets: ARMEES_5TH_DIRECTIVE }), { locale: 'en' });
    expect(md).toContain('# Purchasing portfolio compliance');
    expect(md).toContain('≥ 80.0%');
    expect(md).toContain('−80.0 pts');
    expect(md).not.toContain('Conformité');
  });

  it('escapes pipes from the data so tables stay tables', () => {
    const md = portfolioMarkdown(summarisePortfolio(tally()));
    expect(md).toContain('acheteur B\\|1<script>');
    expect(md).toContain('| 2 | bad \\| date <b> |');
  });
});

describe('HTML report (static checks; the browser test renders it)', () => {
  const html = portfolioHtml(summarisePortfolio(tally(), { targets: ARMEES_5TH_DIRECTIVE }));

  it('is self-contained: no script, no external resource', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link|@import|url\(|src=/i);
    expect(html).toContain("default-src 'none'");
  });

  it('escapes data', () => {
    expect(html).toContain('B|1&lt;script&gt;');
    expect(html).toContain('bad | date &lt;b&gt;');
  });

  it('draws one chart per indicator with the target line', () => {
    expect(html.match(/<svg class="chart"/g)).toHaveLength(INDICATOR_IDS.length);
    expect(html).toMatch(/<line class="target"/);
  });
});
