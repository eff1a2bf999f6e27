import { describe, expect, it } from 'vitest';
import { verdict } from '../../support/evaluate.js';

// R2191-3 names the initial amount: after modifications (avenants), published data gives the amount after them in
// amountExclTax and the initial one in initialAmountExclTax (DECP readers). The rule reads the initial amount first.
const contract = (amountExclTax: string, initialAmountExclTax: string | undefined) => ({
  buyer: { kind: 'state' },
  amountExclTax,
  ...(initialAmountExclTax === undefined ? {} : { initialAmountExclTax }),
  durationMonths: 6,
  advance: { granted: true },
  dates: { consultationLaunch: '2026-03-02' },
});

describe('advance.mandatory (R2191-3) on the initial amount', () => {
  it('is not applicable when the initial amount is at most 50 000 € HT, whatever the amount after modifications', () => {
    const f = verdict('advance.mandatory', contract('60000', '45000'));
    expect(f.status).toBe('not-applicable');
    expect(f.message.fr).toMatch(/^Montant initial 45\s000 €/u);
    expect(f.message.en).toMatch(/^Initial amount 45,000 €/);
  });

  it('applies when the initial amount is above 50 000 € HT, even if a modification lowered it', () => {
    expect(verdict('advance.mandatory', contract('40000', '60000')).status).toBe('pass');
    expect(verdict('advance.minimum-rate', contract('40000', '60000')).status).not.toBe('not-applicable');
  });

  it('reads the amount when there was no modification', () => {
    expect(verdict('advance.mandatory', contract('45000', undefined)).status).toBe('not-applicable');
    expect(verdict('advance.mandatory', contract('60000', undefined)).status).toBe('pass');
  });
});
