import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lineRanges, looksLikeNdjson } from '../../src/cli/parallel.js';

// --jobs runs worker threads from the built command (dist/cli.js): these tests spawn it, as users do.
const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** DECP 2024 NDJSON with what makes parts of a file interact: exact duplicates and shared ids across parts, bad lines. */
function fixture(n: number): string {
  const rec = (i: number) => ({
    id: `2024-${String(i % 997).padStart(4, '0')}`,
    acheteur: { id: `2135002380${String(i % 13).padStart(4, '0')}` },
    nature: 'Marché',
    objet: `Travaux lot ${i}`,
    codeCPV: ['45210000-2', '90911200-8', '39130000-2'][i % 3],
    procedure: ['Procédure adaptée', 'Appel d’offres ouvert'][i % 2],
    dureeMois: 12,
    dateNotification: `202${4 + (i % 2)}-0${1 + (i % 9)}-15`,
    montant: i % 17 === 0 ? 1e17 : 40000 + i * 3.5,
    attributionAvance: i % 4 === 0,
    typesPrix: { typePrix: ['Définitif ferme'] },
    considerationsSociales: { considerationSociale: [i % 5 ? 'Pas de considération sociale' : 'Clause sociale'] },
    considerationsEnvironnementales: { considerationEnvironnementale: ['Pas de considération environnementale'] },
    titulaires: [{ titulaire: { typeIdentifiant: 'SIRET', id: '45026040000011' } }],
  });
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(JSON.stringify(rec(i)));
    if (i % 97 === 5) lines.push('{"id": NaN}');
    if (i % 61 === 7) lines.push(JSON.stringify(rec(Math.floor(i / 3)))); // repeats an earlier record, often in an earlier part
    if (i % 211 === 0) lines.push('');
  }
  return `\uFEFF${lines.join('\r\n')}\n`;
}

function portfolio(file: string, jobs: number, dir: string): { status: number | null; out: string; rejections: string; err: string } {
  const rejections = join(dir, `r${jobs}.ndjson`);
  const r = spawnSync(
    process.execPath,
    [
      bin,
      'portfolio',
      file,
      '--format',
      'decp',
      '--json',
      '--as-of',
      '2026-11-23',
      '--by',
      'year,buyer',
      '--jobs',
      String(jobs),
      '--rejections-out',
      rejections,
    ],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  return { status: r.status, out: r.stdout, err: r.stderr, rejections: readFileSync(rejections, 'utf8') };
}

describe('portfolio --jobs N (worker threads over byte ranges of an NDJSON file)', () => {
  it('prints byte for byte what --jobs 1 prints: indexes, samples, duplicates and shared ids across ranges, all rejections', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausier-jobs-'));
    const file = join(dir, 'decp.ndjson');
    writeFileSync(file, fixture(3000));
    const one = portfolio(file, 1, dir);
    expect(one.status).toBe(0);
    const s = JSON.parse(one.out);
    // The fixture exercises what could differ: duplicates across parts, ids shared across parts, rejections, defects.
    expect(s.records.duplicates).toBeGreaterThan(40);
    expect(s.records.rejected).toBeGreaterThan(25);
    expect(s.dataQuality.files[0].sharedIds.differingIds).toBeGreaterThan(100);
    expect(s.dataQuality.records).toBeGreaterThan(100);
    for (const jobs of [2, 3, 7]) {
      const many = portfolio(file, jobs, dir);
      expect(many.status, many.err).toBe(0);
      expect(many.out).toBe(one.out);
      expect(many.rejections).toBe(one.rejections);
    }
  });

  it('cuts at line ends, each cut after the one before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausier-ranges-'));
    const file = join(dir, 'x.ndjson');
    const text = `${'{"a":1}\n'.repeat(10)}{"b":"${'x'.repeat(200_000)}"}\n{"c":2}\n`;
    writeFileSync(file, text);
    const starts = await lineRanges(file, text.length, 4);
    expect(starts[0]).toBe(0);
    for (const s of starts.slice(1)) expect(text[s - 1]).toBe('\n');
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('is only used for NDJSON: a JSON document is read by one thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausier-sniff-'));
    const nd = join(dir, 'a.ndjson');
    const doc = join(dir, 'b.json');
    writeFileSync(nd, '\uFEFF{"a":1}\n{"a":2}\n');
    writeFileSync(doc, '{"marches": [\n{"a":1},\n{"a":2}]}\n');
    expect(await looksLikeNdjson(nd)).toBe(true);
    expect(await looksLikeNdjson(doc)).toBe(false);
  });
});
