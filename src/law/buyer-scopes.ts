/**
 * Which buyers an article binds, as data: the rules declare these scopes and the engine applies them (a buyer outside
 * gets `not-applicable`, a buyer kind that does not say gets `unknown` unless the rule is not applicable anyway).
 */
import { ccp } from './sources.js';
import type { BuyerCoverage, BuyerScope } from './types.js';

const BOUND: BuyerCoverage = { bound: true };

const PRIVATE_LAW: BuyerCoverage = {
  bound: false,
  reason: {
    fr: 'Acheteur de droit privé : les avances ne sont dues que dans les marchés de l’État, de ses établissements publics autres qu’industriels et commerciaux, des collectivités territoriales, de leurs établissements publics et de leurs groupements (L2191-1, L2191-2).',
    en: 'Private-law buyer: advances are owed only in the contracts of the State, its public bodies other than industrial and commercial ones, local authorities, their public bodies and their groupings (L2191-1, L2191-2).',
  },
};

/**
 * Advances (L2191-1, L2191-2; R2191-1 excluding the buyers of R2100-1): the State, its public bodies other than
 * industrial and commercial ones, local authorities, their public bodies and groupings. Offices publics de l'habitat
 * are excluded by R2191-1 (listed in R2100-1); private-law buyers (ESH, SEM, associations, companies) are outside
 * L2191-1; a social landlord is therefore outside the duty whichever it is. Hospitals are public bodies and bound.
 */
export const ADVANCE_BUYERS: BuyerScope = {
  basis: [ccp('L2191-1'), ccp('L2191-2'), ccp('R2191-1'), ccp('R2100-1')],
  summary: {
    fr: 'État, établissements publics autres qu’industriels et commerciaux, collectivités territoriales, leurs établissements publics et groupements (L2191-1) ; hors offices publics de l’habitat (R2191-1, R2100-1) et acheteurs de droit privé.',
    en: 'The State, public bodies other than industrial and commercial ones, local authorities, their public bodies and groupings (L2191-1); not housing offices (R2191-1, R2100-1) nor private-law buyers.',
  },
  kinds: {
    state: BOUND,
    'state-public-body': BOUND,
    'state-epic': {
      bound: false,
      reason: {
        fr: 'Établissement public industriel et commercial de l’État : L2191-1 ne vise que les établissements publics de l’État autres qu’industriels et commerciaux.',
        en: 'Industrial and commercial State public body: L2191-1 only names State public bodies other than industrial and commercial ones.',
      },
    },
    'local-authority': BOUND,
    'local-public-body': BOUND,
    hospital: BOUND,
    'social-landlord': {
      bound: false,
      reason: {
        fr: 'Bailleur social : office public de l’habitat, il est exclu des règles d’avance par R2191-1 (acheteurs de R2100-1) ; entreprise sociale pour l’habitat, de droit privé, il est hors de L2191-1. Dans les deux cas l’avance n’est pas due.',
        en: 'Social landlord: as an office public de l’habitat it is excluded from the advance rules by R2191-1 (buyers of R2100-1); as an entreprise sociale pour l’habitat, under private law, it is outside L2191-1. Either way no advance is owed.',
      },
    },
    oph: {
      bound: false,
      reason: {
        fr: 'Office public de l’habitat : exclu des règles d’avance par R2191-1, qui écarte les acheteurs de R2100-1 (il peut s’y soumettre volontairement, R2191-2).',
        en: 'Office public de l’habitat: excluded from the advance rules by R2191-1, which leaves out the buyers of R2100-1 (it may opt in, R2191-2).',
      },
    },
    esh: PRIVATE_LAW,
    sem: PRIVATE_LAW,
    association: PRIVATE_LAW,
    'other-private': PRIVATE_LAW,
    'contracting-entity': {
      bound: 'undetermined',
      reason: {
        fr: 'Entité adjudicatrice : publique (collectivité, établissement public) ou privée, le type d’acheteur ne dit pas si L2191-1 s’applique ; préciser buyer.kind.',
        en: 'Contracting entity: public (local authority, public body) or private, the buyer kind does not say whether L2191-1 applies; give a finer buyer.kind.',
      },
    },
    other: {
      bound: 'undetermined',
      reason: {
        fr: 'Type d’acheteur « other » : il ne dit pas si l’acheteur est visé par L2191-1 ; préciser buyer.kind.',
        en: 'Buyer kind “other”: it does not say whether the buyer is named by L2191-1; give a finer buyer.kind.',
      },
    },
  },
};
