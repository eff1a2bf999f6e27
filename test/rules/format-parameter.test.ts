import { describe, expect, it } from 'vitest';
import { formatEuros, type Money } from '../../src/model/money.js';
import { formatParameterEuros } from '../../src/rules/format-parameter.js';

describe('formatParameterEuros', () => {
  it('formats like formatEuros, in both languages, however often it is asked', () => {
    for (const m of ['40000', '221000', '5538000', '0.5', '1234567.891'] as Money[]) {
      for (let k = 0; k < 3; k++) {
        expect(formatParameterEuros(m, 'fr')).toBe(formatEuros(m, 'fr'));
        expect(formatParameterEuros(m, 'en')).toBe(formatEuros(m, 'en'));
      }
    }
    expect(formatParameterEuros('40000' as Money, 'fr')).toBe('40\u202f000 €');
  });

  it('stays right past its bound (values without end)', () => {
    for (let i = 0; i < 2500; i++)
      expect(formatParameterEuros(`${1000 + i}` as Money, 'en')).toBe(formatEuros(`${1000 + i}` as Money, 'en'));
  });
});
