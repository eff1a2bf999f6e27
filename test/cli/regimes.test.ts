import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const CSV = 'examples/regimes/purchases.csv';
const RATES = 'examples/regimes/agec-rates.json';

describe('clausier regimes', () => {
  it('prints the Markdown report and exits 1 when a minimum is missed', async () => {
    const r = await cli(['regimes', CSV, '--agec-rates', RATES, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('## Yearly quota regimes');
    expect(r.out).toMatch(/\| egalim \| 2025 \| .* \| ecole-du-port \| .* \| missed \|/);
    expect(r.out).toContain('(rates file)');
    expect(r.err).toBe('');
  });

  it('gives the results in JSON', async () => {
    const r = await cli(['regimes', CSV, '--json', '--as-of', '2026-06-30']);
    const out = JSON.parse(r.out);
    expect(out.lines).toBe(8);
    expect(out.summary).toEqual({ pass: 3, fail: 1, notApplicable: 0, unknown: 2 });
    expect(out.results.find((x: { subject: string }) => x.subject === 'paper').status).toBe('unknown');
  });

  it('reads JSON lines from standard input and exits 0 when nothing is missed', async () => {
    const lines = [
      {
        regime: 'agec',
        year: 2025,
        buyerId: 'b',
        buyerKind: 'state',
        category: 'textiles',
        amountExclTax: 100,
        reuseExclTax: 8,
        recycledExclTax: 20,
      },
    ];
    const r = await cli(['regimes', '-', '--json'], JSON.stringify(lines));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).summary.pass).toBe(1);
  });

  it('lists invalid lines by line and column and exits 2', async () => {
    const r = await cli(['regimes', '-', '--lang', 'en'], 'regime;year;buyerId;category;amountExclTax\nagec;2025;b;textiles;12,5\n');
    expect(r.code).toBe(2);
    expect(r.err).toContain('line 2, column amountExclTax');
    const json = await cli(['regimes', '-', '--json'], '[{"regime":"agec"}]');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out).invalid.problems.length).toBeGreaterThan(0);
  });

  it('refuses an unreadable purchases or rates file with exit 2', async () => {
    expect((await cli(['regimes', 'nope.csv'])).code).toBe(2);
    expect((await cli(['regimes', CSV, '--agec-rates', 'nope.json'])).code).toBe(2);
    expect((await cli(['regimes', CSV, '--agec-rates', CSV])).code).toBe(2);
  });

  it('takes exactly one file', async () => {
    expect((await cli(['regimes'])).code).toBe(3);
  });
});

describe('clausier portfolio --purchases', () => {
  it('adds the regimes to the Markdown report, the HTML report and the JSON, and exits 1 when a minimum is missed', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { run } = await import('../../src/cli/main.js');
    const { readFile, writeFile } = await import('node:fs/promises');
    const html = join(mkdtempSync(join(tmpdir(), 'clausier-regimes-')), 'r.html');
    let out = '';
    const io = {
      out: (t: string) => {
        out += t;
      },
      err: () => {},
      readText: (p: string) => readFile(p, 'utf8'),
      writeText: (p: string, t: string) => writeFile(p, t),
    };
    const args = ['portfolio', 'examples/portfolio/clausier-sample.ndjson', '--purchases', CSV, '--agec-rates', RATES, '--lang', 'en'];
    expect(await run([...args, '--html', html], io)).toBe(1);
    expect(out).toContain('## Yearly quota regimes');
    expect(readFileSync(html, 'utf8')).toContain('<h2>Yearly quota regimes</h2>');
    out = '';
    await run([...args, '--json'], io);
    expect(JSON.parse(out).regimes.summary.fail).toBe(1);
    out = '';
    await run(['portfolio', 'examples/portfolio/clausier-sample.ndjson', '--json'], io);
    expect(JSON.parse(out).regimes).toBeNull();
    expect(await run(['portfolio', 'examples/portfolio/clausier-sample.ndjson', '--purchases', 'nope.csv'], io)).toBe(2);
  });
});
