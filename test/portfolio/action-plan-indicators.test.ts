import { describe, expect, it } from 'vitest';
import { type IndicatorId, indicatorDefinition, parseOwnTargets, prepareEvaluation } from '../../src/index.js';
import { decpV2Reader } from '../../src/readers/decp-v2.js';
import { contract } from '../support/portfolio.js';

const evaluate = prepareEvaluation({ asOf: '2026-11-23' });
const measure = (id: IndicatorId, input: Record<string, unknown>) => {
  const c = contract(input);
  return indicatorDefinition(id).measure(c, evaluate(c), {});
};

describe('supplier-evaluation (action sheet 3)', () => {
  it.each([
    [true, 'yes'],
    [false, 'no'],
    [undefined, 'unknown'],
  ])('supplierEvaluated %s → %s', (supplierEvaluated, expected) => {
    expect(measure('supplier-evaluation', supplierEvaluated === undefined ? {} : { supplierEvaluated })).toBe(expected);
  });
});

describe('biobased-operation (action sheet 5)', () => {
  it.each([
    ['works', true, 'yes'],
    ['works', false, 'no'],
    ['works', undefined, 'unknown'],
    ['services', true, 'out'],
    [undefined, true, 'unknown'],
  ])('%s, bio-based %s → %s', (nature, used, expected) => {
    expect(
      measure('biobased-operation', {
        ...(nature ? { nature } : {}),
        ...(used === undefined ? {} : { materials: { biobasedOrLowCarbon: used } }),
      }),
    ).toBe(expected);
  });
});

describe('essential-data-published (R2196-1: DECP within two months, from 2024, ≥ 40 000 € HT)', () => {
  const at = (notification: string, dataPublication: string | undefined, amountExclTax: string | undefined = '40000') =>
    measure('essential-data-published', {
      ...(amountExclTax === undefined ? {} : { amountExclTax }),
      dates: { notification, ...(dataPublication === undefined ? {} : { dataPublication }) },
    });
  it.each([
    ['2024-03-31', '2024-05-31', 'yes'], // exactly two months
    ['2024-03-31', '2024-06-01', 'no'], // a day late
    ['2024-12-31', '2025-02-28', 'yes'], // month end clamped
    ['2023-12-31', '2024-06-01', 'out'], // notified the day before the 2024 regime
    ['2024-01-01', '2024-03-02', 'no'], // the day of
    ['2024-05-02', '2024-05-01', 'unknown'], // published before notification: inconsistent
    ['2024-05-02', undefined, 'unknown'],
  ])('notified %s, published %s → %s', (notification, published, expected) => {
    expect(at(notification, published)).toBe(expected);
  });

  it('counts contracts of 40 000 € HT or more only; a concession or a missing amount is not counted as no', () => {
    expect(at('2024-03-01', '2024-09-01', '39999.99')).toBe('out');
    expect(at('2024-03-01', '2024-09-01', '40000')).toBe('no');
    expect(measure('essential-data-published', { dates: { notification: '2024-03-01', dataPublication: '2024-09-01' } })).toBe('unknown');
    expect(
      measure('essential-data-published', {
        kind: 'concession',
        amountExclTax: '90000',
        dates: { notification: '2024-03-01', dataPublication: '2024-12-01' },
      }),
    ).toBe('out');
  });

  it('reads datePublicationDonnees from DECP 2024 records', () => {
    const r = decpV2Reader.read({
      id: '2024-001',
      acheteur: { id: '21290019700013' },
      nature: 'Marché',
      objet: 'Entretien',
      procedure: 'Procédure adaptée',
      dateNotification: '2024-03-31',
      datePublicationDonnees: '2024-06-15',
      montant: 90000,
    });
    expect(r.ok && r.contract.dates).toMatchObject({ notification: '2024-03-31', dataPublication: '2024-06-15' });
  });
});

describe('the social landlords’ example targets file', () => {
  it('is valid and names the action sheets by their public title only', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../examples/portfolio/targets-oph.json', import.meta.url), 'utf8');
    expect(text).not.toMatch(/shared\//);
    expect(text).toMatch(/Fiches action achats responsables/);
    const r = parseOwnTargets(JSON.parse(text));
    expect(r.ok ? [] : r.problems).toEqual([]);
    if (r.ok) expect(new Set(r.value.targets.map((t) => t.indicator))).toContain('supplier-evaluation');
  });
});
