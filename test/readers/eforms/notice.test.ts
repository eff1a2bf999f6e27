import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Contract, type EformsReadResult, parseContract, type ReadResult, readEformsNotice } from '../../../src/index.js';
import { hasRealFile, realFile, SHARED_SKIP_REASON } from '../../support/shared-data.js';

const REAL = 'eforms-real-notices';
const read = (path: string): Promise<EformsReadResult> => readEformsNotice(readFileSync(realFile(path), 'utf8'));

/** The notice's records, each mapped (throws on a rejected notice). */
function records(r: EformsReadResult): readonly ReadResult[] {
  if (!r.ok) throw new Error(`notice rejected: ${r.reason}`);
  return r.records;
}
const contracts = (r: EformsReadResult): Contract[] => records(r).map((x) => (x.ok ? x.contract : (undefined as never)));
const codesOf = (x: ReadResult | undefined) => (x?.problems ?? []).map((p) => `${p.code} ${p.path}`);

describe('eForms reader: the real notices (SDK 1.3 to 1.9), what each yields', async () => {
  it('650472-2023 (SDK 1.3, design contest, Estonia, Directive 2014/25): one contract to check, environmental aim of unknown kind', async () => {
    const r = await read(`${REAL}/eforms_sdk_v1.3_eform_subtype_24__650472-2023.xml`);
    expect(r.ok && r.notice).toEqual({
      id: '650472-2023',
      noticeId: 'c20ded13-4bd4-4c88-8421-a4154f658af2',
      publicationNumber: '00650472-2023',
      sdkVersion: 'eforms-sdk-1.3',
      noticeType: 'cn-desg',
      formType: 'competition',
      subtype: '24',
      legalBasis: '32014L0025',
      dispatchDate: '2023-10-25',
      use: 'check',
    });
    const [c] = contracts(r);
    expect(c).toMatchObject({
      id: '650472-2023',
      kind: 'contract',
      nature: 'services',
      procedure: 'open',
      cpv: ['71240000'],
      buyer: { id: '10257326', name: 'AKTSIASELTS TALLINNA VESI', kind: 'contracting-entity', defenceOrSecurity: false },
      dates: { consultationLaunch: '2023-10-25', priceEstablished: '2024-01-29' },
      lots: { count: 1 },
      award: { priceOnly: false, criteria: ['quality'] },
      extensions: { strategicProcurement: ['env-imp'], environmentalImpacts: ['biodiv-eco'], buyerCountry: 'EST' },
    });
    // env-imp says there is an environmental consideration, not of which kind: each kind stays unknown
    expect(c?.environmental).toBeUndefined();
    expect(c?.social).toBeUndefined(); // nothing said of social aims or reservation
    expect(codesOf(records(r)[0])).toEqual([
      'buyer-outside-france BT-514-Organization-Company',
      'sustainability-kind-unknown BT-06-Lot[LOT-0000]',
    ]);
  });

  it('657565-2023 (SDK 1.5, Germany, 2 lots): strategic procurement "none" is an explicit no, and price is the only criterion', async () => {
    const r = await read(`${REAL}/eforms_sdk_v1.5_eform_subtype_16__657565-2023.xml`);
    const cs = contracts(r);
    expect(cs.map((c) => c.id)).toEqual(['657565-2023/LOT-0001', '657565-2023/LOT-0002']);
    for (const c of cs) {
      expect(c).toMatchObject({
        kind: 'contract',
        nature: 'supplies',
        procedure: 'open',
        cpv: ['09310000'],
        buyer: { kind: 'state', defenceOrSecurity: false },
        dates: { consultationLaunch: '2023-10-25', priceEstablished: '2023-11-13', executionStart: '2024-01-01' },
        durationMonths: 36,
        lots: { divided: true, count: 2 },
        award: { priceOnly: true, criteria: ['price'] },
      });
      expect(c.environmental).toEqual({ executionClause: false, awardCriterion: false, technicalSpecification: false });
      expect(c.social).toEqual({ executionClause: false, awardCriterion: false, technicalSpecification: false, reserved: false });
    }
  });

  it('262891-2023 (SDK 1.6, Spain, prior information notice as call for competition, 4 lots): two lots reserved to sheltered workshops', async () => {
    const cs = contracts(await read(`${REAL}/eforms_sdk_v1.6_eform_subtype_10__262891-2023.xml`));
    expect(cs.map((c) => [c.id, c.social, c.reservation])).toEqual([
      ['262891-2023/LOT-0001', { reserved: false }, undefined],
      ['262891-2023/LOT-0002', { reserved: false }, undefined],
      ['262891-2023/LOT-0003', { reserved: true }, { basis: 'L2113-12' }],
      ['262891-2023/LOT-0004', { reserved: true }, { basis: 'L2113-12' }],
    ]);
    expect(cs[0]).toMatchObject({
      nature: 'services',
      buyer: { name: 'AYUNTAMIENTO DE RIPOLL', kind: 'local-authority' },
      cpv: ['90911200'],
    });
    // No award criteria in the notice: left unknown (they may be in the procurement documents)
    expect(cs.every((c) => c.award === undefined)).toBe(true);
  });

  it('536143-2023 (SDK 1.7, Finland, Directive 2014/25, negotiated): a social objective of unknown kind', async () => {
    const r = await read(`${REAL}/eforms_sdk_v1.7_eform_subtype_17__536143-2023.xml`);
    const [c] = contracts(r);
    expect(c).toMatchObject({
      id: '536143-2023',
      procedure: 'negotiated',
      buyer: { name: 'Lahti Energia Oy', kind: 'contracting-entity' },
      durationMonths: 36,
      award: { priceOnly: false, criteria: ['price', 'quality'] },
      social: { reserved: false },
      extensions: { socialObjectives: ['hum-right'], executionConditions: [{ language: 'FIN', text: 'Katso sopimusluonnos' }] },
    });
    expect(c?.social?.executionClause).toBeUndefined();
    expect(codesOf(records(r)[0])).toContain('sustainability-kind-unknown BT-775-Lot[LOT-0000]');
  });

  it('650276-2023 (SDK 1.9, Italy, light regime, 2 lots): social objectives, values per lot, durations in days counted from the start date', async () => {
    const cs = contracts(await read(`${REAL}/eforms_sdk_v1.9_eform_subtype_20__650276-2023.xml`));
    expect(cs.map((c) => [c.id, c.estimatedValueExclTax, c.durationMonths, c.dates?.executionStart])).toEqual([
      ['650276-2023/LOT-0001', '1021378', 36, '2024-01-01'],
      ['650276-2023/LOT-0002', '945108', 36, '2024-01-01'],
    ]);
    expect(cs[0]).toMatchObject({
      buyer: { name: 'Comune di Modena', kind: 'local-authority' },
      award: { priceOnly: true, criteria: ['price'] },
      extensions: { socialObjectives: ['acc-all', 'work-cond', 'opp', 'gen-eq'] },
    });
  });

  it.skipIf(!hasRealFile(`${REAL}/eforms_sdk_v1.7_eform_subtype_21__583624-2023.xml`))(
    `583624-2023 (SDK 1.7, Finland, light regime, 4 lots): social objectives, not reserved (${SHARED_SKIP_REASON})`,
    async () => {
      const cs = contracts(await read(`${REAL}/eforms_sdk_v1.7_eform_subtype_21__583624-2023.xml`));
      expect(cs.map((c) => c.id)).toEqual(['583624-2023/LOT-0001', '583624-2023/LOT-0002', '583624-2023/LOT-0003', '583624-2023/LOT-0004']);
      for (const c of cs) {
        expect(c).toMatchObject({ nature: 'services', cpv: ['85000000'], social: { reserved: false }, durationMonths: 36 });
        expect(c.extensions?.socialObjectives).toEqual(['opp', 'work-cond']);
      }
    },
  );

  it('maps every lot of every real notice to a valid contract', async () => {
    for (const f of [
      'eforms_sdk_v1.3_eform_subtype_24__650472-2023.xml',
      'eforms_sdk_v1.5_eform_subtype_16__657565-2023.xml',
      'eforms_sdk_v1.6_eform_subtype_10__262891-2023.xml',
      'eforms_sdk_v1.7_eform_subtype_17__536143-2023.xml',
      'eforms_sdk_v1.9_eform_subtype_20__650276-2023.xml',
    ]) {
      for (const x of records(await read(`${REAL}/${f}`))) {
        expect(x.ok, f).toBe(true);
        if (x.ok) expect(parseContract(x.contract).ok).toBe(true);
      }
    }
  });
});

describe('eForms reader: award notices become portfolio records (eForms SDK examples 1.3, 1.8, 1.10)', async () => {
  it('can_24_minimal (SDK 1.3): one awarded lot, amount of the winning tender, conclusion date, holder', async () => {
    const r = await read('eforms-sdk-examples/1.3.0/can_24_minimal.xml');
    expect(r.ok && r.notice).toMatchObject({
      noticeType: 'can-standard',
      formType: 'result',
      use: 'portfolio',
      sdkVersion: 'eforms-sdk-1.3',
    });
    const [c] = contracts(r);
    expect(c).toMatchObject({
      kind: 'contract',
      nature: 'services',
      procedure: 'open',
      cpv: ['77310000'],
      buyer: { name: 'Rouen Habitat', defenceOrSecurity: false },
      amountExclTax: '95414',
      dates: { notification: '2019-09-03' },
      award: { priceOnly: true, criteria: ['price'] },
      holders: [{ id: '326 912 557', name: 'Espaces Verts Lemire', sme: true }],
      extensions: { buyerLegalType: 'pub-undert-la', buyerCountry: 'FRA' },
    });
    // A public undertaking controlled by a local authority: its French category is not said (SEM, SPL, OPH…)
    expect(c?.buyer?.kind).toBeUndefined();
    // The award notice's dispatch is not the launch of the consultation
    expect(c?.dates?.consultationLaunch).toBeUndefined();
  });

  it('can-social_24 (SDK 1.8): a lot without winner is a rejected record saying why, the awarded lot a record', async () => {
    const rs = records(await read('eforms-sdk-examples/1.8.0/can-social_24.xml'));
    expect(rs.map((x) => (x.ok ? x.contract.id.split('/')[1] : x.reason.replace(/^.*, lot /, 'lot ')))).toEqual([
      'lot LOT-0001: no winner was chosen and the competition is closed (BT-142): no contract',
      'LOT-0002',
      'lot LOT-0003: no winner chosen yet (BT-142): no contract',
    ]);
    expect(codesOf(rs[1])).toContain('missing-field BT-720-Tender[LOT-0002]');
  });

  it('can_81_FRA (SDK 1.10, defence, in French): defence buyer, restricted procedure, amount and holder', async () => {
    const [c] = contracts(await read('eforms-sdk-examples/1.10.0/can_81_FRA.xml'));
    expect(c).toMatchObject({
      procedure: 'restricted',
      cpv: ['71336000'],
      buyer: {
        name: 'Commissariat à l\u2019énergie atomique et aux énergies alternatives'.replace('\u2019', "'"),
        defenceOrSecurity: true,
      },
      amountExclTax: '375950',
      dates: { notification: '2021-04-25' },
      holders: [{ name: 'Assystem energy et infrastructure', sme: false }],
    });
  });
});

describe('eForms reader: what is not a notice to read gets a clear refusal, never an exception', async () => {
  it.each([
    ['an empty text', '', /not well-formed XML|no root element/],
    ['JSON', '{"marches": []}', /not well-formed XML/],
    ['HTML', '<!DOCTYPE html><html><body><p>TED</p></body></html>', /not well-formed XML|root element is <html>/],
    ['truncated XML', '<ContractNotice><cbc:ID>1</cbc:ID>', /not well-formed XML/],
    ['another XML document', '<?xml version="1.0"?><TED_EXPORT><CODED_DATA_SECTION/></TED_EXPORT>', /root element is <TED_EXPORT>/],
    [
      'a UBL notice that is not eForms',
      '<ContractNotice><CustomizationID>urn:www.cenbii.eu</CustomizationID></ContractNotice>',
      /not an eForms notice: CustomizationID/,
    ],
  ])('%s', async (_name, text, reason) => {
    const r = await readEformsNotice(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(reason);
  });

  it('bounds entity expansion (billion laughs): quick, and nothing large comes out', async () => {
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const text = `<?xml version="1.0"?><!DOCTYPE ContractNotice [<!ENTITY l0 "lol">${lol}]><ContractNotice><CustomizationID>eforms-sdk-1.7</CustomizationID><Note>&l9;</Note></ContractNotice>`;
    const t = performance.now();
    const r = await readEformsNotice(text);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r).length).toBeLessThan(10_000);
  });

  it('refuses external entities (no file is read)', async () => {
    const text = `<?xml version="1.0"?><!DOCTYPE ContractNotice [<!ENTITY x SYSTEM "file:///etc/passwd">]><ContractNotice><CustomizationID>eforms-sdk-1.7</CustomizationID><ID>&x;</ID></ContractNotice>`;
    const r = await readEformsNotice(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/not well-formed XML: .*undefined entity/);
  });

  it('reads a notice whose lot gives a currency other than the euro, leaving the amount out', async () => {
    const text = readFileSync(realFile(`${REAL}/eforms_sdk_v1.9_eform_subtype_20__650276-2023.xml`), 'utf8').replace(
      /currencyID="EUR"/g,
      'currencyID="SEK"',
    );
    const rs = records(await readEformsNotice(text));
    expect(rs[0]?.ok && rs[0].contract.estimatedValueExclTax).toBeUndefined();
    expect(codesOf(rs[0])).toContain('not-euros BT-27-Lot[LOT-0001]');
  });
});
