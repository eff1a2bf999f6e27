import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Contract, decpV2Reader, mapRecords, parseContract, type ReadResult, readerFor, streamRecords } from '../../src/index.js';
import { hasRealFile, realFile, SHARED_SKIP_REASON } from '../support/shared-data.js';

/** Real data-quality fixture of decp-processing (GPL-3.0): in the team's shared data only, never copied into test/fixtures. */
const DECP_PROCESSING_2022 = 'decp-v2-real/decp-processing_tests_data_decp_test_2022.json';

async function readFile(path: string) {
  const out = [];
  for await (const m of mapRecords(streamRecords([readFileSync(realFile(path))]), decpV2Reader)) out.push(m);
  return out;
}

const ok = (r: ReadResult): Contract => {
  if (!r.ok) throw new Error(`rejected: ${r.reason}`);
  return r.contract;
};

/** A valid DECP 2.0.3 marché, to vary one field at a time. */
const marche = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: '2024-001',
  acheteur: { id: '21750001630066' },
  nature: 'Marché',
  objet: 'Travaux de voirie',
  codeCPV: '45233140-2',
  procedure: "Appel d'offres ouvert",
  dureeMois: 24,
  dateNotification: '2024-05-15',
  montant: 250000.5,
  formePrix: 'Forfaitaire',
  typesPrix: { typePrix: ['Définitif révisable'] },
  attributionAvance: true,
  tauxAvance: 0.05,
  titulaires: [{ titulaire: { typeIdentifiant: 'SIRET', id: '55204599900869' } }],
  considerationsSociales: { considerationSociale: ['Clause sociale'] },
  considerationsEnvironnementales: { considerationEnvironnementale: ['Pas de considération environnementale'] },
  ...over,
});

describe('decp reader: real files', () => {
  const files = [
    'decp-v2-real/megalis-bretagne_decp-59920013600241-2024-07-09-01.json',
    'decp-v2-examples/marches_concessions.json',
    'decp-v2-examples/marches_avec_modifications.json',
    'decp-v2-examples/concessions.json',
    'decp-v2-examples/concessions_avec_modifications.json',
  ];

  it.each(files.concat(hasRealFile(DECP_PROCESSING_2022) ? [DECP_PROCESSING_2022] : []))(
    '%s: every record is accounted for and every mapped contract is valid',
    async (f) => {
      const out = await readFile(f);
      expect(out.length).toBeGreaterThan(0);
      out.forEach((m, i) => {
        expect(m.index).toBe(i);
        if (m.ok) expect(parseContract(m.contract).ok).toBe(true);
        for (const p of m.problems) {
          expect(p.path).toMatch(/^\$/);
          expect(p.reason.length).toBeGreaterThan(0);
        }
      });
    },
  );

  it('maps the Mégalis Bretagne file (5 real 2024 marchés, no defect)', async () => {
    const out = await readFile('decp-v2-real/megalis-bretagne_decp-59920013600241-2024-07-09-01.json');
    expect(out.map((m) => m.ok)).toEqual([true, true, true, true, true]);
    const first = out[0]?.ok ? out[0].contract : undefined;
    expect(first).toMatchObject({
      id: 'H9O2024T0000256',
      kind: 'contract',
      nature: 'works', // CPV 45111100
      procedure: 'open',
      cpv: ['45111100'],
      buyer: { id: '59920013600241', defenceOrSecurity: false },
      amountExclTax: '32122',
      dates: { notification: '2024-05-30' },
      durationMonths: 4,
      price: { type: 'revisable' },
      advance: { granted: false },
      environmental: { executionClause: false, awardCriterion: false, technicalSpecification: false },
      social: { executionClause: false, awardCriterion: false, technicalSpecification: false, reserved: false },
      holders: [{ id: '32933888305269' }],
      extensions: { source: 'decp-2', formePrix: 'Forfaitaire' },
    });
    expect(out.flatMap((m) => m.problems)).toEqual([]);
  });

  it.skipIf(!hasRealFile(DECP_PROCESSING_2022))(
    `reports the defects of the decp-processing fixture: "NC", 1.0e17, placeholder amounts, bad holders, a NaN record (${SHARED_SKIP_REASON})`,
    async () => {
      const out = await readFile(DECP_PROCESSING_2022);
      expect(out.map((m) => m.ok)).toEqual([true, true, false, true, true]);
      const [a, b, c, d, e] = out;
      // "NC" duration: left out, reported
      expect(a?.ok && a.contract.durationMonths).toBeUndefined();
      expect(a?.problems).toContainEqual({
        code: 'placeholder-value',
        path: '$.dureeMois',
        value: 'NC',
        reason: expect.stringMatching(/placeholder/),
      });
      expect(a?.ok && a.contract.advance).toEqual({ granted: true, rate: 0.1 });
      // 1.0e17 initial amount: left out; the latest modification with a plausible amount gives the amount
      expect(b?.problems).toContainEqual({
        code: 'implausible-amount',
        path: '$.montant',
        value: 1e17,
        reason: expect.stringMatching(/implausible/),
      });
      expect(b?.problems).toContainEqual({
        code: 'placeholder-amount',
        path: '$.modifications[0].modification.montant',
        value: 1,
        reason: expect.stringMatching(/placeholder/),
      });
      expect(b?.ok && b.contract.amountExclTax).toBe('22540'); // modification of 2026-04-01
      expect(b?.ok && b.contract.durationMonths).toBe(100); // modification of 2027-04-01
      expect(b?.ok && b.contract.holders?.map((h) => h.id)).toEqual(['12345678900022', '05650171100115', '88359829400030']);
      expect(b?.problems).toContainEqual({
        code: 'wrong-type',
        path: '$.modifications[0].modification.titulaires[0].titulaire',
        value: 'typeIdentifiant',
        reason: 'not a holder object: ignored',
      });
      // the record with "concessionnaires": NaN is not JSON
      expect(c?.ok === false && c.reason).toMatch(/non-JSON token NaN/);
      // a flat titulaire among wrapped ones; the latest amount of the modifications (2023-07-24)
      expect(d?.ok && d.contract.holders?.map((h) => h.id)).toEqual(['39210031900038', '39210873400063', '39830819700035']);
      expect(d?.ok && d.contract.amountExclTax).toBe('1214900');
      expect(d?.ok && d.contract.initialAmountExclTax).toBe('1105000');
      expect(d?.ok && d.contract.extensions).toMatchObject({ modificationsApplied: 4 });
      // "Critère social", "Clause sociale"
      expect(e?.ok && e.contract.social).toEqual({ executionClause: true, awardCriterion: true, reserved: false });
      expect(e?.ok && e.contract.amountExclTax).toBe('49599.25');
    },
  );

  it('maps the concessions of the combined 2.0.3 example', async () => {
    const out = await readFile('decp-v2-examples/marches_concessions.json');
    const concession = out[0]?.ok ? out[0].contract : undefined;
    expect(concession).toMatchObject({
      id: '0612202306122024',
      kind: 'concession',
      nature: 'works', // Concession de travaux
      procedure: 'negotiated', // Procédure négociée ouverte
      buyer: { id: '12345678901234' },
      amountExclTax: '25', // valeurGlobale after modification
      initialAmountExclTax: '10.3',
      durationMonths: 14,
      dates: { notification: '2024-04-02', executionStart: '2024-04-01' },
      holders: [{ id: '38103128500491' }, { id: '38103128500574' }],
      environmental: { executionClause: true, awardCriterion: true },
      social: { executionClause: true, awardCriterion: true, reserved: false },
      extensions: { initialDurationMonths: 12 },
    });
    expect(concession?.price).toBeUndefined();
    const m = out[2]?.ok ? out[2].contract : undefined;
    expect(m).toMatchObject({ id: 'TEST2022', kind: 'contract', price: { type: 'firm' }, advance: { granted: true } });
    expect(m?.advance?.rate).toBeUndefined(); // tauxAvance 0 with an advance: rate unknown
  });

  it('is the reader registered for --format decp', () => {
    expect(readerFor('decp')).toBe(decpV2Reader);
  });
});

describe('decp reader: considerations', () => {
  const social = (labels: unknown) => ok(decpV2Reader.read(marche({ considerationsSociales: labels }))).social;
  const env = (labels: unknown) => ok(decpV2Reader.read(marche({ considerationsEnvironnementales: labels }))).environmental;
  const none = { executionClause: false, awardCriterion: false, technicalSpecification: false, reserved: false };
  const listed = { executionClause: false, awardCriterion: false, reserved: false }; // technical specifications: unknown

  it.each([
    [['Pas de considération sociale'], none],
    [['Clause sociale'], { ...listed, executionClause: true }],
    [['Critère social'], { ...listed, awardCriterion: true }],
    [['Marché réservé'], { ...listed, reserved: true }],
    [['Concession réservée'], { ...listed, reserved: true }],
    [['Clause sociale', 'Critère social', 'Marché réservé'], { executionClause: true, awardCriterion: true, reserved: true }],
  ])('2.0.3 wrapped %j', (labels, expected) => {
    expect(social({ considerationSociale: labels })).toEqual(expected);
  });

  it.each([
    [['Clause sociale'], { ...listed, executionClause: true }],
    [[], none], // 2.0.0 had no "Pas de considération" value: an empty flat list means none
  ])('2.0.0 flat %j', (labels, expected) => {
    expect(social(labels)).toEqual(expected);
  });

  it('maps environmental considerations', () => {
    const envNone = { executionClause: false, awardCriterion: false, technicalSpecification: false };
    const envListed = { executionClause: false, awardCriterion: false };
    expect(env({ considerationEnvironnementale: ['Pas de considération environnementale'] })).toEqual(envNone);
    expect(env({ considerationEnvironnementale: ['Clause environnementale'] })).toEqual({ ...envListed, executionClause: true });
    expect(env(['Critère environnemental'])).toEqual({ ...envListed, awardCriterion: true });
  });

  it('reports missing, empty, unknown and contradictory considerations', () => {
    const r = (labels: unknown) => decpV2Reader.read(marche({ considerationsSociales: labels }));
    const missing = decpV2Reader.read(marche({ considerationsSociales: undefined }));
    expect(ok(missing).social).toBeUndefined();
    expect(missing.problems).toContainEqual({
      code: 'missing-field',
      path: '$.considerationsSociales',
      reason: 'missing social considerations',
    });
    expect(ok(r({ considerationSociale: [] })).social).toBeUndefined();
    expect(r({ considerationSociale: [] }).problems[0]?.reason).toMatch(/empty/);
    expect(ok(r({ considerationSociale: ['Clause verte'] })).social).toBeUndefined();
    expect(r({ considerationSociale: ['Clause verte'] }).problems[0]?.reason).toMatch(/unknown/);
    const both = r({ considerationSociale: ['Pas de considération sociale', 'Clause sociale'] });
    expect(ok(both).social?.executionClause).toBe(true);
    expect(both.problems[0]?.reason).toMatch(/Pas de considération/);
    expect(ok(r('NC')).social).toBeUndefined();
  });
});

describe('decp reader: price type, advance, procedure, nature', () => {
  it.each([
    [['Définitif ferme'], 'firm'],
    [['Définitif actualisable'], 'firm-actualisable'],
    [['Définitif révisable'], 'revisable'],
    [['Provisoire'], 'provisional'],
    [['Définitif ferme', 'Définitif révisable'], 'revisable'], // the one with a variation clause
    [['Définitif ferme', 'Définitif actualisable'], 'firm-actualisable'],
    [['Provisoire', 'Définitif ferme'], 'firm'],
  ])('typesPrix %j → %s', (labels, expected) => {
    const r = ok(decpV2Reader.read(marche({ typesPrix: { typePrix: labels } })));
    expect(r.price?.type).toBe(expected);
    if (labels.length > 1) expect(r.extensions?.typesPrix).toEqual(labels);
  });

  it('reads the 2.0.0 flat typePrix and never takes formePrix as a price variation', () => {
    expect(ok(decpV2Reader.read(marche({ typesPrix: undefined, typePrix: ['Définitif ferme'] }))).price?.type).toBe('firm');
    const noType = ok(decpV2Reader.read(marche({ typesPrix: undefined, formePrix: 'Unitaire' })));
    expect(noType.price).toBeUndefined();
    expect(noType.extensions?.formePrix).toBe('Unitaire');
  });

  it('points to --format decp-v1 when a record has a v1 formePrix', () => {
    const r = decpV2Reader.read(marche({ typesPrix: undefined, formePrix: 'Ferme et actualisable' }));
    expect(ok(r).price).toBeUndefined();
    expect(r.problems).toContainEqual({
      code: 'wrong-format-version',
      path: '$.formePrix',
      value: 'Ferme et actualisable',
      reason: expect.stringMatching(/--format decp-v1/),
    });
  });

  it.each([
    [true, 0.05, { granted: true, rate: 0.05 }],
    [true, 0, { granted: true }], // 0 with an advance: rate not known (schema 2.0.3)
    [false, 0, { granted: false }],
    ['oui', 0.3, { granted: true, rate: 0.3 }],
    [undefined, undefined, undefined],
    [true, 5, { granted: true }], // 5 is not a share: left out
  ])('attributionAvance %j, tauxAvance %j', (granted, rate, expected) => {
    expect(ok(decpV2Reader.read(marche({ attributionAvance: granted, tauxAvance: rate }))).advance).toEqual(expected);
  });

  it.each([
    ['Procédure adaptée', 'adapted'],
    ["Appel d'offres ouvert", 'open'],
    ['Appel d’offres restreint', 'restricted'],
    ['Procédure avec négociation', 'negotiated'],
    ['Marché passé sans publicité ni mise en concurrence préalable', 'without-publicity'],
    ['Dialogue compétitif', 'competitive-dialogue'],
    // Spellings of real files: schema 1.4 labels, the AIFE's, capitals, no accents, no apostrophe, concession labels
    ['Marché public négocié sans publicité ni mise en concurrence préalable', 'without-publicity'],
    ['Marché négocié sans publicité ni mise en concurrence préalable', 'without-publicity'],
    ['Procédure concurrentielle avec négociation', 'negotiated'],
    ['Procédure négociée avec mise en concurrence préalable', 'negotiated'],
    ['Procédure négociée restreinte', 'negotiated'],
    ['PROCEDURE ADAPTEE', 'adapted'],
    ['Appel d offres ouvert', 'open'],
    ["  appel  d'OFFRES   ouvert ", 'open'],
    ['Partenariat d’innovation', 'innovation-partnership'],
    ['Procédure inventée', undefined],
  ])('procedure %s → %s', (label, expected) => {
    const r = decpV2Reader.read(marche({ procedure: label }));
    expect(ok(r).procedure).toBe(expected);
    if (expected === undefined)
      expect(r.problems).toContainEqual({
        code: 'unmapped-procedure-label',
        path: '$.procedure',
        value: label,
        reason: 'unknown procedure label: left out',
      });
  });

  it.each([
    ['Marché', '45233140-2', 'works', false],
    ['Marché', '30192000', 'supplies', false],
    ['Marché', '48000000-8', 'supplies', false],
    ['Marché de partenariat', '71000000', 'services', false],
    ['Marché de défense ou de sécurité', '35000000', 'supplies', true],
  ])('nature %s with CPV %s → %s (defence %s)', (nature, cpv, expected, defence) => {
    const c = ok(decpV2Reader.read(marche({ nature, codeCPV: cpv })));
    expect(c.kind).toBe('contract');
    expect(c.nature).toBe(expected);
    expect(c.buyer?.defenceOrSecurity).toBe(defence);
  });
});

describe('decp reader: messy records', () => {
  it.each([
    ['null', null, /not a DECP record/],
    ['an array', [1], /not a DECP record/],
    ['a string', 'x', /not a DECP record/],
    ['no id and nothing else', { nature: 'Marché' }, /no usable identifier/],
    ['an empty id and nothing else', { id: '  ' }, /no usable identifier/],
    ['an id "NC" and nothing else', { id: 'NC', montant: 'NC' }, /no usable identifier/],
  ])('rejects %s', (_name, record, reason) => {
    const r = decpV2Reader.read(record);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(reason);
  });

  it.each([
    ['no id', { montant: 5000 }, undefined],
    ['an empty id', { id: '  ', montant: 5000 }, '  '],
    ['an id "NC"', { id: 'NC', montant: 5000 }, 'NC'],
    ['an id "INX 12"', { id: 'INX 12', montant: 5000 }, 'INX 12'],
    ['an id of zeros', { id: '0000', montant: 5000 }, '0000'],
    ['an id 0', { id: 0, montant: 5000 }, 0],
  ])('evaluates a usable record with %s under a substitute id, flagged placeholder-id', (_name, record, value) => {
    const r = decpV2Reader.read(record);
    const c = ok(r);
    expect(c.id).toMatch(/^sans-id-[0-9a-f]{8}$/);
    expect(c.amountExclTax).toBe('5000');
    expect(r.problems[0]).toEqual({
      code: 'placeholder-id',
      path: '$.id',
      ...(value === undefined ? {} : { value }),
      reason: `missing, empty or placeholder id: evaluated as ${c.id}`,
    });
    // The same record gets the same id (exact duplicates share it); another record another id.
    expect(ok(decpV2Reader.read(structuredClone(record))).id).toBe(c.id);
    expect(ok(decpV2Reader.read({ ...record, montant: 5001 })).id).not.toBe(c.id);
  });

  it('takes the uid when the id is a placeholder, flagged id-from-uid', () => {
    const r = decpV2Reader.read(marche({ id: 'NC', uid: '217500016300662024-001' }));
    expect(ok(r).id).toBe('217500016300662024-001');
    expect(r.problems).toContainEqual({ code: 'id-from-uid', path: '$.id', value: 'NC', reason: 'missing id: the uid is used instead' });
  });

  it('keeps ids that merely contain zeros or are short numbers (1, 10, 2024-0001)', () => {
    for (const id of ['1', '10', '2024-0001', '00012']) expect(ok(decpV2Reader.read(marche({ id }))).id).toBe(id);
  });

  it('keeps a record with only an id, reporting what is missing', () => {
    const r = decpV2Reader.read({ id: 42 });
    expect(ok(r)).toMatchObject({ id: '42', kind: 'contract' });
    expect(r.problems.map((p) => p.path)).toEqual([
      '$.nature',
      '$.montant',
      '$.dateNotification',
      '$.considerationsSociales',
      '$.considerationsEnvironnementales',
    ]);
  });

  it('reads dates with a time zone or a time as the date written, and drops impossible years', () => {
    expect(ok(decpV2Reader.read(marche({ dateNotification: '2024-03-01+01:00' }))).dates?.notification).toBe('2024-03-01');
    expect(ok(decpV2Reader.read(marche({ dateNotification: '2024-03-01T23:30:00-10:00' }))).dates?.notification).toBe('2024-03-01');
    const r = decpV2Reader.read(marche({ dateNotification: '2202-03-01' }));
    expect(ok(r).dates).toBeUndefined();
    expect(r.problems).toContainEqual({
      code: 'date-year-implausible',
      path: '$.dateNotification',
      value: '2202-03-01',
      reason: expect.stringMatching(/impossible year 2202/),
    });
  });

  it.each([
    ['wrapped list', [{ titulaire: { id: 'A', typeIdentifiant: 'SIRET' } }, { titulaire: { id: 'B' } }], ['A', 'B']],
    ['flat list', [{ id: 'A', typeIdentifiant: 'SIRET', denominationSociale: 'ACME' }], ['A']],
    ['single object', { titulaire: { id: 'A' } }, ['A']],
    ['object of a list', { titulaire: [{ id: 'A' }, { id: 'B' }] }, ['A', 'B']],
    ['lists in lists', [[[{ id: 'A' }, { id: 'B' }]]], ['A', 'B']],
    ['numeric id', [{ titulaire: { id: 55204599900869 } }], ['55204599900869']],
  ])('reads titulaires given as a %s', (_name, titulaires, ids) => {
    expect(ok(decpV2Reader.read(marche({ titulaires }))).holders?.map((h) => h.id)).toEqual(ids);
  });

  it('keeps the holder name when given and reports items that are not holders', () => {
    const r = decpV2Reader.read(marche({ titulaires: [{ id: 'A', denominationSociale: 'ACME' }, 'oops', { typeIdentifiant: 'SIRET' }] }));
    expect(ok(r).holders).toEqual([{ id: 'A', name: 'ACME' }]);
    expect(r.problems.map((p) => p.path)).toEqual(['$.titulaires[1]', '$.titulaires[2]']);
  });

  it('applies the latest modification by date, whatever the list order', () => {
    const c = ok(
      decpV2Reader.read(
        marche({
          montant: 100000,
          dureeMois: 12,
          modifications: [
            { modification: { id: 2, dateNotificationModification: '2025-06-01', montant: 130000 } },
            { modification: { id: 1, dateNotificationModification: '2025-01-01', montant: 120000, dureeMois: 18 } },
            { modification: { id: 3, dateNotificationModification: '2025-09-01' } },
          ],
        }),
      ),
    );
    expect(c.amountExclTax).toBe('130000');
    expect(c.durationMonths).toBe(18);
    expect(c.initialAmountExclTax).toBe('100000');
    expect(c.extensions).toMatchObject({ initialDurationMonths: 12, modificationsApplied: 3 });
  });

  it('reads numbers written as text, and reports it', () => {
    const r = decpV2Reader.read(marche({ montant: '250000.50', dureeMois: '24' }));
    expect(ok(r).amountExclTax).toBe('250000.5');
    expect(ok(r).durationMonths).toBe(24);
    expect(r.problems.map((p) => p.path)).toEqual(['$.montant', '$.dureeMois']);
  });

  it('never throws on hostile shapes', () => {
    const hostile = [
      marche({
        acheteur: 'x',
        titulaires: 7,
        modifications: { x: 1 },
        typesPrix: 3,
        considerationsSociales: { considerationSociale: 'Clause sociale' },
      }),
      marche({ modifications: [null, 'x', { modification: null }, { modification: { montant: 'NaN', dureeMois: -1, titulaires: {} } }] }),
      marche({ codeCPV: ['45000000'], nature: 12, procedure: {}, dateNotification: 20240101 }),
      { id: 'x', nature: 'Concession de service', valeurGlobale: 'NC', concessionnaires: [{ concessionnaire: { id: 'Z' } }] },
    ];
    for (const h of hostile) {
      const r = decpV2Reader.read(h);
      expect(r.ok).toBe(true);
      if (r.ok) expect(parseContract(r.contract).ok).toBe(true);
    }
  });
});

describe('decp reader: what DECP says, used to the full', () => {
  it.each([
    [['Pas de considération sociale'], false],
    [['Critère social'], false], // the list is exhaustive: no "Clause sociale", so no insertion clause
    [['Marché réservé'], false],
    [['Clause sociale'], undefined], // a social clause may or may not be an insertion clause
    [['Clause sociale', 'Critère social'], undefined],
  ])('considerationsSociales %j → insertion.clause %s', (labels, clause) => {
    const c = ok(decpV2Reader.read(marche({ considerationsSociales: { considerationSociale: labels } })));
    expect(c.insertion?.clause).toBe(clause);
  });

  it('leaves the insertion clause unknown when the social considerations are missing or unreadable', () => {
    expect(ok(decpV2Reader.read(marche({ considerationsSociales: undefined }))).insertion).toBeUndefined();
    expect(ok(decpV2Reader.read(marche({ considerationsSociales: { considerationSociale: ['Inconnue'] } }))).insertion).toBeUndefined();
  });

  it('reads "Pas de considération sociale" as no insertion clause for a concession too', () => {
    const r = decpV2Reader.read({
      id: 'C-1',
      nature: 'Concession de service',
      autoriteConcedante: { id: '21750001630066' },
      valeurGlobale: 500000,
      considerationsSociales: { considerationSociale: ['Pas de considération sociale'] },
    });
    expect(ok(r).insertion).toEqual({ clause: false });
  });

  it('flags a notification later than the publication of the data, and keeps the date', () => {
    const r = decpV2Reader.read(marche({ dateNotification: '2024-09-01', datePublicationDonnees: '2024-06-30' }));
    expect(ok(r).dates?.notification).toBe('2024-09-01');
    expect(r.problems).toContainEqual({
      code: 'date-after-publication',
      path: '$.dateNotification',
      value: '2024-09-01',
      reason: 'notified on 2024-09-01, after the publication of the data (2024-06-30): used as published',
    });
    expect(decpV2Reader.read(marche({ datePublicationDonnees: '2024-05-15' })).problems.map((p) => p.code)).not.toContain(
      'date-after-publication',
    );
  });

  it('flags a modification amount that looks like a delta, and uses it as published', () => {
    const r = decpV2Reader.read(
      marche({
        montant: 200000,
        modifications: [{ modification: { id: 1, montant: 12000, dateNotificationModification: '2024-09-01' } }],
      }),
    );
    expect(ok(r)).toMatchObject({ amountExclTax: '12000', initialAmountExclTax: '200000' });
    expect(r.problems.map((p) => `${p.code} ${p.path}`)).toContain(
      'modification-amount-looks-like-delta $.modifications[0].modification.montant',
    );
    // A quarter exactly is not below a quarter
    const quarter = decpV2Reader.read(
      marche({ montant: 200000, modifications: [{ modification: { id: 1, montant: 50000, dateNotificationModification: '2024-09-01' } }] }),
    );
    expect(quarter.problems.map((p) => p.code)).not.toContain('modification-amount-looks-like-delta');
  });
});
