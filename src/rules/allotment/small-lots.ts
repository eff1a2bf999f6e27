import { Decimal } from 'decimal.js';
import { ccp } from '../../law/sources.js';
import { compareMoney, formatEuros, type Money } from '../../model/money.js';
import { formatParameterEuros } from '../format-parameter.js';
import { CONTRACTS_ONLY, fail, missingFields, notApplicable, pass, type Rule, unknown } from '../rule.js';

/**
 * R2123-1 2°: a lot of an operation above the EU threshold may be awarded by adapted procedure when its value is below
 * 80 000 € HT (supplies and services) or 1 000 000 € HT (works), provided the small lots together do not exceed 20 %
 * of the value of all lots.
 */
export const smallLotsRule: Rule = {
  id: 'allotment.small-lots',
  family: 'allotment',
  kind: 'law',
  title: { fr: 'Exception des « petits lots »', en: 'The “small lots” exception' },
  description: {
    fr: 'Un lot peut être passé selon une procédure adaptée, même si la valeur de l’ensemble des lots atteint le seuil européen, lorsque sa valeur est inférieure à 80 000 € HT (fournitures et services) ou à 1 000 000 € HT (travaux) et que le montant cumulé des lots ainsi passés n’excède pas 20 % de la valeur de tous les lots (R2123-1 2°). Règle évaluée seulement lorsque `lots.smallLot` est renseigné. Calcul exact (décimal).',
    en: 'A lot may be awarded by adapted procedure, even when the value of all lots reaches the EU threshold, when its value is below 80 000 € HT (supplies and services) or 1 000 000 € HT (works) and the lots so awarded together do not exceed 20 % of the value of all lots (R2123-1 2°). Evaluated only when `lots.smallLot` is given. Exact (decimal) arithmetic.',
  },
  legalBasis: [ccp('R2123-1', '2°')],
  scope: CONTRACTS_ONLY,
  dateBasis: 'launch',
  parameters: ['smallLots.suppliesServices.max', 'smallLots.works.max', 'smallLots.cumulativeShare.max'],
  fields: [
    'kind',
    'nature',
    'lots.smallLot.lotValueExclTax',
    'lots.smallLot.cumulativeSmallLotsExclTax',
    'lots.smallLot.allLotsValueExclTax',
  ],
  examples: [
    {
      title: 'Supplies lot of 79 999,99 € within 20 % of all lots',
      contract: {
        id: 'ex-small-lots-pass',
        kind: 'contract',
        nature: 'supplies',
        procedure: 'adapted',
        dates: { consultationLaunch: '2026-03-02' },
        lots: {
          divided: true,
          smallLot: { lotValueExclTax: '79999.99', cumulativeSmallLotsExclTax: '100000', allLotsValueExclTax: '500000' },
        },
      },
      expected: 'pass',
    },
    {
      title: 'Supplies lot of exactly 80 000 €',
      contract: {
        id: 'ex-small-lots-fail',
        kind: 'contract',
        nature: 'supplies',
        procedure: 'adapted',
        dates: { consultationLaunch: '2026-03-02' },
        lots: { divided: true, smallLot: { lotValueExclTax: '80000', cumulativeSmallLotsExclTax: '80000', allLotsValueExclTax: '500000' } },
      },
      expected: 'fail',
    },
  ],
  applies(c) {
    if (c.lots?.smallLot === undefined) {
      return notApplicable('L’exception des petits lots n’est pas invoquée.', 'The small-lots exception is not relied on.');
    }
    return true;
  },
  check(c, ctx) {
    const s = c.lots?.smallLot;
    const lot = s?.lotValueExclTax;
    const cumulative = s?.cumulativeSmallLotsExclTax;
    const all = s?.allLotsValueExclTax;
    if (c.nature === undefined || lot === undefined || cumulative === undefined || all === undefined) {
      return unknown(
        ...missingFields([
          ['nature', c.nature],
          ['lots.smallLot.lotValueExclTax', lot],
          ['lots.smallLot.cumulativeSmallLotsExclTax', cumulative],
          ['lots.smallLot.allLotsValueExclTax', all],
        ]),
      );
    }
    const max = ctx.param(c.nature === 'works' ? 'smallLots.works.max' : 'smallLots.suppliesServices.max') as Money;
    const share = ctx.param('smallLots.cumulativeShare.max') as number;
    const faults: { fr: string[]; en: string[] } = { fr: [], en: [] };
    if (compareMoney(lot, max) >= 0) {
      faults.fr.push(`le lot (${formatEuros(lot, 'fr')}) n’est pas inférieur à ${formatParameterEuros(max, 'fr')}`);
      faults.en.push(`the lot (${formatEuros(lot, 'en')}) is not below ${formatParameterEuros(max, 'en')}`);
    }
    const cap = new Decimal(all).times(new Decimal(String(share)));
    if (new Decimal(cumulative).gt(cap)) {
      const capText = cap.toFixed();
      faults.fr.push(
        `les petits lots cumulés (${formatEuros(cumulative, 'fr')}) dépassent ${share * 100} % de tous les lots (${formatEuros(capText, 'fr')})`,
      );
      faults.en.push(
        `the small lots together (${formatEuros(cumulative, 'en')}) exceed ${share * 100} % of all lots (${formatEuros(capText, 'en')})`,
      );
    }
    if (faults.fr.length > 0) {
      return fail(
        `Exception des petits lots non ouverte : ${faults.fr.join(' ; ')} (R2123-1 2°).`,
        `Small-lots exception not open: ${faults.en.join('; ')} (R2123-1 2°).`,
      );
    }
    return pass(
      `Lot inférieur à ${formatParameterEuros(max, 'fr')} et petits lots cumulés dans la limite de ${share * 100} % : procédure adaptée possible.`,
      `Lot below ${formatParameterEuros(max, 'en')} and small lots together within ${share * 100} %: adapted procedure allowed.`,
    );
  },
};
