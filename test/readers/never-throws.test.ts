import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decpV1Reader, decpV2Reader, ocdsReader, parseContract, type RecordReader } from '../../src/index.js';

// Records built from the keys each format uses, with values of any JSON shape: the readers must never throw,
// and what they map must always be a valid contract.

const DECP_KEYS = [
  'id',
  'uid',
  '_type',
  'nature',
  'objet',
  'codeCPV',
  'procedure',
  'acheteur',
  'acheteur.id',
  'autoriteConcedante',
  'montant',
  'valeurGlobale',
  'dureeMois',
  'dateNotification',
  'dateSignature',
  'dateDebutExecution',
  'formePrix',
  'typesPrix',
  'typePrix',
  'attributionAvance',
  'tauxAvance',
  'titulaires',
  'concessionnaires',
  'considerationsSociales',
  'considerationsEnvironnementales',
  'modifications',
];

const value = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    'NC',
    'nan',
    '',
    '2024-03-01+01:00',
    '1999-01-01',
    '45000000-7',
    'Marché',
    'Concession de travaux',
    'Clause sociale',
    { considerationSociale: ['Clause sociale', 'Pas de considération sociale'] },
    { typePrix: ['Définitif ferme', 'Provisoire'] },
    [{ titulaire: { id: 'A' } }, { titulaire: 'id' }, [[{ id: 'B' }]]],
    [{ modification: { montant: 1e17, dureeMois: 'NC', dateNotificationModification: '2025-01-01' } }, null],
    1e17,
    0,
    -3,
    999999,
  ),
);

const decpRecord = fc.dictionary(fc.constantFrom(...DECP_KEYS), value, { maxKeys: 12 });

const OCDS_KEYS = ['ocid', 'id', 'tag', 'buyer', 'parties', 'tender', 'awards', 'contracts', 'compiledRelease'];
const tender = fc.dictionary(
  fc.constantFrom(
    'title',
    'mainProcurementCategory',
    'procurementMethod',
    'procurementMethodDetails',
    'value',
    'items',
    'classification',
    'tenderPeriod',
    'contractPeriod',
    'hasSustainability',
    'sustainability',
    'lots',
    'otherRequirements',
  ),
  fc.oneof(
    value,
    fc.constantFrom(
      [{ goal: 'environmental', strategies: ['awardCriteria'] }, { goal: 'other' }, null],
      { reservedParticipation: ['shelteredWorkshop', 'x'] },
      { amount: '12,5', currency: 'EUR' },
      { startDate: '2024-05-01', endDate: '2023-01-01' },
    ),
  ),
  { maxKeys: 8 },
);
const ocdsRecord = fc.dictionary(fc.constantFrom(...OCDS_KEYS), fc.oneof(value, tender), { maxKeys: 7 });

function check(reader: RecordReader, record: unknown): void {
  const r = reader.read(record);
  if (r.ok) expect(parseContract(r.contract).ok).toBe(true);
  else expect(r.reason.length).toBeGreaterThan(0);
  for (const p of r.problems) expect(p.path.startsWith('$')).toBe(true);
}

describe('readers never throw and map only valid contracts', () => {
  it.each([
    ['decp', decpV2Reader],
    ['decp-v1', decpV1Reader],
  ] as const)('%s', (_name, reader) => {
    fc.assert(
      fc.property(decpRecord, (record) => check(reader, record)),
      { numRuns: 1500 },
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 2 }), (record) => check(reader, record)),
      { numRuns: 300 },
    );
  });

  it('ocds', () => {
    fc.assert(
      fc.property(ocdsRecord, (record) => check(ocdsReader, record)),
      { numRuns: 1500 },
    );
  });
});
