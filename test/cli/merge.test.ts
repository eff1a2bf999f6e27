import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';

const rec = (i: number, year: number) => ({
  id: `m${i % 40}`,
  kind: 'contract',
  nature: ['works', 'supplies', 'services'][i % 3],
  amountExclTax: `${40000 + i}.25`,
  dates: { notification: `${year}-0${1 + (i % 9)}-1${i % 10}` },
  environmental: { executionClause: i % 2 === 0, awardCriterion: false, technicalSpecification: false },
  advance: { granted: i % 5 === 0 },
});
const lines = (xs: unknown[]) => `${xs.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('\n')}\n`;
const FILES: Record<string, string> = {
  'a.ndjson': lines([...Array.from({ length: 60 }, (_, i) => rec(i, 2024)), '{oops', rec(3, 2024)]),
  'b.ndjson': lines(Array.from({ length: 45 }, (_, i) => rec(i + 7, 2025))),
  // 250 rejected records, then one that can be evaluated.
  'bad.ndjson': lines([
    ...Array.from({ length: 250 }, (_, i) =>
      i % 2 ? '{"id":NaN}' : { id: `x${i}`, kind: 'contract', dates: { notification: '2024-02-30' } },
    ),
    rec(1, 2024),
  ]),
};

/** Runs the CLI over in-memory files; the files it writes are added to them. */
async function cli(argv: string[], files: Record<string, string> = FILES): Promise<{ code: number; out: string; err: string }> {
  const c = { out: '', err: '' };
  const read = (path: string) => {
    const t = files[path];
    if (t === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
    return t;
  };
  const io: CliIo = {
    out: (t) => {
      c.out += t;
    },
    err: (t) => {
      c.err += t;
    },
    readText: async (p) => read(p),
    async *readStream(p) {
      const bytes = new TextEncoder().encode(read(p));
      for (let i = 0; i < bytes.length; i += 1000) yield bytes.slice(i, i + 1000);
    },
    writeText: async (p, t) => {
      files[p] = t;
    },
  };
  return { code: await run(argv, io), ...c };
}
const body = (out: string) => {
  // merge has no --purchases: the quota regimes (null without them) are portfolio's only.
  const { version: _v, asOf: _a, inputs: _i, regimes: _r, ...rest } = JSON.parse(out);
  return rest;
};

describe('portfolio --tally-out and merge', () => {
  it('merging the tallies of shards gives the report of one run over all of them (JSON, Markdown)', async () => {
    const files = { ...FILES };
    const whole = await cli(['portfolio', 'a.ndjson', 'b.ndjson', '--json', '--as-of', '2026-11-23', '--by', 'year,nature'], files);
    expect(whole.code).toBe(0);
    for (const f of ['a', 'b']) {
      const r = await cli(
        ['portfolio', `${f}.ndjson`, '--tally-out', `${f}.tally.json`, '--as-of', '2026-11-23', '--by', 'year,nature'],
        files,
      );
      expect(r.code).toBe(0);
      expect(r.err).toContain(`${f}.tally.json`);
    }
    const merged = await cli(['merge', 'b.tally.json', 'a.tally.json', '--json'], files);
    expect(merged.code).toBe(0);
    expect(body(merged.out)).toEqual(body(whole.out));
    const out = JSON.parse(merged.out);
    expect(out.asOf).toBe('2026-11-23');
    expect(out.inputs.map((i: { file: string }) => i.file)).toEqual(['b.ndjson', 'a.ndjson']);
    expect(out.inputs[1].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(out.inputs[1].bytes).toBe(new TextEncoder().encode(FILES['a.ndjson']).length);
    expect(out.records).toMatchObject({ total: 107, rejected: 1, duplicates: 1 });
    const md = await cli(['merge', 'a.tally.json', 'b.tally.json', '--lang', 'en'], files);
    const md1 = await cli(['portfolio', 'a.ndjson', 'b.ndjson', '--lang', 'en', '--as-of', '2026-11-23', '--by', 'year,nature'], files);
    expect(md.out).toBe(md1.out);
  });

  it('refuses what cannot be merged (exit 2): the same input twice, another date, a file that is not a tally', async () => {
    const files = { ...FILES };
    await cli(['portfolio', 'a.ndjson', '--tally-out', 'a1.json', '--as-of', '2026-11-23'], files);
    await cli(['portfolio', 'a.ndjson', '--tally-out', 'a2.json', '--as-of', '2026-11-24'], files);
    await cli(['portfolio', 'b.ndjson', '--tally-out', 'b.json', '--as-of', '2026-11-23', '--by', 'nature'], files);
    const twice = await cli(['merge', 'a1.json', 'a1.json'], files);
    expect([twice.code, twice.err]).toEqual([2, 'clausier: fusion impossible: input a.ndjson is counted in two tallies\n']);
    expect((await cli(['merge', 'a1.json', 'a2.json'], files)).err).toMatch(/evaluated on 2026-11-23 and on 2026-11-24/);
    expect((await cli(['merge', 'a1.json', 'b.json'], files)).err).toMatch(/grouped by year and nature/);
    expect((await cli(['merge', 'a.ndjson'], files)).code).toBe(2);
    const notTally = await cli(['merge', 'x.json'], { 'x.json': '{"marches": []}' });
    expect(notTally.err).toMatch(/x\.json: not a clausier tally file/);
    const asOf = await cli(['merge', 'a1.json', '--as-of', '2026-01-01'], files);
    expect([asOf.code, asOf.err]).toEqual([2, 'clausier: les décomptes ont été évalués au 2026-11-23, pas au 2026-01-01\n']);
    expect((await cli(['merge'], files)).code).toBe(3);
  });
});

describe('portfolio --rejections-out', () => {
  it('writes every rejection, in order, while the output lists the first 100 and counts them all', async () => {
    const files = { ...FILES };
    const r = await cli(['portfolio', 'bad.ndjson', '--json', '--rejections-out', 'rej.ndjson'], files);
    const out = JSON.parse(r.out);
    expect(out.records).toMatchObject({ total: 251, rejected: 250 });
    expect(out.records.rejections).toHaveLength(100);
    const all = (files['rej.ndjson'] as string)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(all).toHaveLength(250);
    expect(all.map((x) => x.index)).toEqual(Array.from({ length: 250 }, (_, i) => i));
    expect(all[1]).toEqual({ file: 'bad.ndjson', index: 1, reason: expect.stringMatching(/^non-JSON token NaN/) });
    expect(out.records.rejections).toEqual(all.slice(0, 100));
  });

  it('the built command streams them to the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausier-rej-'));
    writeFileSync(join(dir, 'bad.ndjson'), FILES['bad.ndjson'] as string);
    const r = spawnSync(
      process.execPath,
      ['dist/cli.js', 'portfolio', join(dir, 'bad.ndjson'), '--json', '--rejections-out', join(dir, 'r.ndjson')],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBeLessThan(2);
    expect(readFileSync(join(dir, 'r.ndjson'), 'utf8').trimEnd().split('\n')).toHaveLength(250);
  });
});
