// Legal cases written from the articles (issue 13): each names its article, the situation, the rule that enforces it and
// the verdict the article gives. They are data; legal-cases.test.ts runs them. Dates are launch dates unless said.

/** One scenario. */
export interface LegalCase {
  /** The article(s) the expected verdict follows from. */
  readonly article: string;
  /** The situation, in a sentence. */
  readonly title: string;
  /** The rule that enforces the article. */
  readonly rule: string;
  /** The contract (input shape); `id` is added. */
  readonly contract: Record<string, unknown>;
  /** The verdict the article gives. */
  readonly expected: 'pass' | 'fail' | 'not-applicable' | 'unknown';
  /** For `unknown`: why. */
  readonly reason?: 'missing-data' | 'ambiguous-data' | 'contradictory-data' | 'not-yet-published' | 'before-history' | 'unconfirmed-law';
}

const launch = (date: string) => ({ dates: { consultationLaunch: date } });

// ——— Climat et Résilience: legislative duties from 22 August 2026, regulatory ones from 21 August 2026 ———
const climat: LegalCase[] = [
  ...(
    [
      ['2026-08-20', 'not-applicable'],
      ['2026-08-21', 'not-applicable'],
      ['2026-08-22', 'fail'],
    ] as const
  ).map(
    ([date, expected]): LegalCase => ({
      article: 'L2112-2 (loi 2021-1104 art. 35 IV)',
      title: `Services launched on ${date} without an environmental execution condition`,
      rule: 'environment.execution-condition',
      contract: { kind: 'contract', nature: 'services', ...launch(date), environmental: { executionClause: false } },
      expected,
    }),
  ),
  ...(
    [
      ['2026-08-20', 'not-applicable'],
      ['2026-08-21', 'fail'],
      ['2026-08-22', 'fail'],
    ] as const
  ).map(
    ([date, expected]): LegalCase => ({
      article: 'R2152-7 (décret 2022-767 art. 2 and 11)',
      title: `Supplies launched on ${date}, awarded on price alone`,
      rule: 'environment.award-method',
      contract: { kind: 'contract', nature: 'supplies', procedure: 'open', ...launch(date), award: { criteria: ['price'] } },
      expected,
    }),
  ),
  ...(
    [
      ['2026-08-20', 'not-applicable'],
      ['2026-08-21', 'not-applicable'],
      ['2026-08-22', 'fail'],
    ] as const
  ).map(
    ([date, expected]): LegalCase => ({
      article: 'L2152-7 (loi 2021-1104 art. 35)',
      title: `Services launched on ${date}, price and quality criteria, none environmental`,
      rule: 'environment.award-criterion',
      contract: { kind: 'contract', nature: 'services', procedure: 'open', ...launch(date), award: { criteria: ['price', 'quality'] } },
      expected,
    }),
  ),
  ...(
    [
      ['2026-08-20', 'not-applicable'],
      ['2026-08-21', 'not-applicable'],
      ['2026-08-22', 'fail'],
    ] as const
  ).map(
    ([date, expected]): LegalCase => ({
      article: 'L2112-2-1 (loi 2021-1104 art. 35)',
      title: `Local-authority supplies of 300 000 € HT launched on ${date} without a social condition`,
      rule: 'social.execution-condition-above-eu',
      contract: {
        kind: 'contract',
        nature: 'supplies',
        buyer: { kind: 'local-authority' },
        estimatedValueExclTax: '300000',
        ...launch(date),
        social: { executionClause: false },
      },
      expected,
    }),
  ),
  {
    article: 'R2152-7 1°',
    title: 'Single criterion of life-cycle cost taking the environmental characteristics into account',
    rule: 'environment.award-method',
    contract: {
      kind: 'contract',
      procedure: 'open',
      ...launch('2026-09-01'),
      award: { criteria: ['cost'] },
      environmental: { awardCriterion: true },
    },
    expected: 'pass',
  },
  {
    article: 'R2362-13 (décret 2022-767), not read',
    title: 'Defence-or-security contract on price alone after 21 August 2026',
    rule: 'environment.award-method',
    contract: {
      kind: 'contract',
      procedure: 'open',
      buyer: { kind: 'state', defenceOrSecurity: true },
      ...launch('2026-09-01'),
      award: { priceOnly: true },
    },
    expected: 'unknown',
    reason: 'unconfirmed-law',
  },
  {
    article: 'L2312-1-1',
    title: 'Defence-or-security contract without an environmental execution condition',
    rule: 'environment.execution-condition',
    contract: {
      kind: 'contract',
      buyer: { kind: 'state', defenceOrSecurity: true },
      ...launch('2026-09-01'),
      environmental: { executionClause: false },
    },
    expected: 'not-applicable',
  },
];

// ——— Concessions: one per family ———
const concessions: LegalCase[] = [
  {
    article: 'L3114-2',
    title: 'Concession launched on 22 August 2026 without an environmental execution condition',
    rule: 'environment.execution-condition',
    contract: { kind: 'concession', ...launch('2026-08-22'), environmental: { executionClause: false } },
    expected: 'fail',
  },
  {
    article: 'L3124-5',
    title: 'Concession awarded on price, quality and an environmental criterion',
    rule: 'environment.award-criterion',
    contract: { kind: 'concession', ...launch('2026-09-01'), award: { criteria: ['price', 'quality', 'environmental'] } },
    expected: 'pass',
  },
  {
    article: 'R3124-4',
    title: 'Concession awarded on a single (environmental) criterion',
    rule: 'environment.award-method',
    contract: { kind: 'concession', ...launch('2026-09-01'), award: { criteria: ['environmental'] } },
    expected: 'fail',
  },
  {
    article: 'L3114-2-1',
    title: 'Concession of 5 404 000 € HT (the EU concession threshold) without a social condition',
    rule: 'social.execution-condition-above-eu',
    contract: { kind: 'concession', estimatedValueExclTax: '5404000', ...launch('2026-09-01'), social: { executionClause: false } },
    expected: 'fail',
  },
  {
    article: 'L3114-2-1',
    title: 'Concession one cent below the EU concession threshold',
    rule: 'social.execution-condition-above-eu',
    contract: { kind: 'concession', estimatedValueExclTax: '5403999.99', ...launch('2026-09-01'), social: { executionClause: false } },
    expected: 'not-applicable',
  },
  {
    article: 'R2112-10 (marchés only)',
    title: 'Concession at a firm price: the price articles of marchés do not apply',
    rule: 'price.actualisation',
    contract: { kind: 'concession', nature: 'works', price: { type: 'firm' }, ...launch('2026-09-01') },
    expected: 'not-applicable',
  },
  {
    article: 'R2191-3 (marchés only)',
    title: 'Concession of 2 M€ without an advance',
    rule: 'advance.mandatory',
    contract: {
      kind: 'concession',
      buyer: { kind: 'state' },
      amountExclTax: '2000000',
      durationMonths: 60,
      ...launch('2026-03-02'),
      advance: { granted: false },
    },
    expected: 'not-applicable',
  },
  {
    article: 'L2113-10 (marchés only)',
    title: 'Concession not divided into lots, without reasons',
    rule: 'allotment.not-divided-justification',
    contract: { kind: 'concession', lots: { divided: false } },
    expected: 'not-applicable',
  },
  {
    article: 'L2113-13 (marchés; reserved concessions L3113-1 ff. not evaluated)',
    title: 'Concession reserved to an SIAE',
    rule: 'reserved.disadvantaged-workers',
    contract: { kind: 'concession', ...launch('2026-03-02'), reservation: { basis: 'L2113-13', citedInNotice: true } },
    expected: 'not-applicable',
  },
  {
    article: 'C. env. L228-4 (public procurement, concessions included)',
    title: 'Works concession for a construction launched in 2030 with bio-based materials',
    rule: 'materials.biobased',
    contract: {
      kind: 'concession',
      nature: 'works',
      ...launch('2030-01-01'),
      materials: { heavyRenovationOrConstruction: true, biobasedOrLowCarbon: true },
    },
    expected: 'pass',
  },
  {
    article: 'L2112-2 (insertion clause, practice indicator)',
    title: 'Housing concession with an insertion clause of 700 h, 720 h done',
    rule: 'insertion.clause-hours',
    contract: { kind: 'concession', insertion: { clause: true, requiredHours: '700', completedHours: '720' } },
    expected: 'pass',
  },
];

// ——— Advances: who owes them (L2191-1, L2191-2, R2191-1, R2100-1) ———
const advanceContract = (kind: string | undefined, extra: Record<string, unknown> = {}) => ({
  kind: 'contract',
  buyer: kind === undefined ? undefined : { kind },
  amountExclTax: '120000',
  durationMonths: 10,
  ...launch('2026-03-02'),
  advance: { granted: false },
  ...extra,
});
const advances: LegalCase[] = [
  {
    article: 'R2191-3, L2191-1',
    title: 'State buyer, 120 000 € over 10 months, no advance provided',
    rule: 'advance.mandatory',
    contract: advanceContract('state'),
    expected: 'fail',
  },
  {
    article: 'R2191-1, R2100-1',
    title: 'Office public de l’habitat, same contract',
    rule: 'advance.mandatory',
    contract: advanceContract('oph'),
    expected: 'not-applicable',
  },
  {
    article: 'L2191-1 (private law)',
    title: 'Entreprise sociale pour l’habitat, same contract',
    rule: 'advance.mandatory',
    contract: advanceContract('esh'),
    expected: 'not-applicable',
  },
  {
    article: 'L2191-1 (private law)',
    title: 'Société d’économie mixte, same contract',
    rule: 'advance.mandatory',
    contract: advanceContract('sem'),
    expected: 'not-applicable',
  },
  {
    article: 'R2191-1 / L2191-1',
    title: 'Social landlord (OPH or ESH not said), same contract',
    rule: 'advance.mandatory',
    contract: advanceContract('social-landlord'),
    expected: 'not-applicable',
  },
  {
    article: 'L2191-1',
    title: 'Local authority, same contract',
    rule: 'advance.mandatory',
    contract: advanceContract('local-authority'),
    expected: 'fail',
  },
  {
    article: 'R2191-3 (the holder may refuse)',
    title: 'DECP record of a local authority: attributionAvance false, refusal not known',
    rule: 'advance.mandatory',
    contract: advanceContract('local-authority', { provenance: 'published-data' }),
    expected: 'unknown',
    reason: 'ambiguous-data',
  },
  {
    article: 'L2191-1',
    title: 'Contracting entity (public or private not said), no advance',
    rule: 'advance.mandatory',
    contract: advanceContract('contracting-entity'),
    expected: 'unknown',
    reason: 'ambiguous-data',
  },
  {
    article: 'R2191-3',
    title: 'State buyer, exactly 50 000 € HT: not above the threshold',
    rule: 'advance.mandatory',
    contract: advanceContract('state', { amountExclTax: '50000' }),
    expected: 'not-applicable',
  },
  {
    article: 'R2191-7, R2191-1',
    title: 'OPH with an SME holder and a 5 % advance: the SME minimum does not bind it',
    rule: 'advance.minimum-rate',
    contract: advanceContract('oph', { advance: { granted: true, rate: 0.05 }, holders: [{ sme: true }] }),
    expected: 'not-applicable',
  },
  {
    article: 'R2191-7 (décret 2022-1683)',
    title: 'State buyer, SME holder, advance of 20 % in 2026 (minimum 30 %)',
    rule: 'advance.minimum-rate',
    contract: advanceContract('state', { advance: { granted: true, rate: 0.2 }, holders: [{ sme: true }] }),
    expected: 'fail',
  },
];

// ——— Prices: R2112-10 / R2112-11 ———
const prices: LegalCase[] = [
  {
    article: 'R2112-10',
    title: 'Firm-price works contract without actualisation, execution one month after the price date',
    rule: 'price.actualisation',
    contract: {
      kind: 'contract',
      nature: 'works',
      price: { type: 'firm' },
      dates: { consultationLaunch: '2026-01-05', priceEstablished: '2026-02-01', executionStart: '2026-03-01' },
    },
    expected: 'fail',
  },
  {
    article: 'R2112-10',
    title: 'Firm-price « courant » supplies (CCAG FCS) without actualisation, execution 6 months later',
    rule: 'price.actualisation',
    contract: {
      kind: 'contract',
      nature: 'supplies',
      price: { type: 'firm', standardSuppliesOrServices: true },
      dates: { consultationLaunch: '2026-01-05', priceEstablished: '2026-02-01', executionStart: '2026-08-01' },
    },
    expected: 'not-applicable',
  },
  {
    article: 'R2112-10',
    title: 'Firm-price supplies made to the buyer’s specifications (not « courantes ») without actualisation',
    rule: 'price.actualisation',
    contract: { kind: 'contract', nature: 'supplies', price: { type: 'firm', standardSuppliesOrServices: false }, ...launch('2026-01-05') },
    expected: 'fail',
  },
  {
    article: 'R2112-10',
    title: 'Firm-price services, « courant » or not unknown',
    rule: 'price.actualisation',
    contract: { kind: 'contract', nature: 'services', price: { type: 'firm' }, ...launch('2026-01-05') },
    expected: 'unknown',
    reason: 'missing-data',
  },
  {
    article: 'décret 2016-360 art. 18',
    title: 'Firm-price works contract launched in 2017 without actualisation',
    rule: 'price.actualisation',
    contract: { kind: 'contract', nature: 'works', price: { type: 'firm' }, ...launch('2017-06-01') },
    expected: 'fail',
  },
  {
    article: 'R2112-14',
    title: 'Steel supplies over 12 months at firm price',
    rule: 'price.revision-world-market',
    contract: {
      kind: 'contract',
      nature: 'supplies',
      durationMonths: 12,
      price: { type: 'firm', rawMaterialExposure: true },
      ...launch('2026-03-02'),
    },
    expected: 'fail',
  },
];

// ——— Social services from the CPV code, EU thresholds past their period ———
const thresholds: LegalCase[] = [
  {
    article: 'L2112-2-1, Directive 2014/24 annex XIV',
    title: 'Cleaning services (CPV 90910000) of 300 000 € HT, no social consideration, socialOrSpecificServices absent',
    rule: 'social.execution-condition-above-eu',
    contract: {
      kind: 'contract',
      nature: 'services',
      cpv: ['90910000-9'],
      buyer: { kind: 'local-authority' },
      estimatedValueExclTax: '300000',
      ...launch('2026-10-01'),
      social: { executionClause: false },
    },
    expected: 'fail',
  },
  {
    article: 'L2112-2-1, Directive 2014/24 annex XIV',
    title: 'Social work services (CPV 85311000) of 300 000 € HT, below their 750 000 € threshold',
    rule: 'social.execution-condition-above-eu',
    contract: {
      kind: 'contract',
      nature: 'services',
      cpv: ['85311000-2'],
      buyer: { kind: 'local-authority' },
      estimatedValueExclTax: '300000',
      ...launch('2026-10-01'),
      social: { executionClause: false },
    },
    expected: 'not-applicable',
  },
  {
    article: 'L2112-2-1 (EU thresholds not yet published after 2027)',
    title: 'Supplies of 300 000 € HT launched on 1 January 2028',
    rule: 'social.execution-condition-above-eu',
    contract: {
      kind: 'contract',
      nature: 'supplies',
      buyer: { kind: 'local-authority' },
      estimatedValueExclTax: '300000',
      ...launch('2028-01-01'),
      social: { executionClause: false },
    },
    expected: 'unknown',
    reason: 'not-yet-published',
  },
  {
    article: 'L2112-2-1',
    title: 'Same supplies launched on 31 December 2027, the last day of the 2026-2027 thresholds',
    rule: 'social.execution-condition-above-eu',
    contract: {
      kind: 'contract',
      nature: 'supplies',
      buyer: { kind: 'local-authority' },
      estimatedValueExclTax: '300000',
      ...launch('2027-12-31'),
      social: { executionClause: false },
    },
    expected: 'fail',
  },
];

// ——— Allotment ———
const allotment: LegalCase[] = [
  {
    article: 'L2113-11, R2113-3',
    title: 'Single-lot works contract without reasons',
    rule: 'allotment.not-divided-justification',
    contract: { kind: 'contract', nature: 'works', lots: { divided: false } },
    expected: 'fail',
  },
  {
    article: 'L2171-2 (marché global)',
    title: 'Design-build contract in a single lot',
    rule: 'allotment.not-divided-justification',
    contract: { kind: 'contract', nature: 'works', globalContract: 'design-build', lots: { divided: false } },
    expected: 'not-applicable',
  },
  {
    article: 'L2211-1 (marché de partenariat)',
    title: 'Partnership contract in a single lot',
    rule: 'allotment.not-divided-justification',
    contract: { kind: 'contract', globalContract: 'partnership', lots: { divided: false } },
    expected: 'not-applicable',
  },
];

/** Every legal case, by family. */
export const LEGAL_CASES: readonly LegalCase[] = [...climat, ...concessions, ...advances, ...prices, ...thresholds, ...allotment];
