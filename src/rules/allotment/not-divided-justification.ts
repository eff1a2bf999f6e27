import { ccp } from '../../law/sources.js';
import { CONTRACTS_ONLY, fail, notApplicable, pass, type Rule, unknown } from '../rule.js';

/** L2113-10 and L2113-11: a contract not divided into lots carries the reasons for that choice. */
export const notDividedJustificationRule: Rule = {
  id: 'allotment.not-divided-justification',
  family: 'allotment',
  kind: 'law',
  title: { fr: 'Justification de l’absence d’allotissement', en: 'Justification for not dividing into lots' },
  description: {
    fr: 'Les marchés sont passés en lots séparés (L2113-10), sauf lorsque leur objet ne permet pas l’identification de prestations distinctes ou dans les cas de L2113-11 (acheteur incapable d’assurer la coordination, dévolution en lots restreignant la concurrence ou rendant l’exécution techniquement difficile ou plus coûteuse). L’acheteur qui ne divise pas motive ce choix : un marché non alloti doit porter une justification non vide. Les concessions ne sont pas concernées.',
    en: 'Contracts are awarded in separate lots (L2113-10) unless their subject-matter does not allow distinct services to be identified, or in the cases of L2113-11 (buyer unable to co-ordinate, lots restricting competition or making performance technically difficult or more costly). A buyer that does not divide gives its reasons: a contract not divided into lots must carry a non-empty justification. Concessions are not concerned.',
  },
  legalBasis: [ccp('L2113-10'), ccp('L2113-11'), ccp('R2113-1')],
  scope: CONTRACTS_ONLY,
  dateBasis: 'launch',
  parameters: [],
  fields: ['kind', 'lots.divided', 'lots.notDividedJustification'],
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
  ],
  applies(c) {
    const divided = c.lots?.divided;
    if (divided === undefined) return unknown('lots.divided');
    if (divided) return notApplicable('Le marché est alloti.', 'The contract is divided into lots.');
    return true;
  },
  check(c) {
    const reasons = c.lots?.notDividedJustification;
    if (reasons !== undefined && reasons.trim() !== '') {
      return pass('L’absence d’allotissement est motivée.', 'The choice not to divide into lots is justified.');
    }
    return fail(
      'Marché non alloti sans justification : l’acheteur doit motiver ce choix (L2113-11).',
      'Contract not divided into lots without a justification: the buyer must give its reasons (L2113-11).',
    );
  },
};
