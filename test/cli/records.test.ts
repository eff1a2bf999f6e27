import { describe, expect, it } from 'vitest';
import { INPUT_FORMATS } from '../../src/cli/records.js';
import { READERS } from '../../src/readers/index.js';
import { cli } from '../support/cli.js';
import { realFile } from '../support/shared-data.js';

const CSV = 'test/fixtures/decp-csv/megalis-bretagne-2024-decp-augmente.csv';
const JSON_FILE = realFile('decp-v2-real/megalis-bretagne_decp-59920013600241-2024-07-09-01.json');

describe('portfolio --format decp-csv', () => {
  it('reads the consolidated national table: every row accounted for, the same report as the same contracts in JSON', async () => {
    const csv = await cli(['portfolio', CSV, '--format', 'decp-csv', '--json', '--as-of', '2026-11-23']);
    const json = await cli(['portfolio', JSON_FILE, '--format', 'decp', '--json', '--as-of', '2026-11-23']);
    expect(csv.code).toBe(0);
    expect(csv.err).toBe('');
    const a = JSON.parse(csv.out);
    const b = JSON.parse(json.out);
    expect(a.records.total).toBe(5);
    expect(a.records.evaluated + a.records.rejected + a.records.duplicates).toBe(5);
    for (const k of ['total', 'evaluated', 'rejected', 'duplicates']) expect(a.records[k]).toBe(b.records[k]);
    expect(a.indicators).toEqual(b.indicators);
    expect(a.rules).toEqual(b.rules);
    expect(a.dataQuality.byPath).toEqual(b.dataQuality.byPath);
  });

  it('refuses a file that is not the DECP table, naming the columns it needs (exit 2)', async () => {
    const r = await cli(['portfolio', JSON_FILE, '--format', 'decp-csv', '--json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not the consolidated DECP table: it needs the columns id, montant/);
  });

  it('is a format every layer knows', () => {
    // eForms notices are documents of several contracts, read by readEformsNotice, not a record reader.
    for (const f of INPUT_FORMATS) if (f !== 'eforms') expect(READERS[f]).toBeDefined();
    expect(INPUT_FORMATS).toContain('decp-csv');
  });
});
