import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { fixtureFile } from '../support/shared-data.js';

const REAL = fixtureFile('eforms-real-notices');
const notice = (name: string) => `${REAL}/${name}`;
const DE = notice('eforms_sdk_v1.5_eform_subtype_16__657565-2023.xml');
const ES = notice('eforms_sdk_v1.6_eform_subtype_10__262891-2023.xml');
const CAN = fixtureFile('eforms-sdk-examples/1.3.0/can_24_minimal.xml');

describe('clausier check --format eforms', () => {
  it('checks each lot of a notice as a contract (JSON: one result per lot)', async () => {
    const r = await cli(['check', '--format', 'eforms', '--json', '--as-of', '2026-11-01', DE]);
    const out = JSON.parse(r.out) as { results: { contract: string }[]; invalid: unknown[] };
    expect(out.results.map((x) => x.contract)).toEqual(['657565-2023/LOT-0001', '657565-2023/LOT-0002']);
    expect(out.invalid).toEqual([]);
    expect([0, 1]).toContain(r.code);
  });

  it('reads several files, and the .xml files of a folder in name order', async () => {
    const two = await cli(['check', '--format', 'eforms', '--json', DE, ES]);
    expect((JSON.parse(two.out) as { results: unknown[] }).results).toHaveLength(6);
    const folder = await cli(['check', '--format', 'eforms', '--json', REAL]);
    const ids = (JSON.parse(folder.out) as { results: { contract: string }[] }).results.map((x) => x.contract.split('/')[0]);
    expect([...new Set(ids)]).toEqual(['650472-2023', '657565-2023', '262891-2023', '536143-2023', '650276-2023']);
  });

  it('lists a file that is no notice to read as invalid (exit 2), and still checks the others', async () => {
    const r = await cli(['check', '--format', 'eforms', '--json', DE, fixtureFile('decp-v2-examples/concessions.json')]);
    const out = JSON.parse(r.out) as {
      results: unknown[];
      invalid: { index: number; problems: { code: string; message: { en: string } }[] }[];
    };
    expect(out.results).toHaveLength(2);
    expect(out.invalid).toEqual([
      {
        index: 2,
        problems: [
          {
            path: '$',
            code: 'not-read',
            message: expect.objectContaining({ en: expect.stringMatching(/concessions\.json: not well-formed XML/) }),
          },
        ],
      },
    ]);
    expect(r.code).toBe(2);
  });

  it('refuses several files for the other formats (usage, exit 3)', async () => {
    const r = await cli(['check', DE, ES]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/plusieurs fichiers ne se lisent qu’avec --format eforms \(2 donnés\)/);
  });
});

describe('clausier portfolio --format eforms', () => {
  it('accounts for every lot of every notice: evaluated or rejected with its reason', async () => {
    const r = await cli(['portfolio', '--format', 'eforms', '--json', '--as-of', '2026-11-01', DE, ES, CAN]);
    const out = JSON.parse(r.out) as { records: { total: number; evaluated: number; rejected: number } };
    expect(out.records).toMatchObject({ total: 7, evaluated: 7, rejected: 0 });
  });

  it('counts an award notice lot without a winner as a rejected record', async () => {
    const r = await cli(['portfolio', '--format', 'eforms', '--json', fixtureFile('eforms-sdk-examples/1.8.0/can-social_24.xml')]);
    const out = JSON.parse(r.out) as {
      records: { total: number; evaluated: number; rejected: number; rejections: { index: number; reason: string }[] };
    };
    expect(out.records).toMatchObject({ total: 3, evaluated: 1, rejected: 2 });
    expect(out.records.rejections.map((x) => x.index)).toEqual([0, 2]);
  });
});

describe('clausier check --format decp|decp-v1|ocds', () => {
  it('maps each record through its reader, then checks it', async () => {
    // The 2.0.3 wrapped layout is a stream document: check reads a record or an array of records.
    const records = (
      JSON.parse(readFileSync(fixtureFile('decp-v2-real/megalis-bretagne_decp-59920013600241-2024-07-09-01.json'), 'utf8')) as {
        marches: { marche: unknown[] };
      }
    ).marches.marche;
    const file = join(mkdtempSync(join(tmpdir(), 'clausier-check-')), 'decp.json');
    writeFileSync(file, JSON.stringify(records));
    const r = await cli(['check', '--format', 'decp', '--json', file]);
    const out = JSON.parse(r.out) as { results: { contract: string }[]; invalid: unknown[] };
    expect(out.results.map((x) => x.contract)).toEqual([
      'H9O2024T0000256',
      expect.any(String),
      expect.any(String),
      expect.any(String),
      expect.any(String),
    ]);
    expect(out.invalid).toEqual([]);
  });

  it('lists a record its reader rejects, with the reason (exit 2)', async () => {
    const r = await cli(['check', '--format', 'decp', '--json', '-'], JSON.stringify([{ nature: 'Marché' }]));
    const out = JSON.parse(r.out) as { invalid: { index: number; problems: { code: string; message: { en: string } }[] }[] };
    expect(out.invalid[0]?.problems[0]).toMatchObject({ code: 'not-read', message: { en: expect.stringMatching(/no usable identifier/) } });
    expect(r.code).toBe(2);
  });
});
