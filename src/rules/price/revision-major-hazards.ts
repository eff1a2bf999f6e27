import { ccp } from '../../law/sources.js';
import { CONTRACTS_ONLY, fail, notApplicable, pass, type Rule, unknown } from '../rule.js';

/**
 * R2112-13: a contract is concluded at a revisable price when the parties are exposed to major hazards
 * from reasonably foreseeable economic developments, expressly the case for agricultural and food raw materials.
 */
export const revisionMajorHazardsRule: Rule = {
  id: 'price.revision-major-hazards',
  family: 'price',
  kind: 'law',
  title: { fr: 'Révision du prix : aléas économiques majeurs', en: 'Price revision: major economic hazards' },
  description: {
    fr: 'Lorsque les parties sont exposées à des aléas majeurs (notamment matières premières agricoles et alimentaires), le marché est conclu à prix révisable.',
    en: 'When the parties are exposed to major economic hazards (notably agricultural and food raw materials), the contract is concluded at a revisable price.',
  },
  legalBasis: [ccp('R2112-13')],
  scope: CONTRACTS_ONLY,
  dateBasis: 'launch',
  parameters: [],
  fields: ['kind', 'price.majorHazardExposure', 'price.type'],
  examples: [
    {
      title: 'School catering exposed to food raw-material prices, revisable price',
      contract: {
        id: 'ex-hazards-pass',
        kind: 'contract',
        nature: 'services',
        price: { type: 'revisable', majorHazardExposure: true },
      },
      expected: 'pass',
    },
  ],
  applies(c) {
    const exposed = c.price?.majorHazardExposure;
    if (exposed === undefined) return unknown('price.majorHazardExposure');
    if (exposed) return true;
    return notApplicable('Pas d’exposition déclarée à des aléas économiques majeurs.', 'No declared exposure to major economic hazards.');
  },
  check(c) {
    const type = c.price?.type;
    if (type === undefined) return unknown('price.type');
    if (type === 'revisable') return pass('Le prix est révisable.', 'The price is revisable.');
    return fail(
      'Les parties sont exposées à des aléas économiques majeurs : le marché doit être conclu à prix révisable (R2112-13).',
      'The parties are exposed to major economic hazards: the contract must be concluded at a revisable price (R2112-13).',
    );
  },
};
