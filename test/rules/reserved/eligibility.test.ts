import { describe, expect, it } from 'vitest';
import { checkSupplierEligibility } from '../../../src/index.js';

describe('checkSupplierEligibility', () => {
  it.each([
    // [basis, supplier, status]
    ['L2113-12', { structureType: 'esat', disabledWorkersShare: 0.4999 }, 'ineligible'],
    ['L2113-12', { structureType: 'esat', disabledWorkersShare: 0.5 }, 'eligible'],
    ['L2113-12', { structureType: 'ea', disabledWorkersShare: 0.5001 }, 'eligible'],
    ['L2113-12', { structureType: 'siae', disabledWorkersShare: 0.9 }, 'ineligible'],
    ['L2113-12', { structureType: 'other', equivalentStructure: true, disabledWorkersShare: 0.6 }, 'eligible'],
    ['L2113-13', { structureType: 'siae', disadvantagedWorkersShare: 0.4999 }, 'ineligible'],
    ['L2113-13', { structureType: 'siae', disadvantagedWorkersShare: 0.5 }, 'eligible'],
    ['L2113-13', { structureType: 'ea', disadvantagedWorkersShare: 0.9 }, 'ineligible'],
    ['L2113-13-1', { structureType: 'prison-workshop', detaineesShare: 0.5 }, 'eligible'],
    ['L2113-13-1', { structureType: 'prison-workshop', detaineesShare: 0.4999 }, 'ineligible'],
    ['L2113-13-1', { structureType: 'other', equivalentStructure: true, detaineesShare: 0.9 }, 'ineligible'], // L2113-14: no equivalent
    ['L2113-15', { structureType: 'ess' }, 'eligible'],
    ['L2113-15', { structureType: 'other', equivalentStructure: true }, 'eligible'],
    ['L2113-15', { structureType: 'other' }, 'ineligible'],
  ] as const)('%s %j → %s', (basis, supplier, status) => {
    const r = checkSupplierEligibility({ basis, date: '2026-09-01', supplier });
    expect(r.status).toBe(status);
    expect(r.eligible).toBe(status === 'eligible');
    expect(r.reasons.length === 0).toBe(status === 'eligible');
  });

  it('explains every reason, in French and English, with the parameter used', () => {
    const r = checkSupplierEligibility({
      basis: 'L2113-12',
      date: '2026-09-01',
      supplier: { structureType: 'siae', disabledWorkersShare: 0.3 },
    });
    expect(r.reasons.map((x) => x.code)).toEqual(['structure-type', 'share-below-minimum']);
    expect(r.reasons[1]?.message.fr).toMatch(/30 %.*50 %/);
    expect(r.reasons[1]?.message.en).toMatch(/30 %.*50 %/);
    expect(r.parameters['reserved.disabledWorkers.minShare']).toMatchObject({
      value: 0.5,
      validFrom: '2019-04-01',
      confidence: 'confirmed',
    });
  });

  it('says which supplier data is missing', () => {
    const r = checkSupplierEligibility({ basis: 'L2113-13', date: '2026-09-01', supplier: {} });
    expect(r).toMatchObject({ status: 'unknown', eligible: false, missing: ['structureType', 'disadvantagedWorkersShare'] });
    expect(r.reasons[0]?.code).toBe('missing-data');
  });

  it('knows no detainee share before 1 January 2023 (the day before / the day of)', () => {
    const supplier = { structureType: 'prison-workshop', detaineesShare: 0.8 } as const;
    const before = checkSupplierEligibility({ basis: 'L2113-13-1', date: '2022-12-31', supplier });
    expect(before.status).toBe('unknown');
    expect(before.reasons[0]?.code).toBe('not-in-force');
    expect(checkSupplierEligibility({ basis: 'L2113-13-1', date: '2023-01-01', supplier }).status).toBe('eligible');
  });

  it('rejects a malformed date or an unknown basis', () => {
    expect(() => checkSupplierEligibility({ basis: 'L2113-12', date: '2026-02-30', supplier: {} })).toThrow(RangeError);
    expect(() => checkSupplierEligibility({ basis: 'L9999' as 'L2113-12', date: '2026-02-01', supplier: {} })).toThrow(RangeError);
  });
});
