import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const ok = JSON.stringify({
  id: 'ok-1',
  kind: 'contract',
  amountExclTax: '30000',
  dates: { consultationLaunch: '2026-01-05', priceEstablished: '2026-02-01', notification: '2026-03-01', executionStart: '2026-03-15' },
  durationMonths: 2,
  price: { type: 'firm', rawMaterialExposure: false, majorHazardExposure: false },
});
const failing = JSON.stringify({
  id: 'ko-1',
  kind: 'contract',
  amountExclTax: 50000,
  dates: { notification: '2026-03-01' },
  price: { type: 'firm' },
});

describe('clausier check', () => {
  it('exits 0 when nothing fails, with a French report by default', async () => {
    const r = await cli(['check', '-'], ok);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Marché ok-1/);
    expect(r.out).toMatch(/sans objet/);
  });

  it('exits 1 when a rule fails; --lang en switches language', async () => {
    const r = await cli(['check', '-', '--lang', 'en'], failing);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Contract ko-1/);
    expect(r.out).toMatch(/FAIL/);
  });

  it('prints the documented JSON shape with --json', async () => {
    const r = await cli(['check', '-', '--json', '--as-of', '2026-11-23'], `[${ok},${failing}]`);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.results).toHaveLength(2);
    const f = json.results[1].findings.find((x: { rule: string }) => x.rule === 'price.variation-clause-indicator');
    expect(Object.keys(f)).toEqual(expect.arrayContaining(['rule', 'family', 'status', 'legalBasis', 'parameters', 'missing', 'message']));
    expect(f.status).toBe('fail');
    expect(f.legalBasis.find((s: { code: string }) => s.code === 'CCP')).toEqual(
      expect.objectContaining({ code: expect.any(String), article: expect.any(String), url: expect.any(String) }),
    );
    expect(f.message).toEqual({ fr: expect.any(String), en: expect.any(String) });
    const summary = json.results[1].summary;
    expect(summary.fail).toBe(1);
    expect(summary.pass + summary.fail + summary.notApplicable + summary.unknown).toBe(json.results[1].findings.length);
    expect(json.invalid).toEqual([]);
  });

  it('exits 2 on invalid contracts, listing every problem with its path, no stack trace', async () => {
    const r = await cli(['check', '-'], `[${ok}, {"id":"bad","kind":"x","amountExclTax":"12,5"}]`);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/ok-1/);
    expect(r.err).toMatch(/#1 \(bad\)/);
    expect(r.err).toMatch(/\$\.kind/);
    expect(r.err).toMatch(/\$\.amountExclTax/);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('reports invalid contracts in JSON too', async () => {
    const r = await cli(['check', '-', '--json'], '{"id":"bad","kind":"x"}');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).invalid[0]).toMatchObject({ index: 0, id: 'bad', problems: [{ path: '$.kind' }] });
  });

  it.each([
    ['', /JSON/],
    ['{"id": ', /JSON/],
    ['\u0000\u0001binary', /JSON/],
  ])('exits 2 on unreadable input %j', async (input, message) => {
    const r = await cli(['check', '-'], input);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('accepts a UTF-8 BOM', async () => {
    expect((await cli(['check', '-'], `\uFEFF${ok}`)).code).toBe(0);
  });

  it('exits 2 on a missing file', async () => {
    const r = await cli(['check', '/nonexistent/contract.json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/ENOENT/);
  });

  it('runs only the rules given by --rules', async () => {
    const r = await cli(['check', '-', '--json', '--rules', 'price.actualisation'], failing);
    expect(JSON.parse(r.out).results[0].findings.map((f: { rule: string }) => f.rule)).toEqual(['price.actualisation']);
  });
});

describe('clausier usage', () => {
  it.each([
    [['check'], /check prend au moins un fichier/],
    [['check', 'a', 'b'], /plusieurs fichiers ne se lisent qu’avec --format eforms \(2 donnés\)/],
    [['frobnicate'], /commande inconnue « frobnicate »/],
    [['check', '-', '--lang', 'de'], /--lang/],
    [['check', '-', '--as-of', '2026-02-30'], /--as-of/],
    [['check', '-', '--rules', 'nope'], /règle inconnue « nope »/],
    [['check', '-', '--wat'], /option inconnue « --wat »/],
  ])('%j exits 3 with a message', async (args, message) => {
    const r = await cli(args as string[]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(message);
  });

  it('prints help and version', async () => {
    expect((await cli(['--help'])).out).toMatch(/Usage/);
    expect((await cli(['--version'])).out).toMatch(/^\d+\.\d+\.\d+/);
    expect((await cli([])).code).toBe(3);
  });
});

describe('clausier rules / params', () => {
  it('lists every rule with its metadata', async () => {
    const r = await cli(['rules', '--json']);
    expect(r.code).toBe(0);
    const { rules } = JSON.parse(r.out);
    expect(rules.map((x: { id: string }) => x.id)).toContain('price.actualisation');
    expect(rules[0]).toEqual(expect.objectContaining({ family: 'price', legalBasis: expect.any(Array), parameters: expect.any(Array) }));
    expect((await cli(['rules'])).out).toMatch(/price\.actualisation/);
  });

  it('lists every parameter with its history, sources and confidence', async () => {
    const r = await cli(['params', '--json']);
    const { parameters } = JSON.parse(r.out);
    const p = parameters.find((x: { key: string }) => x.key === 'dispense.suppliesServices');
    expect(p.values.map((v: { value: string }) => v.value)).toEqual(['25000', '40000', '60000']);
    expect(p.values[2].sources[0].article).toBe('R2122-8');
    const human = (await cli(['params', '--as-of', '2028-01-01', '--lang', 'en'])).out;
    expect(human).toMatch(/eu\.suppliesServices\.central\s+not yet published/);
    const y2019 = (await cli(['params', '--as-of', '2019-06-01', '--lang', 'en'])).out;
    expect(y2019).toMatch(/eu\.suppliesServices\.central\s+144000 EUR excl\. tax \(unconfirmed\)/);
  });
});
