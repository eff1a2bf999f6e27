import { describe, expect, it } from 'vitest';
import { addDuplicate, addProblems, addRejection, portfolioHtml, portfolioMarkdown, summarisePortfolio } from '../../src/index.js';
import { tallyOf } from '../support/portfolio.js';

const summary = () => {
  const t = tallyOf([{ dates: { notification: '2024-02-01' } }, { dates: { notification: '2024-05-01' }, amountExclTax: '150000' }], {});
  addRejection(t, 2, 'invalid JSON: oops', [], 'decp|<a>.json');
  addDuplicate(t, 5, 1, 'decp|<a>.json');
  addProblems(t, { file: 'decp|<a>.json', index: 1, problems: [{ path: '$.montant', reason: 'placeholder', code: 'amount-placeholder' }] });
  return summarisePortfolio(t);
};

describe('report sections: verdicts per legal rule and data quality per file', () => {
  it('Markdown: one row per legal rule with its counts and reasons of unknown', () => {
    const s = summary();
    const md = portfolioMarkdown(s, { locale: 'en' });
    expect(md).toContain('## Verdicts per legal rule');
    const advance = s.rules.find((r) => r.rule === 'advance.mandatory');
    expect(advance).toBeDefined();
    const row = md.split('\n').find((l) => l.startsWith('| `advance.mandatory`'));
    expect(row).toBe(
      `| \`advance.mandatory\` | ${advance?.pass} | ${advance?.fail} | ${advance?.notApplicable} | ${advance?.unknown} | ${advance?.unknownReasons.map((r) => `${r.reason} (${r.count})`).join(' ; ') || '—'} |`,
    );
    // Indicators of buyers are not legal rules.
    expect(md).not.toContain('| `price.variation-clause-indicator`');
  });

  it('Markdown: per file, records accounted for, defect and rejection classes with first indexes, duplicates', () => {
    const md = portfolioMarkdown(summary(), { locale: 'fr' });
    expect(md).toContain('### Fichier `decp\\|<a>.json`');
    expect(md).toContain(
      '2 enregistrement(s) lu(s) = 0 évalué(s) + 1 rejeté(s) + 1 doublon(s) exact(s) écarté(s) ; 1 avec au moins un défaut.',
    );
    expect(md).toContain('| `amount-placeholder` | 1 | 1 | 1 |');
    expect(md).toContain('| `invalid JSON` | 1 | 1 | 2 |');
    expect(md).toContain('rang 5 = rang 1');
  });

  it('HTML: the same sections, escaped', () => {
    const html = portfolioHtml(summary(), { locale: 'en' });
    expect(html).toContain('<section id="rule-verdicts"><h2>Verdicts per legal rule</h2>');
    expect(html).toContain('<td><code>advance.mandatory</code></td>');
    expect(html).toContain('<h3>File <code>decp|&lt;a&gt;.json</code></h3>');
    expect(html).toContain('<td><code>amount-placeholder</code></td><td>1</td><td>1</td>');
    expect(html).toContain('index 5 = index 1');
    expect(html).not.toContain('<a>');
  });
});
