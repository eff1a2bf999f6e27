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
        initialAmountExclTax: '77899',
        durationMonths: 1,
        holders: [{ id: '12345678900022', name: 'AMC FOLLIOT' }],
        extensions: { source: 'decp-1', uid: '21500222100012202183935401', initialDurationMonths: 11 },
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

describe('decp-v1 reader: the defects of four real v1 files (61 records, test/fixtures/decp-v1-real/v1_quirks_sample.json)', () => {
  const FILE = 'decp-v1-real/v1_quirks_sample.json';
  const codes = (m: MappedRecord | undefined) => m?.problems.map((p) => p.code) ?? [];

  it('evaluates every record: none is rejected', async () => {
    const out = await readFile(FILE.split('/')[1] as string);
    expect(out).toHaveLength(61);
    expect(out.filter((m) => !m.ok)).toEqual([]);
  });

  it('maps every procedure and nature label met (schema 1.4 labels, "Marché public négocié…", concession procedures on marchés, upper case)', async () => {
    const out = await readFile('v1_quirks_sample.json');
    const problems = out.flatMap((m) => m.problems);
    expect(problems.filter((p) => p.code === 'unmapped-procedure-label' || p.code === 'unmapped-nature-label')).toEqual([]);
    const source = raw('v1_quirks_sample.json');
    const byLabel = new Map<string, Set<string | undefined>>();
    out.forEach((m, i) => {
      const label = String(source[i]?.procedure);
      if (!byLabel.has(label)) byLabel.set(label, new Set());
      byLabel.get(label)?.add(m.ok ? m.contract.procedure : 'rejected');
    });
    expect(Object.fromEntries([...byLabel].map(([k, v]) => [k, [...v]]))).toEqual({
      'Procédure adaptée': ['adapted'],
      'Marché public négocié sans publicité ni mise en concurrence préalable': ['without-publicity'],
      'Procédure concurrentielle avec négociation': ['negotiated'],
      "Appel d'offres ouvert": ['open'],
      'Procédure négociée avec mise en concurrence préalable': ['negotiated'],
      'Procédure négociée ouverte': ['negotiated'],
      'Procédure négociée restreinte': ['negotiated'],
      undefined: [undefined],
    });
    // "CONCESSION DE TRAVAUX" (AIFE, upper case) is a works concession
    const concessions = out.flatMap((m, i) => (m.ok && m.contract.kind === 'concession' ? [[source[i]?.nature, m.contract.nature]] : []));
    expect(concessions).toEqual([
      ['CONCESSION DE TRAVAUX', 'works'],
      ['CONCESSION DE TRAVAUX', 'works'],
      ['CONCESSION DE TRAVAUX', 'works'],
      ['Concession de service', 'services'],
      ['Délégation de service public', 'services'],
      ['Concession de service', 'services'],
    ]);
  });

  it('repairs the 7-digit CPV codes (divisions 03 and 09) and flags them; leaves out 9-digit and truncated codes', async () => {
    const out = await readFile('v1_quirks_sample.json');
    const repaired = out.flatMap((m) =>
      m.problems.filter((p) => p.code === 'cpv-leading-zero-repaired').map((p) => [p.value, m.ok && m.contract.cpv]),
    );
    expect(repaired).toEqual([
      ['9132100', ['09132100']],
      ['9000000', ['09000000']],
      ['9000000', ['09000000']],
      ['9134200', ['09134200']],
      ['3111000', ['03111000']],
      ['3451000', ['03451000']],
    ]);
    expect(out[0]?.ok && out[0].contract.nature).toBe('supplies'); // 09132100 unleaded petrol
    const leftOut = out.flatMap((m) =>
      m.problems.filter((p) => p.path === '$.codeCPV' && p.code !== 'cpv-leading-zero-repaired').map((p) => `${p.value} ${p.code}`),
    );
    expect(leftOut).toEqual(['0 not-a-cpv', '0 not-a-cpv', '0 not-a-cpv', '4543100-7 not-a-cpv', '031210005 not-a-cpv']);
  });

  it('evaluates the two AIFE concessions without an id under the same substitute id (exact duplicates), flagged placeholder-id', async () => {
    const out = await readFile('v1_quirks_sample.json');
    const [a, b] = [out[22], out[23]];
    expect(a?.ok && a.contract.id).toMatch(/^sans-id-[0-9a-f]{8}$/);
    expect(b?.ok && b.contract.id).toBe(a?.ok && a.contract.id);
    expect(codes(a)).toContain('placeholder-id');
    // valeurGlobale "7789456.56" (as text), then 123 321 123,12 after its modification
    expect(a?.ok && a.contract).toMatchObject({
      kind: 'concession',
      nature: 'works',
      amountExclTax: '123321123.12',
      initialAmountExclTax: '7789456.56',
    });
  });

  it('uses the amount after modification, keeps the initial one, and flags the amounts that look like a delta', async () => {
    const out = await readFile('v1_quirks_sample.json');
    // e-marchespublics: 30 000 € HT, "AVENANT N°01" at 308 €
    const avenant = out[50];
    expect(avenant?.ok && avenant.contract).toMatchObject({ id: '20180801', amountExclTax: '308', initialAmountExclTax: '30000' });
    expect(avenant?.problems).toContainEqual({
      code: 'modification-amount-looks-like-delta',
      path: '$.modifications[0].montant',
      value: '308',
      reason:
        'amount after modification 308 is below a quarter of the initial amount 30000: it looks like the change alone, not the new total DECP asks for (used as published)',
    });
    const flagged = out.flatMap((m) => (codes(m).includes('modification-amount-looks-like-delta') && m.ok ? [m.contract.id] : []));
    expect(flagged).toEqual(['2018757518L101', '2018757518L301', '2018624901', '20180801', '2018050001', '2018050002']);
    // An increase is not flagged: 13 216 → 52 866 ("erreur sur le prix global")
    expect(out[28]?.ok && out[28].contract).toMatchObject({ amountExclTax: '52866', initialAmountExclTax: '13216' });
    expect(codes(out[28])).not.toContain('modification-amount-looks-like-delta');
  });

  it('flags a modification dated before its contract, and a notification after the publication of the data', async () => {
    const out = await readFile('v1_quirks_sample.json');
    expect(out[43]?.problems).toContainEqual({
      code: 'modification-before-notification',
      path: '$.modifications[0].dateNotificationModification',
      value: '2018-12-06',
      reason: 'modification dated 2018-12-06, before the contract itself (2018-12-11): used as published',
    });
    expect(out[53]?.problems).toContainEqual({
      code: 'date-after-publication',
      path: '$.dateNotification',
      value: '2019-01-15',
      reason: 'notified on 2019-01-15, after the publication of the data (2018-10-24): used as published',
    });
    expect(out[53]?.ok && out[53].contract.dates?.notification).toBe('2019-01-15');
  });
});
