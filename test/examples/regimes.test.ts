import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateRegimes, parseAgecRates, parsePurchaseLinesCsv } from '../../src/index.js';
import { regimesMarkdown } from '../../src/report/regimes-markdown.js';

const read = (name: string) => readFileSync(new URL(`../../examples/regimes/${name}`, import.meta.url), 'utf8');

describe('examples/regimes', () => {
  const lines = parsePurchaseLinesCsv(read('purchases.csv'));
  const rates = parseAgecRates(JSON.parse(read('agec-rates.json')));

  it('are valid', () => {
    expect(lines.ok ? [] : lines.problems).toEqual([]);
    expect(rates.ok ? [] : rates.problems).toEqual([]);
  });

  it('give one result per regime, year, buyer and subject, with the verdicts the README shows', () => {
    if (!lines.ok || !rates.ok) return;
    const report = evaluateRegimes(lines.value, { agecRates: rates.value });
    expect(report.results.map((r) => [r.regime, r.year, r.subject, r.status])).toEqual([
      ['agec', 2023, 'paper', 'pass'],
      ['agec', 2025, 'office-furniture', 'unknown'],
      ['agec', 2025, 'textiles', 'pass'],
      ['egalim', 2025, 'cuisine-centrale', 'pass'],
      ['egalim', 2025, 'ecole-du-port', 'fail'],
      ['clean-vehicles', 2025, 'light', 'pass'],
    ]);
    const md = regimesMarkdown(report, { locale: 'fr' });
    expect(md).toContain('## Régimes de quotas annuels');
    expect(md).toContain('non confirmé');
    expect(md).not.toMatch(/shared\//);
  });
});
