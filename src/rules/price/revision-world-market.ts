import { ccp } from '../../law/sources.js';
import type { Contract } from '../../model/contract-schema.js';
import { CONTRACTS_ONLY, fail, notApplicable, pass, type Rule, unknown } from '../rule.js';

// CPV divisions of electricity (09310000) and natural gas (09123000): R2112-14 lets them stay at firm price.
const ENERGY_CPV = /^(0931|09123)/;

const isGasOrElectricity = (c: Contract): boolean =>
  c.price?.gasOrElectricitySupply === true || (c.cpv?.[0] !== undefined && ENERGY_CPV.test(c.cpv[0]));

/**
 * R2112-14: a contract lasting more than 3 months whose supplies (notably raw materials) have prices
 * directly affected by world-market fluctuations must have a revisable price; gas and electricity supply may stay firm.
 */
export const revisionWorldMarketRule: Rule = {
  id: 'price.revision-world-market',
  family: 'price',
  kind: 'law',
  title: { fr: 'Révision du prix : matières premières aux cours mondiaux', en: 'Price revision: world-market raw materials' },
  description: {
    fr: 'Un marché de plus de 3 mois exposé aux fluctuations des cours mondiaux des matières premières doit comporter une clause de révision de prix (sauf fourniture de gaz ou d’électricité).',
    en: 'A contract over 3 months exposed to world-market raw-material prices must include a price-revision clause (except gas or electricity supply).',
  },
  legalBasis: [ccp('R2112-14'), ccp('R2112-13')],
  scope: CONTRACTS_ONLY,
  dateBasis: 'launch',
  parameters: ['price.revision.worldMarket.minDuration'],
  fields: ['kind', 'price.rawMaterialExposure', 'price.gasOrElectricitySupply', 'cpv', 'durationMonths', 'price.type'],
  examples: [
    {
      title: 'Steel supply over 12 months at firm price',
      contract: {
        id: 'ex-revision-fail',
        kind: 'contract',
        nature: 'supplies',
        durationMonths: 12,
        price: { type: 'firm', rawMaterialExposure: true },
        dates: { consultationLaunch: '2026-03-02' },
      },
      expected: 'fail',
    },
  ],
  applies(c, ctx) {
    const exposure = c.price?.rawMaterialExposure;
    if (exposure === undefined) return unknown('price.rawMaterialExposure');
    if (!exposure) {
      return notApplicable(
        'Pas d’exposition significative aux cours mondiaux des matières premières.',
        'No significant exposure to world-market raw-material prices.',
      );
    }
    if (isGasOrElectricity(c)) {
      return notApplicable(
        'Fourniture de gaz ou d’électricité : le prix peut rester ferme (R2112-14).',
        'Gas or electricity supply: the price may stay firm (R2112-14).',
      );
    }
    if (c.durationMonths === undefined) return unknown('durationMonths');
    const min = ctx.param('price.revision.worldMarket.minDuration') as number;
    if (c.durationMonths > min) return true;
    return notApplicable(
      `Durée d’exécution de ${c.durationMonths} mois, pas plus de ${min} mois : la révision n’est pas imposée par R2112-14.`,
      `Execution period of ${c.durationMonths} months, not more than ${min} months: R2112-14 does not require revision.`,
    );
  },
  check(c, ctx) {
    const min = ctx.param('price.revision.worldMarket.minDuration') as number;
    const type = c.price?.type;
    if (type === undefined) return unknown('price.type');
    if (type === 'revisable') {
      return pass('Le prix est révisable.', 'The price is revisable.');
    }
    return fail(
      `Marché de plus de ${min} mois exposé aux cours mondiaux des matières premières : le prix doit être révisable, avec au moins une référence aux indices officiels (R2112-14).`,
      `Contract over ${min} months exposed to world-market raw-material prices: the price must be revisable, referring to at least one official index (R2112-14).`,
    );
  },
};
