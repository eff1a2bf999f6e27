import { cenv } from '../../law/sources.js';
import { CONTRACTS_AND_CONCESSIONS, fail, notApplicable, pass, type Rule, unknown } from '../rule.js';

const pct = (share: number) => `${Math.round(share * 10000) / 100} %`;

/**
 * C. env. L228-4: from 1 January 2030, bio-based or low-carbon materials are used in at least 25 % of the heavy renovations
 * and constructions under public procurement. The quota is on the portfolio; this rule says whether a contract counts.
 */
export const biobasedMaterialsRule: Rule = {
  id: 'materials.biobased',
  family: 'materials',
  kind: 'indicator',
  title: {
    fr: 'Matériaux biosourcés ou bas-carbone (rénovations lourdes et constructions)',
    en: 'Bio-based or low-carbon materials (heavy renovations and constructions)',
  },
  description: {
    fr: 'À partir du 1er janvier 2030, des matériaux biosourcés ou bas-carbone sont utilisés dans au moins 25 % des rénovations lourdes et des constructions relevant de la commande publique (C. env. L228-4). L’obligation porte sur l’ensemble des opérations (paramètre `biobased.minShare`, évalué au niveau du portefeuille) : au niveau d’un marché, cet indicateur dit si l’opération compte dans la part (réussite) ou non (échec), sans qu’un échec isolé soit une illégalité. Le décret d’application (définition de la rénovation lourde, seuils) n’a pas été trouvé.',
    en: 'From 1 January 2030, bio-based or low-carbon materials are used in at least 25 % of the heavy renovations and constructions under public procurement (C. env. L228-4). The duty is on all operations taken together (parameter `biobased.minShare`, evaluated on the portfolio): on one contract, this indicator says whether the operation counts toward the share (pass) or not (fail), a single fail not being unlawful. The implementing decree (definition of heavy renovation, thresholds) was not found.',
  },
  legalBasis: [cenv('L228-4', 'loi n° 2021-1104 art. 39')],
  scope: CONTRACTS_AND_CONCESSIONS,
  dateBasis: 'launch',
  parameters: ['biobased.minShare'],
  fields: ['nature', 'materials.heavyRenovationOrConstruction', 'materials.biobasedOrLowCarbon'],
  examples: [
    {
      title: 'School construction launched in 2030 with timber frame and bio-based insulation',
      contract: {
        id: 'ex-biobased-pass',
        kind: 'contract',
        nature: 'works',
        dates: { consultationLaunch: '2030-01-01' },
        materials: { heavyRenovationOrConstruction: true, biobasedOrLowCarbon: true },
      },
      expected: 'pass',
    },
    {
      title: 'Heavy renovation launched on 31 December 2029',
      contract: {
        id: 'ex-biobased-na',
        kind: 'contract',
        nature: 'works',
        dates: { consultationLaunch: '2029-12-31' },
        materials: { heavyRenovationOrConstruction: true, biobasedOrLowCarbon: false },
      },
      expected: 'not-applicable',
    },
  ],
  applies(c, ctx) {
    if (c.nature === undefined) return unknown('nature');
    if (c.nature !== 'works') return notApplicable('Pas un marché de travaux.', 'Not a works contract.');
    const heavy = c.materials?.heavyRenovationOrConstruction;
    if (heavy === undefined) return unknown('materials.heavyRenovationOrConstruction');
    if (!heavy) return notApplicable('Ni construction ni rénovation lourde.', 'Neither a construction nor a heavy renovation.');
    const share = ctx.param('biobased.minShare') as number;
    if (share <= 0) {
      return notApplicable(
        'Consultation engagée avant le 1er janvier 2030 : pas de part minimale de matériaux biosourcés.',
        'Consultation launched before 1 January 2030: no minimum share of bio-based materials.',
      );
    }
    return true;
  },
  check(c, ctx) {
    const share = pct(ctx.param('biobased.minShare') as number);
    const used = c.materials?.biobasedOrLowCarbon;
    if (used === undefined) return unknown('materials.biobasedOrLowCarbon');
    if (used) {
      return pass(
        `L’opération utilise des matériaux biosourcés ou bas-carbone : elle compte dans la part minimale de ${share} (L228-4).`,
        `The operation uses bio-based or low-carbon materials: it counts toward the minimum share of ${share} (L228-4).`,
      );
    }
    return fail(
      `L’opération n’utilise pas de matériaux biosourcés ou bas-carbone : elle ne compte pas dans la part minimale de ${share} des rénovations lourdes et constructions (L228-4).`,
      `The operation does not use bio-based or low-carbon materials: it does not count toward the minimum share of ${share} of heavy renovations and constructions (L228-4).`,
    );
  },
};
