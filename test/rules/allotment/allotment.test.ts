import { describe, expect, it } from 'vitest';
import { verdict } from '../../support/evaluate.js';

describe('allotment.not-divided-justification (L2113-10, L2113-11)', () => {
  const RULE = 'allotment.not-divided-justification';
  it.each([
    [{ divided: true }, 'not-applicable'],
    [{ divided: false }, 'fail'],
    [{ divided: false, notDividedJustification: '' }, 'fail'],
    [{ divided: false, notDividedJustification: '  \n ' }, 'fail'],
    [{ divided: false, notDividedJustification: 'Prestations indissociables.' }, 'pass'],
  ])('lots %j → %s', (lots, expected) => {
    expect(verdict(RULE, { lots }).status).toBe(expected);
  });
  it('leaves concessions out and names the missing field', () => {
    expect(verdict(RULE, { kind: 'concession', lots: { divided: false } }).status).toBe('not-applicable');
    expect(verdict(RULE, {})).toMatchObject({ status: 'unknown', missing: ['lots.divided'] });
  });

  it('cites the duty to give reasons as L2113-11 and R2113-3', () => {
    const f = verdict(RULE, { lots: { divided: false } });
    expect(f.legalBasis.map((s) => s.article)).toEqual(expect.arrayContaining(['L2113-11', 'R2113-3']));
    expect(f.message.fr).toMatch(/L2113-11, R2113-3/);
  });

  it.each(['design-build', 'global-performance', 'sectoral-global', 'partnership'])(
    'is not applicable to a %s contract, exempt from allotment',
    (globalContract) => {
      const f = verdict(RULE, { globalContract, lots: { divided: false } });
      expect(f.status).toBe('not-applicable');
      expect(f.message.fr).toMatch(/L2171|L2211/);
    },
  );

  it('reports lots.divided false with several lots as a contradiction, never a fail', () => {
    const f = verdict(RULE, { lots: { divided: false, count: 3 } });
    expect(f).toMatchObject({ status: 'unknown', reason: 'contradictory-data' });
    expect(f.notes[0]?.fields).toEqual(['lots.divided', 'lots.count']);
    expect(verdict(RULE, { lots: { divided: false, count: 1 } }).status).toBe('fail');
  });
});

describe('allotment.small-lots (R2123-1 2°)', () => {
  const RULE = 'allotment.small-lots';
  const c = (nature: string | undefined, lot: unknown, cumulative: unknown, all: unknown) => ({
    nature,
    dates: { consultationLaunch: '2026-03-02' },
    lots: { divided: true, smallLot: { lotValueExclTax: lot, cumulativeSmallLotsExclTax: cumulative, allLotsValueExclTax: all } },
  });

  it.each([
    ['supplies', '79999.99', '79999.99', '1000000', 'pass'],
    ['supplies', '80000', '80000', '1000000', 'fail'], // "below" 80 000 €: exactly is not
    ['services', '80000.01', '80000.01', '1000000', 'fail'],
    ['works', '999999.99', '999999.99', '5000000', 'pass'],
    ['works', '1000000', '1000000', '5000000', 'fail'],
    ['supplies', '50000', '199999.99', '1000000', 'pass'], // cumulative share under 20 %
    ['supplies', '50000', '200000', '1000000', 'pass'], // exactly 20 %
    ['supplies', '50000', '200000.01', '1000000', 'fail'],
    ['supplies', '0.01', '0.07', '0.35', 'pass'], // 20 % of 0.35 = 0.07 exactly (0.06999999999999999 in floats)
    ['supplies', '0.01', '0.08', '0.35', 'fail'],
    ['supplies', '0.01', '0.206', '1.03', 'fail'], // amounts are read at the cent: 0.206 is 0.21, above 20 % of 1.03
    ['supplies', '0.01', 0.11000000000000001, '0.55', 'pass'], // a float artefact of 0.11 is 0.11, exactly 20 %
  ])('%s lot %s, small lots %s of %s → %s', (nature, lot, cumulative, all, expected) => {
    expect(verdict(RULE, c(nature, lot, cumulative, all)).status).toBe(expected);
  });

  it('is not applicable when the exception is not relied on, or to concessions', () => {
    expect(verdict(RULE, { lots: { divided: true } }).status).toBe('not-applicable');
    expect(verdict(RULE, { ...c('works', '1', '1', '10'), kind: 'concession' }).status).toBe('not-applicable');
  });

  it('names each missing field', () => {
    expect(verdict(RULE, c(undefined, undefined, undefined, undefined))).toMatchObject({
      status: 'unknown',
      missing: ['nature', 'lots.smallLot.lotValueExclTax', 'lots.smallLot.cumulativeSmallLotsExclTax', 'lots.smallLot.allLotsValueExclTax'],
    });
    expect(verdict(RULE, c('supplies', '1', undefined, '10'))).toMatchObject({
      status: 'unknown',
      missing: ['lots.smallLot.cumulativeSmallLotsExclTax'],
    });
    expect(
      verdict(RULE, {
        nature: 'supplies',
        lots: { smallLot: { lotValueExclTax: '1', cumulativeSmallLotsExclTax: '1', allLotsValueExclTax: '10' } },
      }),
    ).toMatchObject({
      status: 'unknown',
      missing: ['dates.consultationLaunch'],
    });
  });
});
