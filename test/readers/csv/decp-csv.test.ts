import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { streamCsvRecordBatches } from '../../../src/cli/csv-stream.js';
import {
  createTally,
  decpV2Reader,
  mapRecord,
  prepareEvaluation,
  type RecordReader,
  RecordTallier,
  type StreamedRecord,
  streamRecordBatches,
  summarisePortfolio,
} from '../../../src/index.js';
import { checkDecpCsvColumns, decpCsvReader, decpCsvRowToRecord, readListCell } from '../../../src/readers/csv/decp-csv.js';
import { hasRealFile, realFile, SHARED_SKIP_REASON } from '../../support/shared-data.js';

const FIXTURE = 'test/fixtures/decp-csv/megalis-bretagne-2024-decp-augmente.csv';
const FIXTURE_JSON = realFile('decp-v2-real/megalis-bretagne_decp-59920013600241-2024-07-09-01.json');
const SAMPLE = 'decp-v2-real/decp-processing_data_decp_augmente_valides_2022_test.csv';
const hasSample = hasRealFile(SAMPLE);

const evaluate = prepareEvaluation({ asOf: '2026-11-23' });

async function summary(batches: AsyncIterable<StreamedRecord[]>, reader: RecordReader, file: string) {
  const tally = createTally({ by: ['year', 'nature'] });
  const tallier = new RecordTallier(tally, evaluate, { file });
  for await (const batch of batches) for (const r of batch) tallier.add(r, mapRecord(r, reader));
  tallier.finish();
  return summarisePortfolio(tally);
}
const csvSummary = (path: string) => summary(streamCsvRecordBatches([readFileSync(path)]), decpCsvReader, 'x');
const jsonSummary = (path: string) => summary(streamRecordBatches([readFileSync(path)]), decpV2Reader, 'x');

describe('readListCell', () => {
  it('reads Python and JSON list literals, and nothing else', () => {
    expect(readListCell("['Critère environnemental', 'Clause environnementale']")).toEqual([
      'Critère environnemental',
      'Clause environnementale',
    ]);
    expect(readListCell('["a", "b\\"c"]')).toEqual(['a', 'b"c']);
    expect(readListCell('[]')).toEqual([]);
    expect(readListCell("['it''s']")).toEqual(['it', 's']);
    expect(readListCell('Clause sociale')).toBeUndefined();
    expect(readListCell("['open")).toBeUndefined();
    expect(readListCell('[a]')).toBeUndefined();
  });
});

describe('decpCsvRowToRecord', () => {
  it('rebuilds the DECP 2024 record: nested columns, holders, wrapped lists, booleans, numbers; MQ and CDL left out', () => {
    const { record, problems } = decpCsvRowToRecord({
      id: '24-1',
      'acheteur.id': '20003994900017',
      acheteur_nom: 'Commune',
      titulaire_id_1: '81918510900025',
      titulaire_typeIdentifiant_1: 'SIRET',
      titulaire_id_2: 'CDL',
      titulaire_typeIdentifiant_2: 'CDL',
      montant: '27364.0',
      dureeMois: '9',
      attributionAvance: 'False',
      marcheInnovant: 'MQ',
      considerationsSociales: "['Clause sociale']",
      typesPrix: 'Définitif ferme',
      idModification: '1',
      montantModification: '30000.5',
      idTitulaireModification: '1',
      idActeSousTraitance: '3',
    });
    expect(record).toEqual({
      id: '24-1',
      acheteur: { id: '20003994900017', nom: 'Commune' },
      montant: 27364,
      dureeMois: 9,
      attributionAvance: false,
      considerationsSociales: { considerationSociale: ['Clause sociale'] },
      typesPrix: { typePrix: ['Définitif ferme'] },
      titulaires: [{ titulaire: { id: '81918510900025', typeIdentifiant: 'SIRET' } }],
      modifications: [{ modification: { id: '1', montant: 30000.5, titulaires: [{ titulaire: { id: '1' } }] } }],
    });
    expect(problems).toEqual([
      { code: 'list-as-text', path: '$.typesPrix', value: 'Définitif ferme', reason: 'not a list: read as a single label' },
    ]);
  });

  it('refuses a table without the DECP columns, naming what it found', () => {
    expect(() => checkDecpCsvColumns(['id', 'montant', 'dateNotification'])).not.toThrow();
    expect(() => checkDecpCsvColumns(['name', 'amount'])).toThrow(/not the consolidated DECP table.*"name", "amount"/);
  });
});

describe('decp-csv on the consolidated national table (fixture: 5 real rows in the published layout)', () => {
  it('accounts for every row and gives the same indicators, verdicts and problems as the same contracts in DECP 2024 JSON', async () => {
    const csv = await csvSummary(FIXTURE);
    const json = await jsonSummary(FIXTURE_JSON);
    expect(csv.records).toMatchObject({ total: 5, evaluated: 5, rejected: 0, duplicates: 0 });
    expect(csv.records).toEqual(json.records);
    expect(csv.indicators).toEqual(json.indicators);
    expect(csv.rules).toEqual(json.rules);
    expect(csv.period).toEqual(json.period);
    expect(csv.dataQuality.byPath).toEqual(json.dataQuality.byPath);
  });
});

// The published sample (9 real rows, GPL-3.0-or-later: not in test/fixtures), read by hand: what each row says.
describe.skipIf(!hasSample)(`decp-csv on the published sample of the national table (${SHARED_SKIP_REASON})`, () => {
  it('accounts for every row, reads considerations, price types, advances and INX placeholders as the JSON reader would', async () => {
    const s = await csvSummary(realFile(SAMPLE));
    expect(s.records.total).toBe(9);
    expect(s.records.total).toBe(s.records.evaluated + s.records.rejected + s.records.duplicates);
    const whole = (id: string) => s.indicators.find((x) => x.id === id && Object.keys(x.group).length === 0);
    // Row "24-1065297-2" lists a social clause, an environmental criterion and clause; the others "Pas de considération".
    const mapped = s.records.evaluated;
    expect(whole('environmental-consideration')).toMatchObject({ numerator: 1, denominator: mapped, unknown: 0 });
    expect(whole('social-consideration')).toMatchObject({ numerator: 1, denominator: mapped, unknown: 0 });
    // attributionAvance: False in two rows, MQ (missing) in the others.
    const advance = whole('advance');
    expect((advance?.denominator ?? 0) + (advance?.unknown ?? 0)).toBe(mapped);
    expect(advance?.numerator).toBe(0);
    // Same accounting as the JSON reader for the placeholder ids ("INX 202424 3 001", "INX 2023AOVOI40 L1").
    const inx = await summary(
      (async function* () {
        yield [{ index: 0, record: { id: 'INX 202424 3 001', montant: 1, dateNotification: '2024-12-31', nature: 'Marché' } }];
      })(),
      decpV2Reader,
      'x',
    );
    expect(s.records.rejected).toBe(inx.records.rejected * 2);
  });
});
