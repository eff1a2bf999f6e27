import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Contract, mapRecords, ocdsReader, parseContract, type ReadResult, readerFor, streamRecords } from '../../src/index.js';
import type { CalendarDate } from '../../src/model/calendar-date.js';
import { monthsBetween } from '../../src/readers/ocds.js';
import { ENVIRONMENTAL_IMPACT, GPP_CRITERIA, goalDomain, SOCIAL_OBJECTIVE, STRATEGIC_PROCUREMENT } from '../../src/readers/ocds-codes.js';
import { realFile } from '../support/shared-data.js';

/** Reads a small CSV file with quoted fields (the mapping tables and codelists). */
function csv(path: string): Record<string, string>[] {
  const text = readFileSync(realFile(path), 'utf8').replace(/^\ufeff/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  const [head, ...body] = rows.filter((r) => r.length > 1);
  return body.map((r) => Object.fromEntries((head as string[]).map((h, i) => [h, r[i] ?? ''])));
}

const ok = (r: ReadResult): Contract => {
  if (!r.ok) throw new Error(`rejected: ${r.reason}`);
  return r.contract;
};

describe('ocds reader: eForms → OCDS code tables match the published mapping tables', () => {
  it.each([
    ['strategic-procurement.csv', STRATEGIC_PROCUREMENT],
    ['environmental-impact.csv', ENVIRONMENTAL_IMPACT],
    ['social-objective.csv', SOCIAL_OBJECTIVE],
    ['gpp-criteria.csv', GPP_CRITERIA],
  ])('%s', (file, table) => {
    const rows = csv(`eforms-ocds-mapping/${file}`);
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.fromEntries(rows.map((r) => [r['eForms code'], r['OCDS code']]))).toEqual(table);
  });

  it('classes every goal of the sustainabilityGoal codelist by its domain', () => {
    for (const row of csv('ocds-sustainability/codelists/sustainabilityGoal.csv')) {
      const code = row.Code as string;
      expect(goalDomain(code), code).toBe(code.split('.')[0]);
    }
  });

  it('classes raw eForms codes left in goal, except the ambiguous "other"', () => {
    expect(goalDomain('env-imp')).toBe('environmental');
    expect(goalDomain('clim-mitig')).toBe('environmental');
    expect(goalDomain('soc-obj')).toBe('social');
    expect(goalDomain('work-cond')).toBe('social');
    expect(goalDomain('none')).toBe('none');
    expect(goalDomain('other')).toBeUndefined();
  });
});

describe('ocds reader: the OCDS examples of the eForms mapping guidance', () => {
  const guidance = JSON.parse(
    readFileSync(realFile('eforms-ocds-mapping/guidance_subset_BT-06_71_717_726_754_755_765_774_775_776_777_805.json'), 'utf8'),
  ) as {
    btId: string;
    xpathAbsolute: string;
    'OCDS example': string;
  }[];
  const example = (bt: string, n = 0) => {
    const entries = guidance.filter((g) => g.btId === bt);
    const e = entries[n];
    if (!e) throw new Error(`no guidance for ${bt}`);
    return { ocid: `ocds-test-${bt}`, ...(JSON.parse(e['OCDS example']) as Record<string, unknown>) };
  };

  it('maps every example to a valid contract', () => {
    for (const [i, g] of guidance.entries()) {
      const r = ocdsReader.read({ ocid: `ocds-${i}`, ...(JSON.parse(g['OCDS example']) as Record<string, unknown>) });
      expect(r.ok, g.btId).toBe(true);
      if (r.ok) expect(parseContract(r.contract).ok).toBe(true);
    }
  });

  it('BT-774 environmental impact: an environmental goal without its kind stays unknown, and is reported', () => {
    const r = ocdsReader.read(example('BT-774'));
    expect(ok(r).environmental).toBeUndefined();
    expect(ok(r).social).toBeUndefined(); // not mentioned: unknown
    expect(ok(r).extensions?.sustainabilityGoals).toEqual(['environmental.circularEconomy']);
    expect(r.problems).toEqual([
      { code: 'no-award', path: '$', reason: expect.stringMatching(/^no active award or contract/) }, // a guidance snippet, not a whole release
      {
        code: 'sustainability-kind-unknown',
        path: '$.tender.lots[0].sustainability[0]',
        value: { goal: 'environmental.circularEconomy' },
        reason: expect.stringMatching(/kind of consideration left unknown/),
      },
    ]);
  });

  it('BT-775 social objective: the four strategies eForms adds', () => {
    const c = ok(ocdsReader.read(example('BT-775')));
    expect(c.social).toEqual({ executionClause: true, awardCriterion: true, technicalSpecification: true });
  });

  it('BT-805 GPP criteria: environmental, but GPP criteria may be any kind of consideration: unknown, reported', () => {
    const r = ocdsReader.read(example('BT-805'));
    expect(ok(r).environmental).toBeUndefined();
    expect(r.problems[1]?.reason).toMatch(/^environmental goal without a strategy/);
  });

  it('BT-71 reserved procurement (lot and procedure): a reserved contract for sheltered workshops (L2113-12)', () => {
    for (const n of [0, 1]) {
      const c = ok(ocdsReader.read(example('BT-71', n)));
      expect(c.social).toEqual({ reserved: true });
      expect(c.reservation).toEqual({ basis: 'L2113-12' });
    }
  });

  it('BT-06 innovative purchase only: neither environmental nor social, reported as such', () => {
    const r = ocdsReader.read(example('BT-06'));
    expect(ok(r).environmental).toBeUndefined();
    expect(ok(r).social).toBeUndefined();
    expect(r.problems[1]?.reason).toMatch(/no environmental or social goal/);
  });
});

/** A French release with every field the reader maps. */
const release = (over: Record<string, unknown> = {}, tenderOver: Record<string, unknown> = {}) => ({
  ocid: 'ocds-abc-2024-001',
  id: 'ocds-abc-2024-001-award',
  tag: ['award', 'contract'],
  buyer: { id: 'FR-SIRET-21750001630066', name: 'Ville de Paris' },
  tender: {
    id: 't1',
    title: 'Fourniture de mobilier scolaire',
    mainProcurementCategory: 'goods',
    procurementMethod: 'open',
    procurementMethodDetails: "Appel d'offres ouvert",
    value: { amount: 300000, currency: 'EUR' },
    items: [{ id: '1', classification: { scheme: 'CPV', id: '39160000' }, additionalClassifications: [{ scheme: 'CPV', id: '39161000' }] }],
    tenderPeriod: { startDate: '2024-01-10T00:00:00+01:00', endDate: '2024-02-12T12:00:00+01:00' },
    hasSustainability: true,
    sustainability: [{ goal: 'environmental.circularEconomy', strategies: ['awardCriteria'] }],
    ...tenderOver,
  },
  awards: [
    {
      id: 'a1',
      status: 'active',
      date: '2024-03-20T10:00:00Z',
      value: { amount: 280000.4, currency: 'EUR' },
      suppliers: [{ id: 'FR-SIRET-1', name: 'ACME' }],
    },
  ],
  contracts: [
    {
      id: 'c1',
      awardID: 'a1',
      status: 'active',
      value: { amount: '280000.40', currency: 'EUR' },
      dateSigned: '2024-04-01T00:00:00-05:00',
      period: { startDate: '2024-05-01', endDate: '2026-04-30' },
    },
  ],
  ...over,
});

describe('ocds reader: releases', () => {
  it('maps a complete release', () => {
    const r = ocdsReader.read(release());
    expect(ok(r)).toEqual({
      id: 'ocds-abc-2024-001',
      kind: 'contract',
      title: 'Fourniture de mobilier scolaire',
      nature: 'supplies',
      procedure: 'open',
      cpv: ['39160000', '39161000'],
      buyer: { id: 'FR-SIRET-21750001630066', name: 'Ville de Paris' },
      estimatedValueExclTax: '300000',
      amountExclTax: '280000.4',
      dates: { consultationLaunch: '2024-01-10', priceEstablished: '2024-02-12', notification: '2024-04-01', executionStart: '2024-05-01' },
      durationMonths: 24,
      environmental: { awardCriterion: true },
      holders: [{ id: 'FR-SIRET-1', name: 'ACME' }],
      extensions: {
        source: 'ocds',
        releaseId: 'ocds-abc-2024-001-award',
        tag: ['award', 'contract'],
        sustainabilityGoals: ['environmental.circularEconomy'],
      },
    });
    // the amount of the contract was written as text
    expect(r.problems).toEqual([
      {
        code: 'number-as-text',
        path: '$.contracts[0].value.amount',
        value: '280000.40',
        reason: 'amount written as text: read as 280000.40',
      },
    ]);
  });

  it('reads an OCDS record through its compiled release, and releases from a release package stream', async () => {
    expect(ok(ocdsReader.read({ ocid: 'x', releases: [], compiledRelease: release() })).id).toBe('ocds-abc-2024-001');
    const pkg = JSON.stringify({
      uri: 'u',
      publishedDate: '2024-06-01T00:00:00Z',
      releases: [release(), release({ ocid: 'second' }), { id: 'no-ocid-but-id' }, {}],
    });
    const out = [];
    for await (const m of mapRecords(streamRecords([pkg]), ocdsReader)) out.push(m.ok ? m.contract.id : `rejected: ${m.reason}`);
    expect(out).toEqual(['ocds-abc-2024-001', 'second', 'no-ocid-but-id', 'rejected: no usable identifier (ocid)']);
  });

  it('says there is no consideration when hasSustainability is false', () => {
    const c = ok(ocdsReader.read(release({}, { hasSustainability: false, sustainability: undefined })));
    const none = { executionClause: false, awardCriterion: false, technicalSpecification: false };
    expect(c.environmental).toEqual(none);
    expect(c.social).toEqual({ ...none, reserved: false });
  });

  it('leaves considerations unknown without sustainability data', () => {
    const c = ok(ocdsReader.read(release({}, { hasSustainability: undefined, sustainability: undefined })));
    expect(c.environmental).toBeUndefined();
    expect(c.social).toBeUndefined();
  });

  it('reads lot-level sustainability and maps strategies to the kinds of consideration', () => {
    const c = ok(
      ocdsReader.read(
        release(
          {},
          {
            hasSustainability: undefined,
            sustainability: undefined,
            lots: [
              {
                id: 'L1',
                sustainability: [{ goal: 'social.disadvantagedEmploymentOpportunities', strategies: ['contractPerformanceConditions'] }],
              },
              { id: 'L2', sustainability: [{ goal: 'social', strategies: ['reservedParticipation'] }] },
              { id: 'L3', sustainability: [{ goal: 'environmental', strategies: ['technicalSpecifications', 'selectionCriteria'] }] },
            ],
          },
        ),
      ),
    );
    expect(c.social).toEqual({ executionClause: true, reserved: true });
    expect(c.environmental).toEqual({ technicalSpecification: true });
  });

  it.each([
    ['open', undefined, 'open'],
    ['limited', undefined, 'without-publicity'],
    ['direct', undefined, 'without-publicity'],
    ['selective', 'Restricted procedure', 'restricted'],
    ['selective', 'Negotiated with prior publication of a call for competition / competitive with negotiation', 'negotiated'],
    ['limited', 'Negotiated without prior call for competition', 'without-publicity'],
    ['selective', 'Competitive dialogue', 'competitive-dialogue'],
    ['selective', 'Innovation partnership', 'innovation-partnership'],
    ['open', 'Procédure adaptée', 'adapted'],
    ['selective', undefined, undefined],
  ])('procurementMethod %s, details %s → %s', (method, details, expected) => {
    const r = ocdsReader.read(release({}, { procurementMethod: method, procurementMethodDetails: details }));
    expect(ok(r).procedure).toBe(expected);
    if (expected === undefined) expect(r.problems.map((p) => p.path)).toContain('$.tender.procurementMethod');
  });

  it('sums several contracts exactly and falls back on awards', () => {
    const two = ocdsReader.read(
      release({
        contracts: [
          { id: 'c1', value: { amount: 0.1, currency: 'EUR' }, dateSigned: '2024-04-02' },
          { id: 'c2', value: { amount: 0.2, currency: 'EUR' }, dateSigned: '2024-04-01' },
          { id: 'c3', status: 'cancelled', value: { amount: 1000, currency: 'EUR' } },
        ],
      }),
    );
    // 0.1 + 0.2 are placeholders (≤ 1 €): use bigger amounts for the exact sum
    expect(ok(two).amountExclTax).toBe('280000.4'); // placeholders left out, the award value is used
    const sum = ok(
      ocdsReader.read(
        release({
          contracts: [
            { id: 'c1', value: { amount: 40000.1, currency: 'EUR' }, dateSigned: '2024-04-02' },
            { id: 'c2', value: { amount: 40000.2, currency: 'EUR' }, dateSigned: '2024-04-01' },
          ],
        }),
      ),
    );
    expect(sum.amountExclTax).toBe('80000.3'); // not 80000.29999999999
    expect(sum.dates?.notification).toBe('2024-04-01'); // the earliest signature
    expect(sum.extensions?.contractsSummed).toBe(2);
    expect(ok(ocdsReader.read(release({ contracts: [] }))).amountExclTax).toBe('280000.4');
  });

  it('reports a release with no active award or contract (a procedure, not yet a contract)', () => {
    const r = ocdsReader.read(release({ awards: [], contracts: [{ id: 'c', status: 'cancelled' }] }));
    expect(ok(r).amountExclTax).toBeUndefined();
    expect(r.problems[0]).toEqual({ code: 'no-award', path: '$', reason: expect.stringMatching(/^no active award or contract/) });
  });

  it('leaves out amounts in another currency and reports them', () => {
    const r = ocdsReader.read(release({ contracts: [{ id: 'c', value: { amount: 5000000, currency: 'USD' } }], awards: [] }));
    expect(ok(r).amountExclTax).toBeUndefined();
    expect(r.problems).toContainEqual({
      code: 'not-euros',
      path: '$.contracts[0].value.currency',
      value: 'USD',
      reason: 'amount not in euros: left out',
    });
  });

  it('takes the nature from the CPV code when the category is missing', () => {
    expect(ok(ocdsReader.read(release({}, { mainProcurementCategory: undefined }))).nature).toBe('supplies');
    expect(ok(ocdsReader.read(release({}, { mainProcurementCategory: 'works' }))).nature).toBe('works');
  });

  it('rejects what is not a release and never throws on hostile shapes', () => {
    expect(ocdsReader.read(null).ok).toBe(false);
    expect(ocdsReader.read([release()]).ok).toBe(false);
    expect(ocdsReader.read({ tender: {} }).ok).toBe(false);
    for (const h of [
      { ocid: 'x', tender: 'nope', awards: 'x', contracts: [null, 1, { value: 'x', period: 5 }] },
      {
        ocid: 'x',
        tender: { lots: [null, { sustainability: 'x' }], sustainability: [null, { goal: 7, strategies: 'x' }], items: [null, {}] },
      },
      { ocid: 'x', buyer: 'x', parties: [{ roles: ['buyer'], id: 9, name: 'B' }] },
    ]) {
      const r = ocdsReader.read(h);
      expect(r.ok).toBe(true);
      if (r.ok) expect(parseContract(r.contract).ok).toBe(true);
    }
  });

  it('is the reader registered for --format ocds', () => {
    expect(readerFor('ocds')).toBe(ocdsReader);
  });
});

describe('monthsBetween: whole months, rounded up', () => {
  it.each([
    ['2024-05-01', '2024-05-01', 1],
    ['2024-05-01', '2024-06-01', 1],
    ['2024-05-01', '2024-06-02', 2],
    ['2024-01-31', '2024-02-29', 1], // month-end clamp
    ['2024-05-01', '2026-04-30', 24],
    ['2024-05-01', '2026-05-01', 24],
    ['2024-05-01', '2026-05-02', 25],
    ['2024-05-02', '2024-05-01', undefined],
  ])('%s → %s: %s', (start, end, expected) => {
    expect(monthsBetween(start as CalendarDate, end as CalendarDate)).toBe(expected);
  });
});

describe('ocds reader: date anomalies', () => {
  it('flags a contract signed before its tender period starts, and keeps both dates', () => {
    const r = ocdsReader.read({
      ocid: 'ocds-x-1',
      tender: { tenderPeriod: { startDate: '2024-03-01T00:00:00Z' } },
      contracts: [{ id: 'c', status: 'active', dateSigned: '2024-02-15' }],
    });
    expect(r.ok && r.contract.dates).toEqual({ consultationLaunch: '2024-03-01', notification: '2024-02-15' });
    expect(r.problems).toContainEqual({
      code: 'date-notification-before-launch',
      path: '$.contracts[*].dateSigned',
      value: '2024-02-15',
      reason: 'signed or awarded on 2024-02-15, before the tender period starts (2024-03-01): used as published',
    });
  });

  it('says nothing when the contract is signed on the launch day or later', () => {
    const r = ocdsReader.read({
      ocid: 'ocds-x-2',
      tender: { tenderPeriod: { startDate: '2024-03-01' } },
      awards: [{ id: 'a', status: 'active', date: '2024-03-01' }],
    });
    expect(r.problems.map((p) => p.code)).not.toContain('date-notification-before-launch');
  });
});

describe('ocds reader: a release can say no, and silence stays unknown (issue 14.5)', () => {
  const NONE_ENV = { executionClause: false, awardCriterion: false, technicalSpecification: false };
  const NONE_SOC = { ...NONE_ENV, reserved: false };

  it.each([
    ['hasSustainability false', { hasSustainability: false }, NONE_ENV, NONE_SOC],
    ['an explicitly empty sustainability list', { sustainability: [] }, NONE_ENV, NONE_SOC],
    ['the eForms code "none" as goal (BT-06)', { sustainability: [{ goal: 'none' }] }, NONE_ENV, NONE_SOC],
    [
      'reserved participation "none" (BT-71) alone: not reserved, the rest unknown',
      { otherRequirements: { reservedParticipation: ['none'] } },
      undefined,
      { reserved: false },
    ],
    [
      'a social goal with its strategy and reserved participation "none"',
      {
        sustainability: [{ goal: 'social', strategies: ['contractPerformanceConditions'] }],
        otherRequirements: { reservedParticipation: ['none'] },
      },
      undefined,
      { executionClause: true, reserved: false },
    ],
    ['silence', {}, undefined, undefined],
    [
      'an empty list on a tender that says it has sustainability: unknown, reported',
      { hasSustainability: true, sustainability: [] },
      undefined,
      undefined,
    ],
  ])('%s', (_name, tender, environmental, social) => {
    // The template release's own sustainability data removed, then the case's.
    const c = ok(ocdsReader.read(release({}, { hasSustainability: undefined, sustainability: undefined, ...tender })));
    expect(c.environmental).toEqual(environmental);
    expect(c.social).toEqual(social);
  });

  it('reserved participation "none" on one lot does not undo a reservation on another', () => {
    const c = ok(
      ocdsReader.read(
        release(
          {},
          {
            lots: [
              { id: '1', otherRequirements: { reservedParticipation: ['none'] } },
              { id: '2', otherRequirements: { reservedParticipation: ['shelteredWorkshop'] } },
            ],
          },
        ),
      ),
    );
    expect(c.social?.reserved).toBe(true);
    expect(c.reservation?.basis).toBe('L2113-12');
  });
});
