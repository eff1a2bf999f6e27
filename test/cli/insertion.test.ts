import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';

const EXAMPLE = 'examples/insertion/contrat-ambition-logement.json';

async function cli(args: string[], stdin?: string) {
  let out = '';
  let err = '';
  const code = await run(args, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readText: (path) => (path === '-' ? Promise.resolve(stdin ?? '') : readFile(path, 'utf8')),
  });
  return { code, out, err };
}

describe('clausier insertion', () => {
  it('prints a French table by default', async () => {
    const r = await cli(['insertion', EXAMPLE, '--as-of', '2026-11-23']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/Attendu au rythme linéaire\s+222\u202f604,61 h \(1423\/2557 jours\)/);
    expect(r.out).toMatch(/EN RETARD/);
    expect(r.out).toMatch(/Heures d’insertion par année/);
    expect(r.out).toMatch(/2025\s+59\u202f780 h\s+4\u202f508 h\s+64\u202f288 h\s+1\u202f312 h\s+3/);
  });

  it('prints English with --lang en', async () => {
    const r = await cli(['insertion', EXAMPLE, '--as-of', '2026-11-23', '--lang', 'en']);
    expect(r.out).toMatch(/Expected at a linear pace\s+222,604.61 h/);
    expect(r.out).toMatch(/projected on 2031-06-09 at the current pace/);
  });

  it('prints machine-readable JSON with --json', async () => {
    const r = await cli(['insertion', EXAMPLE, '--as-of', '2029-12-31', '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out);
    expect(data.asOf).toBe('2029-12-31');
    expect(data.buckets[0]).toMatchObject({ id: 'works', expectedHours: '400000' });
    expect(data.years).toHaveLength(7);
  });

  it('reads stdin', async () => {
    const text = await readFile(EXAMPLE, 'utf8');
    const r = await cli(['insertion', '-', '--as-of', '2024-01-01', '--json'], text);
    expect(JSON.parse(r.out).buckets[0].elapsedDays).toBe(366);
  });

  it('exits 2 with each problem and its path on invalid input', async () => {
    const bad = JSON.stringify({
      id: 'p',
      start: '2025-01-01',
      end: '2025-12-31',
      buckets: [{ id: 'works', targetHours: '10' }],
      realised: [{ date: '2026-01-01', bucket: 'wroks', hours: '-3', public: 'iae-pathway' }],
    });
    const r = await cli(['insertion', '-', '--lang', 'en'], bad);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/\$\.buckets\[0\]\.deadline: bucket without a deadline/);
    expect(r.err).toMatch(/\$\.realised\[0\]\.hours: a number of hours cannot be negative/);
    const json = await cli(['insertion', '-', '--json'], bad);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out).invalid.problems.map((p: { path: string }) => p.path)).toEqual([
      '$.buckets[0].deadline',
      '$.realised[0].hours',
    ]);
    const cross = JSON.stringify({
      id: 'p',
      start: '2025-01-01',
      end: '2025-12-31',
      buckets: [{ id: 'works', targetHours: '10', deadline: '2025-12-31' }],
      realised: [{ date: '2026-01-01', bucket: 'wroks', hours: '3', public: 'iae-pathway' }],
    });
    const c = await cli(['insertion', '-'], cross);
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/\$\.realised\[0\]\.bucket: heures attribuées à une enveloppe inconnue "wroks"/);
    expect(c.err).toMatch(/\$\.realised\[0\]\.date: heures datées du 2026-01-01, hors des dates du programme/);
  });

  it('exits 2 on unreadable JSON, 3 on wrong usage', async () => {
    expect((await cli(['insertion', '-'], '{')).code).toBe(2);
    expect((await cli(['insertion'])).code).toBe(3);
    expect((await cli(['insertion', EXAMPLE, '--as-of', '2026-02-30'])).code).toBe(3);
  });

  it('is listed in the help', async () => {
    expect((await cli(['--help'])).out).toMatch(/\n {2}insertion /);
    expect((await cli(['insertion', '--help'])).out).toMatch(/clausier insertion <programme\.json\|->/);
  });
});
