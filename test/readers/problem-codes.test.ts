import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decpV1Reader,
  decpV2Reader,
  type MappedRecord,
  mapRecords,
  ocdsReader,
  READ_PROBLEM_CODES,
  type RecordReader,
  streamRecords,
} from '../../src/index.js';
import { realFile } from '../support/shared-data.js';

const CODES = Object.keys(READ_PROBLEM_CODES);

describe('READ_PROBLEM_CODES: the defect classes', () => {
  it('are kebab-case, each with an action and a French and English meaning', () => {
    expect(CODES.length).toBeGreaterThan(30);
    for (const [code, info] of Object.entries(READ_PROBLEM_CODES)) {
      expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['left-out', 'repaired', 'flagged']).toContain(info.action);
      expect(info.en.length, code).toBeGreaterThan(20);
      expect(info.fr.length, code).toBeGreaterThan(20);
    }
  });

  it('are each documented in docs/readers.md, which lists no other', () => {
    const doc = readFileSync('docs/readers.md', 'utf8');
    const section = doc.slice(doc.indexOf('### Defect codes'), doc.indexOf('\n## ', doc.indexOf('### Defect codes')));
    const listed = [...section.matchAll(/^\| `([a-z0-9-]+)` \| (left-out|repaired|flagged) \|/gm)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(listed)).toEqual(Object.fromEntries(Object.entries(READ_PROBLEM_CODES).map(([c, i]) => [c, i.action])));
  });
});

async function read(path: string, reader: RecordReader): Promise<MappedRecord[]> {
  const out: MappedRecord[] = [];
  for await (const m of mapRecords(streamRecords([readFileSync(realFile(path))]), reader)) out.push(m);
  return out;
}

describe('every problem found in the real fixtures has a known code', () => {
  it.each([
    ['decp-v1-real/v1_data.gouv.fr_pes_sample150.json', decpV1Reader],
    ['decp-v1-real/v1_e-marchespublics_sample150.json', decpV1Reader],
    ['decp-v2-real/megalis-bretagne_decp-59920013600241-2024-07-09-01.json', decpV2Reader],
    ['decp-v2-examples/marches_concessions.json', decpV2Reader],
    ['decp-v2-examples/marches_avec_modifications.json', decpV2Reader],
  ] as const)('%s', async (path, reader) => {
    for (const m of await read(path, reader)) for (const p of m.problems) expect(CODES, `${p.path}: ${p.reason}`).toContain(p.code);
  });

  it('the OCDS examples of the eForms mapping guidance', () => {
    const guidance = JSON.parse(
      readFileSync(realFile('eforms-ocds-mapping/guidance_subset_BT-06_71_717_726_754_755_765_774_775_776_777_805.json'), 'utf8'),
    ) as { 'OCDS example': string }[];
    for (const [i, g] of guidance.entries()) {
      const r = ocdsReader.read({ ocid: `ocds-${i}`, ...(JSON.parse(g['OCDS example']) as Record<string, unknown>) });
      for (const p of r.problems) expect(CODES).toContain(p.code);
    }
  });
});
