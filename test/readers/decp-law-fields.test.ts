import { describe, expect, it } from 'vitest';
import { decpV1Reader, decpV2Reader, evaluateContract } from '../../src/index.js';

// The small hunks law-rules added to the DECP readers (issue 13): published data, partnership contracts, CCAG FCS.
const v2 = (extra: Record<string, unknown>) => ({
  id: 'r1',
  nature: 'Marché',
  objet: 'Nettoyage',
  codeCPV: '90910000',
  procedure: 'Appel d’offres ouvert',
  dureeMois: 12,
  dateNotification: '2025-03-01',
  montant: 120000,
  attributionAvance: false,
  typesPrix: { typePrix: ['Définitif ferme'] },
  considerationsSociales: { considerationSociale: ['Pas de considération sociale'] },
  considerationsEnvironnementales: { considerationEnvironnementale: ['Pas de considération environnementale'] },
  ...extra,
});

describe('DECP readers: what the law rules need', () => {
  it('mark every record as published data, so that attributionAvance = false is not a breach', () => {
    for (const [reader, record] of [
      [decpV2Reader, v2({})],
      [decpV1Reader, { id: 'v1', nature: 'Marché', montant: 120000, dateNotification: '2019-03-01', dureeMois: 12 }],
    ] as const) {
      const r = reader.read(record);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.contract.provenance).toBe('published-data');
    }
    const r = decpV2Reader.read(v2({}));
    if (!r.ok) throw new Error('unreadable');
    const f = evaluateContract({ ...r.contract, buyer: { kind: 'local-authority' } }, { rules: ['advance.mandatory'], asOf: '2026-01-01' });
    expect(f.findings[0]).toMatchObject({ status: 'unknown', missing: ['advance.refusedByHolder'] });
  });

  it('read the CCAG « Fournitures courantes et services » as « courant » supplies or services (R2112-10)', () => {
    const fcs = decpV2Reader.read(v2({ ccag: 'Fournitures courantes et services' }));
    expect(fcs.ok && fcs.contract.price).toEqual({ type: 'firm', standardSuppliesOrServices: true });
    const other = decpV2Reader.read(v2({ ccag: 'Travaux' }));
    expect(other.ok && other.contract.price).toEqual({ type: 'firm' });
    const none = decpV2Reader.read(v2({ ccag: 'Fournitures courantes et services', typesPrix: undefined }));
    expect(none.ok && none.contract.price).toEqual({ standardSuppliesOrServices: true });
  });

  it('read « Marché de partenariat » as a partnership contract, exempt from allotment', () => {
    const r = decpV2Reader.read(v2({ nature: 'Marché de partenariat' }));
    expect(r.ok && r.contract.globalContract).toBe('partnership');
    expect(r.ok && r.contract.kind).toBe('contract');
  });
});
