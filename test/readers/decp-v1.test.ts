import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decpV1Reader, type MappedRecord, mapRecords, parseContract, readerFor, streamRecords } from '../../src/index.js';
import { hasRealFile, realFile, SHARED_SKIP_REASON } from '../support/shared-data.js';

const DATA = 'decp-v1-real';
/** Real data-quality fixture of decp-processing (GPL-3.0): in the team's shared data only, never copied into test/fixtures. */
const DECP_PROCESSING_2019 = 'decp-processing_tests_data_decp_test_2019.json';
const SAMPLES = ['v1_data.gouv.fr_pes_sample150.json', 'v1_e-marchespublics_sample150.json'];

async function readFile(name: string): Promise<MappedRecord[]> {
  const out: MappedRecord[] = [];
  for await (const m of mapRecords(streamRecords([readFileSync(realFile(`${DATA}/${name}`))]), decpV1Reader)) out.push(m);
  return out;
}

const raw = (name: string) =>
  (JSON.parse(readFileSync(realFile(`${DATA}/${name}`), 'utf8')) as { marches: Record<string, unknown>[] }).marches;

describe('decp-v1 reader: 300 real records (2018-2019)', () => {
  it.each(SAMPLES)('%s: every record mapped, valid, with its price type from formePrix', async (name) => {
    const out = await readFile(name);
    const source = raw(name);
    expect(out).toHaveLength(150);
    const expectedType: Record<string, string> = { Ferme: 'firm', 'Ferme et actualisable': 'firm-actualisable', Révisable: 'revisable' };
    out.forEach((m, i) => {
      expect(m.ok).toBe(true);
      if (!m.ok) return;
      expect(parseContract(m.contract).ok).toBe(true);
      const r = source[i] as Record<string, unknown>;
      expect(m.contract.id).toBe(r.id);
      expect(m.contract.price?.type).toBe(expectedType[r.formePrix as string]);
      // Dates such as 2018-12-17+01:00 keep the calendar date written
      expect(m.contract.dates?.notification).toBe(String(r.dateNotification).slice(0, 10));
      // v1 has no considerations and no advance: unknown, not false
      expect(m.contract.environmental).toBeUndefined();
      expect(m.contract.social).toBeUndefined();
      expect(m.contract.advance).toBeUndefined();
      expect(m.contract.buyer?.name).toBe((r.acheteur as { nom: string }).nom.trim());
    });
  });

  it('counts the price types of the PES sample as published (75 firm, 18 actualisable, 57 revisable)', async () => {
    const out = await readFile(SAMPLES[0] as string);
    const counts: Record<string, number> = {};
    for (const m of out) if (m.ok) counts[m.contract.price?.type ?? '?'] = (counts[m.contract.price?.type ?? '?'] ?? 0) + 1;
    expect(counts).toEqual({ firm: 75, 'firm-actualisable': 18, revisable: 57 });
  });

  it('reports the placeholder amount and the placeholder CPV code of the PES sample', async () => {
    const problems = (await readFile(SAMPLES[0] as string)).flatMap((m) => m.problems.map((p) => `${p.path} ${p.reason}`));
    expect(problems.filter((p) => p.startsWith('$.montant'))).toEqual(['$.montant placeholder amount 0: left out']);
    expect(problems.filter((p) => p.startsWith('$.codeCPV'))).toHaveLength(2);
  });

  it.skipIf(!hasRealFile(`${DATA}/${DECP_PROCESSING_2019}`))(
    `maps the decp-processing fixture: flat "acheteur.id", holders in lists of lists, "NC", "Mixte" (${SHARED_SKIP_REASON})`,
    async () => {
      const [a, b] = await readFile(DECP_PROCESSING_2019);
      expect(a?.ok && a.contract).toMatchObject({
        id: '2019_83935401',
        buyer: { id: '21500222100012' },
        price: { type: 'firm-actualisable' },
        amountExclTax: '79237', // after the modification "Avenant 1"
        durationMonths: 1,
        holders: [{ id: '12345678900022', name: 'AMC FOLLIOT' }],
        extensions: { source: 'decp-1', uid: '21500222100012202183935401', initialAmountExclTax: '77899', initialDurationMonths: 11 },
      });
      expect(a?.problems.map((p) => p.path)).toEqual(['$["acheteur.id"]']);
      expect(b?.ok && b.contract.holders?.map((h) => h.id)).toEqual(['34027049500021', '1111111111']); // from the modification
      expect(b?.ok && b.contract.price).toBeUndefined();
      expect(b?.problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([
        '$.dureeMois: placeholder "NC" instead of duration: left out',
        '$.formePrix: not a v1 price type (Ferme / Ferme et actualisable / Révisable): price type left out',
      ]);
    },
  );

  it('is the reader registered for --format decp-v1', () => {
    expect(readerFor('decp-v1')).toBe(decpV1Reader);
  });
});

describe('decp-v1 reader: synthetic cases', () => {
  it.each([
    ['Ferme', 'firm'],
    ['Ferme et actualisable', 'firm-actualisable'],
    ['Révisable', 'revisable'],
    ['revisable', 'revisable'],
  ])('formePrix %s → %s', (formePrix, type) => {
    const r = decpV1Reader.read({ id: 'x', nature: 'Marché', formePrix });
    expect(r.ok && r.contract.price?.type).toBe(type);
  });

  it.each([
    ['Accord-cadre', 'contract'],
    ['Marché subséquent', 'contract'],
    ['Concession de service public', 'concession'],
    ['Délégation de service public', 'concession'],
  ])('nature %s → %s', (nature, kind) => {
    const r = decpV1Reader.read({ id: 'x', nature });
    expect(r.ok && r.contract.kind).toBe(kind);
  });

  it('reads a v1 concession: authority, value, signature date, concessionnaires', () => {
    const r = decpV1Reader.read({
      id: 'DSP-1',
      _type: 'Contrat de concession',
      nature: 'Délégation de service public',
      autoriteConcedante: { id: '21750001630066', nom: 'Ville' },
      valeurGlobale: 1200000,
      dateSignature: '2019-01-15+01:00',
      dateDebutExecution: '2019-02-01',
      dureeMois: 120,
      concessionnaires: [{ typeIdentifiant: 'SIRET', id: '55204599900869', denominationSociale: 'Délégataire' }],
      modifications: [{ dateSignatureModification: '2020-01-01', valeurGlobale: 1300000 }],
    });
    expect(r.ok && r.contract).toMatchObject({
      kind: 'concession',
      nature: 'services',
      buyer: { id: '21750001630066', name: 'Ville' },
      amountExclTax: '1300000',
      dates: { notification: '2019-01-15', executionStart: '2019-02-01' },
      durationMonths: 120,
      holders: [{ id: '55204599900869', name: 'Délégataire' }],
    });
  });
});
