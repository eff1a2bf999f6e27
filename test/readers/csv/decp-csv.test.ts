import { existsSync, readFileSync } from 'node:fs';
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

const FIXTURE = 'test/fixtures/decp-csv/decp-augmente-2022-test.csv';
const FIXTURE_JSON = 'test/fixtures/decp-csv/decp-augmente-2022-test.json';
const SHARED = '../shared/data/decp-v2-real/decp-processing_data_decp_augmente_valides_2022_test.csv';
const hasShared = existsSync(SHARED);

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
    expect(problems).toEqual([{ path: '$.typesPrix', value: 'Définitif ferme', reason: 'not a list: read as a single label' }]);
  });

  it('refuses a table without the DECP columns, naming what it found', () => {
    expect(() => checkDecpCsvColumns(['id', 'montant', 'dateNotification'])).not.toThrow();
    expect(() => checkDecpCsvColumns(['name', 'amount'])).toThrow(/not the consolidated DECP table.*"name", "amount"/);
  });
});

describe('decp-csv on the consolidated national table (fixture: 9 real rows)', () => {
  it('accounts for every row and gives the same indicators and verdicts as the same contracts in DECP 2024 JSON', async () => {
    const csv = await csvSummary(FIXTURE);
    const json = await jsonSummary(FIXTURE_JSON);
    expect(csv.records.total).toBe(9);
    expect(csv.records.total).toBe(csv.records.evaluated + csv.records.rejected + csv.records.duplicates);
    expect(csv.records).toEqual(json.records);
    expect(csv.indicators).toEqual(json.indicators);
    expect(csv.rules).toEqual(json.rules);
    expect(csv.period).toEqual(json.period);
    expect(csv.dataQuality.byPath).toEqual(json.dataQuality.byPath);
  });

  it('reads what the rows say: considerations, price types, works by CPV', async () => {
    const s = await csvSummary(FIXTURE);
    const env = s.indicators.find((x) => x.id === 'environmental-consideration' && Object.keys(x.group).length === 0);
    // One row lists an environmental criterion and clause; the others say "Pas de considération environnementale".
    expect(env).toMatchObject({ numerator: 1 });
    expect(env?.denominator).toBeGreaterThan(1);
  });
});

describe.skipIf(!hasShared)('decp-csv on the shared sample (skipped: ../shared is absent in this clone)', () => {
  it('the fixture is the shared sample, byte for byte', () => {
    expect(readFileSync(FIXTURE).equals(readFileSync(SHARED))).toBe(true);
  });
});
