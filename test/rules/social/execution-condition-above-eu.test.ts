import { describe, expect, it } from 'vitest';
import { verdict } from '../../support/evaluate.js';

const RULE = 'social.execution-condition-above-eu';
type Extra = Record<string, unknown>;
const c = (nature: string, buyerKind: string | undefined, value: unknown, launch = '2026-10-01', extra: Extra = {}) => ({
  nature,
  socialOrSpecificServices: false,
  buyer: { kind: buyerKind },
  estimatedValueExclTax: value,
  dates: { consultationLaunch: launch },
  social: { executionClause: false },
  ...extra,
});

describe('social.execution-condition-above-eu (L2112-2-1, L3114-2-1)', () => {
  it.each([
    // 2026-2027 EU thresholds, launch in 2026: one cent below, exactly, one cent above
    ['supplies', 'state', '139999.99', 'not-applicable'],
    ['supplies', 'state', '140000', 'fail'],
    ['supplies', 'state', '140000.01', 'fail'],
    ['services', 'state-public-body', '139999.99', 'not-applicable'],
    ['services', 'state-public-body', '140000', 'fail'],
    ['supplies', 'local-authority', '215999.99', 'not-applicable'],
    ['supplies', 'local-authority', '216000', 'fail'],
    ['services', 'social-landlord', '216000.01', 'fail'],
    ['services', 'hospital', '215999.99', 'not-applicable'],
    ['supplies', 'contracting-entity', '431999.99', 'not-applicable'],
    ['supplies', 'contracting-entity', '432000', 'fail'],
    ['works', 'local-authority', '5403999.99', 'not-applicable'],
    ['works', 'local-authority', '5404000', 'fail'],
    ['works', undefined, '5404000.01', 'fail'], // works: the buyer category does not matter
  ])('%s for a %s buyer at %s € → %s', (nature, kind, value, expected) => {
    expect(verdict(RULE, c(nature, kind, value)).status).toBe(expected);
  });

  it('uses the EU threshold in force on the launch date (2024-2025 vs 2026-2027)', () => {
    // Under the 2024-2025 threshold (221 000 €) a 218 000 € contract would be below; but the duty starts in 2026.
    expect(verdict(RULE, c('supplies', 'local-authority', '218000', '2026-08-22')).status).toBe('fail');
    const f = verdict(RULE, c('supplies', 'local-authority', '216000', '2027-12-31'));
    expect(f.parameters['eu.suppliesServices.subCentral']).toMatchObject({
      value: '216000',
      validFrom: '2026-01-01',
      validTo: '2027-12-31',
    });
    // From 2028 the thresholds are not yet published: unknown, never the 2026-2027 value carried forward.
    const later = verdict(RULE, c('supplies', 'local-authority', '216000', '2028-01-01'));
    expect(later).toMatchObject({ status: 'unknown', reason: 'not-yet-published', missing: [] });
    expect(later.message.en).toMatch(/not yet published for 2028-01-01/);
    expect(later.message.fr).toMatch(/pas encore publié/);
  });

  it('uses the social-services thresholds (750 000 €, utilities 1 000 000 €)', () => {
    const social = (kind: string, value: string) => c('services', kind, value, '2026-10-01', { socialOrSpecificServices: true });
    expect(verdict(RULE, social('local-authority', '749999.99')).status).toBe('not-applicable');
    expect(verdict(RULE, social('local-authority', '750000')).status).toBe('fail');
    expect(verdict(RULE, social('contracting-entity', '999999.99')).status).toBe('not-applicable');
    expect(verdict(RULE, social('contracting-entity', '1000000')).status).toBe('fail');
  });

  it('is not applicable before the legislative date (21 August 2026 included), applies from 22 August 2026', () => {
    expect(verdict(RULE, c('supplies', 'state', '500000', '2026-08-20')).status).toBe('not-applicable');
    expect(verdict(RULE, c('supplies', 'state', '500000', '2026-08-21')).status).toBe('not-applicable');
    const f = verdict(RULE, c('supplies', 'state', '500000', '2026-08-22'));
    expect(f.status).toBe('fail');
    expect(f.parameters['climat.legislativeDate']?.value).toBe('2026-08-22');
  });

  it('decides social services from the main CPV code when socialOrSpecificServices is absent (Annex XIV)', () => {
    const noFlag = (cpv: string, value: string) => ({
      ...c('services', 'local-authority', value),
      socialOrSpecificServices: undefined,
      cpv: [cpv],
    });
    const cleaning = verdict(RULE, noFlag('90910000-9', '300000'));
    expect(cleaning.status).toBe('fail');
    expect(cleaning.notes).toMatchObject([{ code: 'inferred', fields: ['socialOrSpecificServices', 'cpv'] }]);
    expect(cleaning.parameters['eu.suppliesServices.subCentral']?.value).toBe('216000');
    const homeHelp = verdict(RULE, noFlag('85312000-9', '300000'));
    expect(homeHelp.status).toBe('not-applicable');
    expect(homeHelp.notes[0]?.message.en).toMatch(/Annex XIV/);
    expect(verdict(RULE, noFlag('85312000', '750000')).status).toBe('fail');
    // The flag, when given, decides: no inference, no note.
    const flagged = verdict(RULE, { ...noFlag('90910000-9', '300000'), socialOrSpecificServices: true });
    expect(flagged.status).toBe('not-applicable');
    expect(flagged.notes).toEqual([]);
  });

  it('passes with a social execution condition', () => {
    expect(verdict(RULE, c('supplies', 'state', '500000', '2026-10-01', { social: { executionClause: true } })).status).toBe('pass');
  });

  it('accepts a justified dispensation, fails an unjustified one', () => {
    const dispensed = (dispensation: Record<string, unknown>) =>
      verdict(RULE, c('supplies', 'state', '500000', '2026-10-01', { social: { executionClause: false, dispensation } }));
    expect(dispensed({ ground: 'immediately-available-solution', justification: 'Achat sur étagère, livraison immédiate.' }).status).toBe(
      'pass',
    );
    expect(dispensed({ ground: 'restricts-competition', justification: '   ' }).status).toBe('fail');
    expect(dispensed({ ground: 'restricts-competition' }).status).toBe('fail');
    expect(dispensed({ justification: 'Motifs.' })).toMatchObject({ status: 'unknown', missing: ['social.dispensation.ground'] });
  });

  it('rejects an unknown dispensation ground as invalid input', () => {
    expect(() =>
      verdict(
        RULE,
        c('supplies', 'state', '500000', '2026-10-01', { social: { dispensation: { ground: 'too-expensive', justification: 'x' } } }),
      ),
    ).toThrow(/social\.dispensation\.ground/);
  });

  it('evaluates concessions against the EU concession threshold (L3114-2-1)', () => {
    const concession = (value: string, launch = '2026-10-01') => ({
      ...c('services', 'local-authority', value, launch),
      kind: 'concession',
    });
    expect(verdict(RULE, concession('5403999.99')).status).toBe('not-applicable');
    const f = verdict(RULE, concession('5404000'));
    expect(f.status).toBe('fail');
    expect(f.message.fr).toMatch(/L3114-2-1/);
    expect(f.parameters['eu.worksConcessions']?.value).toBe('5404000');
    expect(verdict(RULE, concession('9000000', '2026-08-21')).status).toBe('not-applicable');
  });

  it('leaves defence-or-security contracts out', () => {
    expect(
      verdict(RULE, c('supplies', 'state', '900000', '2026-10-01', { buyer: { kind: 'state', defenceOrSecurity: true } })).status,
    ).toBe('not-applicable');
  });

  it('names each missing field', () => {
    expect(verdict(RULE, c('supplies', 'state', undefined))).toMatchObject({ status: 'unknown', missing: ['estimatedValueExclTax'] });
    expect(verdict(RULE, c('supplies', undefined, '500000'))).toMatchObject({ status: 'unknown', missing: ['buyer.kind'] });
    expect(verdict(RULE, { ...c('services', 'state', '500000'), socialOrSpecificServices: undefined })).toMatchObject({
      status: 'unknown',
      missing: ['socialOrSpecificServices'],
    });
    expect(verdict(RULE, { ...c('services', 'state', '500000'), nature: undefined })).toMatchObject({
      status: 'unknown',
      missing: ['nature'],
    });
    expect(verdict(RULE, { ...c('supplies', 'state', '500000'), social: {} })).toMatchObject({
      status: 'unknown',
      missing: ['social.executionClause'],
    });
    expect(verdict(RULE, { ...c('supplies', 'state', '500000'), dates: {} })).toMatchObject({
      status: 'unknown',
      missing: ['dates.consultationLaunch'],
    });
  });
});
