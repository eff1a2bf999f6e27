import { ccp, OPH_SHEETS } from '../../law/sources.js';
import { compareMoney, formatEuros, type Money } from '../../model/money.js';
import { formatParameterEuros } from '../format-parameter.js';
import { CONTRACTS_ONLY, fail, notApplicable, pass, type Rule, unknown } from '../rule.js';

/**
 * Buyers' indicator (not a legal duty): every contract notified above 40 000 € HT carries a
 * price-variation clause, actualisation or révision.
 */
export const variationClauseIndicatorRule: Rule = {
  id: 'price.variation-clause-indicator',
  family: 'price',
  kind: 'indicator',
  title: { fr: 'Clause de variation de prix au-delà de 40 000 € HT', en: 'Price-variation clause above 40,000 € excl. tax' },
  description: {
    fr: 'Indicateur des acheteurs : un marché notifié de plus de 40 000 € HT comporte une clause de variation de prix (actualisation ou révision).',
    en: 'Buyers’ indicator: a contract notified above 40,000 € excl. tax carries a price-variation clause (actualisation or révision).',
  },
  legalBasis: [OPH_SHEETS, ccp('R2112-9'), ccp('R2112-13')],
  scope: CONTRACTS_ONLY,
  dateBasis: 'notification',
  parameters: ['indicator.priceVariation.minAmount'],
  fields: ['kind', 'amountExclTax', 'dates.notification', 'price.type'],
  examples: [
    {
      title: 'Exactly 40 000,00 € HT: not above the threshold',
      contract: {
        id: 'ex-indicator-na',
        kind: 'contract',
        amountExclTax: '40000.00',
        dates: { notification: '2026-05-04' },
        price: { type: 'firm' },
      },
      expected: 'not-applicable',
    },
    {
      title: '40 000,01 € HT at firm price',
      contract: {
        id: 'ex-indicator-fail',
        kind: 'contract',
        amountExclTax: '40000.01',
        dates: { notification: '2026-05-04' },
        price: { type: 'firm' },
      },
      expected: 'fail',
    },
  ],
  applies(c, ctx) {
    if (c.amountExclTax === undefined) return unknown('amountExclTax');
    const min = ctx.param('indicator.priceVariation.minAmount') as Money;
    if (compareMoney(c.amountExclTax, min) > 0) return true;
    return notApplicable(
      `Montant notifié de ${formatEuros(c.amountExclTax, 'fr')} HT, pas au-delà de ${formatParameterEuros(min, 'fr')} HT.`,
      `Notified amount of ${formatEuros(c.amountExclTax, 'en')} excl. tax, not above ${formatParameterEuros(min, 'en')} excl. tax.`,
    );
  },
  check(c, ctx) {
    const min = ctx.param('indicator.priceVariation.minAmount') as Money;
    const type = c.price?.type;
    if (type === undefined) return unknown('price.type');
    if (type === 'firm-actualisable' || type === 'revisable') {
      return pass(
        `Marché de plus de ${formatParameterEuros(min, 'fr')} HT avec une clause de variation de prix (${type === 'revisable' ? 'révision' : 'actualisation'}).`,
        `Contract above ${formatParameterEuros(min, 'en')} excl. tax with a price-variation clause (${type === 'revisable' ? 'revision' : 'actualisation'}).`,
      );
    }
    return fail(
      `Marché de plus de ${formatParameterEuros(min, 'fr')} HT sans clause de variation de prix (prix ${type === 'firm' ? 'ferme non actualisable' : 'provisoire'}).`,
      `Contract above ${formatParameterEuros(min, 'en')} excl. tax without a price-variation clause (${type === 'firm' ? 'firm, non-actualisable' : 'provisional'} price).`,
    );
  },
};
