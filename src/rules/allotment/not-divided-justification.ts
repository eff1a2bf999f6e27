import { ccp } from '../../law/sources.js';
import { CONTRACTS_ONLY, contradictory, type FindingNote, fail, notApplicable, pass, type Rule, unknown } from '../rule.js';

const GLOBAL: Record<string, { fr: string; en: string; article: string }> = {
  'design-build': { fr: 'marché de conception-réalisation', en: 'design-build contract', article: 'L2171-2' },
  'global-performance': { fr: 'marché global de performance', en: 'global performance contract', article: 'L2171-3' },
  'sectoral-global': { fr: 'marché global sectoriel', en: 'sectoral global contract', article: 'L2171-4' },
  partnership: { fr: 'marché de partenariat', en: 'partnership contract', article: 'L2211-1' },
};

const DIVIDED_BUT_ONE: FindingNote = Object.freeze({
  code: 'contradiction',
  fields: Object.freeze(['lots.divided', 'lots.count']),
  message: Object.freeze({
    fr: '`lots.divided` dit que le marché n’est pas alloti mais `lots.count` compte plusieurs lots.',
    en: '`lots.divided` says the contract is not divided into lots but `lots.count` counts several lots.',
  }),
});

/**
 * L2113-10, L2113-11 and R2113-3: a contract not divided into lots carries the reasons for that choice. Marchés globaux
 * (L2171-1 ff.) and partnership contracts (L2211-1 ff.) are exempt from allotment.
 */
export const notDividedJustificationRule: Rule = {
  id: 'allotment.not-divided-justification',
  family: 'allotment',
  kind: 'law',
  title: { fr: 'Justification de l’absence d’allotissement', en: 'Justification for not dividing into lots' },
  description: {
    fr: 'Les marchés sont passés en lots séparés (L2113-10), sauf lorsque leur objet ne permet pas l’identification de prestations distinctes ou dans les cas de L2113-11 (acheteur incapable d’assurer la coordination, dévolution en lots restreignant la concurrence ou rendant l’exécution techniquement difficile ou plus coûteuse). L’acheteur qui ne divise pas motive ce choix (L2113-11) dans les documents de la procédure (R2113-3) : un marché non alloti doit porter une justification non vide. Les marchés globaux (conception-réalisation, global de performance, global sectoriel : L2171-1 s.) et les marchés de partenariat (L2211-1 s.) échappent à l’allotissement : non applicable (`globalContract`). Les concessions ne sont pas concernées.',
    en: 'Contracts are awarded in separate lots (L2113-10) unless their subject-matter does not allow distinct services to be identified, or in the cases of L2113-11 (buyer unable to co-ordinate, lots restricting competition or making performance technically difficult or more costly). A buyer that does not divide gives its reasons (L2113-11) in the procedure documents (R2113-3): a contract not divided into lots must carry a non-empty justification. Marchés globaux (design-build, global performance, sectoral global: L2171-1 ff.) and partnership contracts (L2211-1 ff.) are exempt from allotment: not applicable (`globalContract`). Concessions are not concerned.',
  },
  legalBasis: [ccp('L2113-10'), ccp('L2113-11'), ccp('R2113-3'), ccp('L2171-1'), ccp('L2211-1')],
  scope: CONTRACTS_ONLY,
  dateBasis: 'launch',
  parameters: [],
  fields: ['kind', 'globalContract', 'lots.divided', 'lots.count', 'lots.notDividedJustification'],
  examples: [
    {
      title: 'Single-lot works contract without reasons',
      contract: { id: 'ex-allotment-fail', kind: 'contract', nature: 'works', lots: { divided: false } },
      expected: 'fail',
    },
    {
      title: 'Single-lot contract with reasons',
      contract: {
        id: 'ex-allotment-pass',
        kind: 'contract',
        lots: { divided: false, notDividedJustification: 'Prestations indissociables : maintenance d’un équipement unique.' },
      },
      expected: 'pass',
    },
    {
      title: 'Design-build contract (marché global) in a single lot',
      contract: { id: 'ex-allotment-global', kind: 'contract', nature: 'works', globalContract: 'design-build', lots: { divided: false } },
      expected: 'not-applicable',
    },
  ],
  applies(c) {
    const global = c.globalContract === undefined ? undefined : GLOBAL[c.globalContract];
    if (global !== undefined) {
      return notApplicable(
        `Marché global (${global.fr}, ${global.article}) : il échappe à l’obligation d’allotissement.`,
        `Global contract (${global.en}, ${global.article}): exempt from the duty to divide into lots.`,
      );
    }
    const divided = c.lots?.divided;
    if (divided === undefined) return unknown('lots.divided');
    if (divided) return notApplicable('Le marché est alloti.', 'The contract is divided into lots.');
    const count = c.lots?.count;
    if (count !== undefined && count > 1) return contradictory(['lots.divided'], [DIVIDED_BUT_ONE]);
    return true;
  },
  check(c) {
    const reasons = c.lots?.notDividedJustification;
    if (reasons !== undefined && reasons.trim() !== '') {
      return pass(
        'L’absence d’allotissement est motivée (L2113-11, R2113-3).',
        'The choice not to divide into lots is justified (L2113-11, R2113-3).',
      );
    }
    return fail(
      'Marché non alloti sans justification : l’acheteur doit motiver ce choix dans les documents de la procédure (L2113-11, R2113-3).',
      'Contract not divided into lots without a justification: the buyer must give its reasons in the procedure documents (L2113-11, R2113-3).',
    );
  },
};
