import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { INDICATOR_IDS } from '../../src/portfolio/indicators.js';

interface Captured {
  out: string;
  err: string;
  written: Map<string, string>;
}

/** An injected CliIo over in-memory files; `-` is standard input. Streams files in small chunks. */
function memoryIo(files: Record<string, string>, extra: Partial<CliIo> = {}): { io: CliIo; c: Captured } {
  const c: Captured = { out: '', err: '', written: new Map() };
  const read = (path: string): string => {
    const text = files[path];
    if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
    return text;
  };
  const io: CliIo = {
    out: (t) => {
      c.out += t;
    },
    err: (t) => {
      c.err += t;
    },
    readText: async (path) => read(path),
    async *readStream(path) {
      const bytes = new TextEncoder().encode(read(path));
      for (let i = 0; i < bytes.length; i += 7) yield bytes.slice(i, i + 7);
    },
    writeText: async (path, text) => {
      c.written.set(path, text);
    },
    ...extra,
  };
  return { io, c };
}

const ENV = (v: boolean) => ({ executionClause: v, awardCriterion: false, technicalSpecification: false });
const SOC = (v: boolean) => ({ executionClause: v, awardCriterion: false, technicalSpecification: false, reserved: false });
const record = (i: number, year: number, env: boolean, social = false) => ({
  id: `m${i}`,
  kind: 'contract',
  nature: 'services',
  amountExclTax: '50000.10',
  dates: { notification: `${year}-06-15` },
  environmental: ENV(env),
  social: SOC(social),
});
const ndjson = (records: unknown[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
const json = (c: Captured) => JSON.parse(c.out);

describe('clausier portfolio', () => {
  // 2024: 4 of 5 with an environmental consideration (80 %, target 80 %), 2 of 5 social (40 % ≥ 25 %).
  const met = [0, 1, 2, 3, 4].map((i) => record(i, 2024, i < 4, i < 2));

  it('prints the JSON summary and exits 0 when every target is met', async () => {
    const { io, c } = memoryIo({ 'p.ndjson': ndjson(met) });
    expect(await run(['portfolio', 'p.ndjson', '--targets', 'armees', '--json'], io)).toBe(0);
    const out = json(c);
    expect(out.records).toEqual({ total: 5, evaluated: 5, rejected: 0, duplicates: 0, rejections: [] });
    const env2024 = out.indicators.find(
      (x: { id: string; group: { year?: number } }) => x.id === 'environmental-consideration' && x.group.year === 2024,
    );
    expect(env2024).toMatchObject({ numerator: 4, denominator: 5, unknown: 0, rate: 0.8, amountRate: 0.8, target: 0.8, met: true });
    expect(c.err).toBe('');
  });

  it('exits 1 when a target is missed (one record less with a consideration)', async () => {
    const missed = met.map((r, i) => (i === 3 ? { ...r, environmental: ENV(false) } : r));
    const { io, c } = memoryIo({ 'p.ndjson': ndjson(missed) });
    expect(await run(['portfolio', 'p.ndjson', '--targets', 'armees', '--json'], io)).toBe(1);
    expect(
      json(c).indicators.find((x: { id: string; met: boolean | null }) => x.id === 'environmental-consideration' && x.met === false),
    ).toMatchObject({
      rate: 0.6,
      gap: -0.2,
    });
  });

  it('reads a JSON array the same as NDJSON, with a BOM, from stdin', async () => {
    const a = memoryIo({ '-': `\uFEFF${JSON.stringify(met)}` });
    const b = memoryIo({ 'p.ndjson': ndjson(met) });
    expect(await run(['portfolio', '-', '--json'], a.io)).toBe(0);
    expect(await run(['portfolio', 'p.ndjson', '--json'], b.io)).toBe(0);
    // The same but for the input's name, given per file.
    expect(a.c.out.replaceAll('"file": "-"', '"file": "p.ndjson"')).toBe(b.c.out);
  });

  it('accounts for every record: bad lines and invalid contracts are rejected with index and reason', async () => {
    const text = `${JSON.stringify(met[0])}\n{not json\n\n${JSON.stringify({ ...met[1], dates: { notification: '2024-02-30' } })}\n${JSON.stringify(met[2])}`;
    const { io, c } = memoryIo({ 'p.ndjson': text });
    expect(await run(['portfolio', 'p.ndjson', '--json'], io)).toBe(0);
    const out = json(c);
    expect(out.records.total).toBe(4);
    expect(out.records.evaluated).toBe(2);
    expect(out.records.rejections.map((r: { index: number }) => r.index)).toEqual([1, 2]);
    expect(out.records.rejections[0].reason).toMatch(/JSON/);
    expect(out.records.rejections[1].reason).toMatch(/\$\.dates\.notification/);
    expect(out.dataQuality.byPath).toEqual([{ path: '$.dates.notification', count: 1 }]);
  });

  it('groups by the dimensions given, and adds the year when targets are asked for', async () => {
    const { io, c } = memoryIo({ 'p.ndjson': ndjson(met) });
    await run(['portfolio', 'p.ndjson', '--by', 'nature', '--targets', 'pnad', '--json'], io);
    expect(json(c).by).toEqual(['year', 'nature']);
    const { io: io2, c: c2 } = memoryIo({ 'p.ndjson': ndjson(met) });
    await run(['portfolio', 'p.ndjson', '--by', 'buyer,nature', '--json'], io2);
    expect(json(c2).indicators[INDICATOR_IDS.length].group).toEqual({ buyer: 'unknown', nature: 'services' });
  });

  it('reads an organisation’s targets file', async () => {
    const targets = { name: 'OPH', targets: [{ indicator: 'reserved', year: 2024, minCount: 1 }] };
    const { io, c } = memoryIo({ 'p.ndjson': ndjson(met), 'own.json': JSON.stringify(targets) });
    expect(await run(['portfolio', 'p.ndjson', '--targets', 'own.json', '--json'], io)).toBe(1);
    expect(
      json(c).indicators.find((x: { id: string; group: { year?: number } }) => x.id === 'reserved' && x.group.year === 2024),
    ).toMatchObject({
      numerator: 0,
      target: 1,
      met: false,
      gap: -1,
    });
  });

  it('prints Markdown by default and writes the HTML report', async () => {
    const { io, c } = memoryIo({ 'p.ndjson': ndjson(met) });
    expect(await run(['portfolio', 'p.ndjson', '--targets', 'armees', '--html', 'out.html', '--lang', 'en'], io)).toBe(0);
    expect(c.out).toContain('# Purchasing portfolio compliance');
    expect(c.written.get('out.html')).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(c.err).toContain('out.html');
  });

  it('applies the consideration scope option', async () => {
    const small = { ...record(9, 2024, false), amountExclTax: '40000' };
    const { io, c } = memoryIo({ 'p.ndjson': ndjson([...met, small]) });
    await run(['portfolio', 'p.ndjson', '--json', '--consideration-min-amount', '40000'], io);
    expect(json(c).indicators[1]).toMatchObject({ id: 'environmental-consideration', group: {}, denominator: 5 });
    expect(json(c).considerationMinAmount).toBe('40000');
  });

  it('shows progress on stderr with --progress or a terminal, never otherwise', async () => {
    const quiet = memoryIo({ 'p.ndjson': ndjson(met) });
    await run(['portfolio', 'p.ndjson', '--json'], quiet.io);
    expect(quiet.c.err).toBe('');
    // A clock that moves 2 s per reading: every batch shows a line.
    let t = 0;
    const now = () => (t += 2000);
    const text = ndjson(met);
    const size = async () => new TextEncoder().encode(text).length;
    const flag = memoryIo({ 'p.ndjson': text }, { now, size });
    await run(['portfolio', 'p.ndjson', '--json', '--progress'], flag.io);
    // Not a terminal: whole lines, nothing to clear; records, share of the bytes read, time left.
    expect(flag.c.err).toMatch(/^\d+ enregistrements · \d+ % · reste ~\d+ s\n/);
    expect(flag.c.err).toMatch(/5 enregistrements · 100 % · reste ~0 s\n$/);
    const tty = memoryIo({ 'p.ndjson': text }, { errIsTTY: true, now, size });
    await run(['portfolio', 'p.ndjson', '--json', '--lang', 'en'], tty.io);
    const ESC = String.fromCharCode(27);
    expect(tty.c.err.startsWith('\r')).toBe(true);
    expect(tty.c.err.split(`${ESC}[K`)[0]).toMatch(/^\r\d+ records · \d+% · ~\d+ s left$/);
    expect(tty.c.err.endsWith(`\r${ESC}[K`)).toBe(true); // cleared at the end
    expect(JSON.parse(tty.c.out).records.total).toBe(5);
    const stdin = memoryIo({ '-': text }, { now });
    await run(['portfolio', '-', '--json', '--progress', '--lang', 'en'], stdin.io);
    expect(stdin.c.err).toMatch(/5 records · 0\.0 MB read\n$/); // size unknown: bytes read instead
  });

  it('falls back to readText when the io cannot stream', async () => {
    const { io, c } = memoryIo({ 'p.ndjson': ndjson(met) });
    const { readStream: _, ...plain } = io;
    expect(await run(['portfolio', 'p.ndjson', '--json'], plain)).toBe(0);
    expect(json(c).records.total).toBe(5);
  });

  it.each([
    [['portfolio', 'missing.ndjson'], /missing\.ndjson.*ENOENT/],
    [['portfolio', 'p.ndjson', '--targets', 'bad.json'], /fichier d’objectifs illisible/],
    [['portfolio', 'p.ndjson', '--targets', 'invalid.json'], /\$\.targets\[0\]\.minRate/],
  ])('exits 2 on invalid input: %j', async (argv, message) => {
    const { io, c } = memoryIo({
      'p.ndjson': ndjson(met),
      'bad.json': '{',
      'invalid.json': JSON.stringify({ name: 'x', targets: [{ indicator: 'reserved', year: 2026, minRate: 2 }] }),
    });
    expect(await run(argv, io)).toBe(2);
    expect(c.err).toMatch(message);
    expect(c.out).toBe('');
  });

  it.each([
    [['portfolio'], /au moins un fichier/],
    [['portfolio', 'p.ndjson', '--by', 'month'], /dimension inconnue « month »/],
    [['portfolio', 'p.ndjson', '--json', '--md'], /s’excluent/],
    [['portfolio', 'p.ndjson', '--consideration-min-amount', 'forty'], /montant/],
    [['portfolio', 'p.ndjson', '--format', 'xml'], /format inconnu « xml »/],
    [['portfolio', 'p.ndjson', '--targets', 'nope'], /objectifs inconnus « nope »/],
  ])('exits 3 on wrong usage: %j', async (argv, message) => {
    const { io, c } = memoryIo({ 'p.ndjson': ndjson(met) });
    expect(await run(argv, io)).toBe(3);
    expect(c.err).toMatch(message);
  });

  it('documents the command and its exit codes in its help', async () => {
    const { io, c } = memoryIo({});
    await run(['portfolio', '--help', '--lang', 'en'], io);
    expect(c.out).toContain('clausier portfolio <file|folder|->… [options]');
    expect(c.out).toContain('1  a target is missed');
  });

  it('compares the demo portfolio with the example action-sheet targets', async () => {
    const files = {
      'demo.ndjson': readFileSync('examples/portfolio/clausier-sample.ndjson', 'utf8'),
      'oph.json': readFileSync('examples/portfolio/targets-oph.json', 'utf8'),
    };
    const { io, c } = memoryIo(files);
    const code = await run(['portfolio', 'demo.ndjson', '--targets', 'oph.json', '--json'], io);
    const rows = json(c).indicators.filter((x: { group: { year?: number } }) => x.group.year === 2026);
    const reserved = rows.find((x: { id: string }) => x.id === 'reserved');
    expect(reserved).toMatchObject({ target: 1, targetKind: 'count', met: reserved.numerator >= 1 });
    const price = rows.find((x: { id: string }) => x.id === 'price-variation-clause');
    expect(price).toMatchObject({ target: 0.9, targetKind: 'rate', met: price.rate >= 0.9 });
    expect(code).toBe(json(c).indicators.some((x: { met: boolean | null }) => x.met === false) ? 1 : 0);
  });

  it('runs the demo portfolio end to end', async () => {
    const sample = readFileSync('examples/portfolio/clausier-sample.ndjson', 'utf8');
    const { io, c } = memoryIo({ 'demo.ndjson': sample });
    const code = await run(['portfolio', 'demo.ndjson', '--targets', 'armees', '--json'], io);
    const out = json(c);
    expect(out.records.total).toBe(500);
    expect(code).toBe(out.indicators.some((x: { met: boolean | null }) => x.met === false) ? 1 : 0);
  });
});
