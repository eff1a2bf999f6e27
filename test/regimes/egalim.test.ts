import { describe, expect, it } from 'vitest';
import { only, regimes, statuses } from './support.js';

const food = (over: Record<string, unknown> = {}) => ({
  regime: 'egalim',
  year: 2024,
  buyerId: 'commune-a',
  restaurant: 'ecole-jaures',
  category: 'other',
  amountExclTax: '6000',
  sustainableQualityExclTax: '2400',
  organicExclTax: '1200',
  ...over,
});
const meat = (over: Record<string, unknown> = {}) =>
  food({ category: 'meat-fish', amountExclTax: '4000', sustainableQualityExclTax: '2600', organicExclTax: '800', ...over });

describe('EGalim — Code rural L230-5-1, per restaurant and calendar year', () => {
  it('passes exactly at 50 % sustainable and quality, 20 % organic, 60 % of meat and fish (2024)', () => {
    // 2400 + 2600 = 5000 of 10000; organic 2000 of 10000; meat and fish 2400 of 4000 = 60 %
    const r = only([food({ sustainableQualityExclTax: '2600' }), meat({ sustainableQualityExclTax: '2400', organicExclTax: '800' })]);
    expect(r.measures.map((m) => [m.id, m.numerator, m.denominator])).toEqual([
      ['sustainable-quality', '5000', '10000'],
      ['organic', '2000', '10000'],
      ['meat-fish', '2400', '4000'],
    ]);
    expect(statuses(r)).toEqual({ 'sustainable-quality': 'pass', organic: 'pass', 'meat-fish': 'pass' });
  });

  it('fails each share one cent below its minimum', () => {
    const r = only([
      food({ sustainableQualityExclTax: '2399.99', organicExclTax: '1199.99' }),
      meat({ sustainableQualityExclTax: '2599.99' }),
    ]);
    // 4999.99 / 10000 < 50 %; organic 1999.99 / 10000 < 20 %; meat 2599.99 / 4000 ≥ 60 %
    expect(statuses(r)).toEqual({ 'sustainable-quality': 'fail', organic: 'fail', 'meat-fish': 'pass' });
    expect(only([food(), meat({ sustainableQualityExclTax: '2399.99' })]).measures[2]?.status).toBe('fail');
  });

  it('has no meat-and-fish minimum in 2023 (day before the 1 January 2024 step) and no minimum at all in 2021', () => {
    expect(
      statuses(only([food({ year: 2023 }), meat({ year: 2023, sustainableQualityExclTax: '0', organicExclTax: '0' })]))['meat-fish'],
    ).toBe('not-applicable');
    const r2021 = only([food({ year: 2021, sustainableQualityExclTax: '0', organicExclTax: '0' })]);
    expect(r2021.status).toBe('not-applicable');
    expect(statuses(only([food({ year: 2022, sustainableQualityExclTax: '0', organicExclTax: '0' })]))['sustainable-quality']).toBe('fail');
  });

  it('asks for meat and fish lines from 2024 rather than assume there were none', () => {
    const r = only([food({ sustainableQualityExclTax: '3000' })]);
    expect(statuses(r)['meat-fish']).toBe('unknown');
    expect(r.status).toBe('unknown');
    expect(
      only([food({ sustainableQualityExclTax: '3000' }), meat({ amountExclTax: '0', sustainableQualityExclTax: '0', organicExclTax: '0' })])
        .status,
    ).toBe('pass');
  });

  it('names the missing organic amount', () => {
    const { organicExclTax: _o, ...line } = food();
    const r = only([line, meat()]);
    expect(r.measures[1]).toMatchObject({ id: 'organic', status: 'unknown', missing: ['$[0].organicExclTax'] });
  });

  it('gives one result per restaurant, whatever the buyer kind', () => {
    const { results } = regimes([
      food(),
      meat(),
      food({ restaurant: 'college', buyerKind: 'state-public-body' }),
      meat({ restaurant: 'college' }),
    ]);
    expect(results.map((r) => [r.subject, r.status])).toEqual([
      ['college', 'pass'],
      ['ecole-jaures', 'pass'],
    ]);
  });
});
