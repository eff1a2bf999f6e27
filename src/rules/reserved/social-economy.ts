import { ccp } from '../../law/sources.js';
import type { Rule } from '../rule.js';
import { CONTRACTS_ONLY } from '../rule.js';
import { checkReservation, reservedUnder } from './reservation-check.js';

/** L2113-15: a contract for listed social and specific services reserved to social-economy (ESS) enterprises. */
export const reservedSocialEconomyRule: Rule = {
  id: 'reserved.social-economy',
  family: 'reserved',
  kind: 'law',
  title: {
    fr: 'Marché réservé à l’économie sociale et solidaire (L2113-15)',
    en: 'Contract reserved to the social economy (L2113-15)',
  },
  description: {
    fr: 'Un marché ou lot réservé au titre de L2113-15 porte exclusivement sur des services sociaux et autres services spécifiques listés, cite l’article dans l’avis (R2113-8, contenu non confirmé) et est attribué à une entreprise de l’ESS (loi n° 2014-856, art. 1er) ou une structure équivalente. Les autres conditions de L2113-16 (réinvestissement des bénéfices, gouvernance participative) ne sont pas vérifiées ; durée et non-réattribution font l’objet de règles propres.',
    en: 'A contract or lot reserved under L2113-15 concerns exclusively listed social and other specific services, cites the article in the notice (R2113-8, content unconfirmed) and is awarded to a social-economy enterprise (loi n° 2014-856, art. 1) or an equivalent structure. The other conditions of L2113-16 (profit reinvestment, participative governance) are not checked; duration and repeat awards have their own rules.',
  },
  legalBasis: [ccp('L2113-15'), ccp('L2113-16'), ccp('R2113-8')],
  scope: CONTRACTS_ONLY,
  dateBasis: 'launch',
  parameters: [],
  fields: [
    'reservation.basis',
    'social.reserved',
    'socialOrSpecificServices',
    'reservation.citedInNotice',
    'holders[].structureType',
    'holders[].equivalentStructure',
  ],
  examples: [
    {
      title: 'Home-help services reserved to an ESS association, article cited',
      contract: {
        id: 'ex-reserved-l2113-15-pass',
        kind: 'contract',
        nature: 'services',
        socialOrSpecificServices: true,
        reservation: { basis: 'L2113-15', citedInNotice: true },
        holders: [{ structureType: 'ess' }],
      },
      expected: 'pass',
    },
    {
      title: 'ESS reservation of supplies, which are not social services',
      contract: {
        id: 'ex-reserved-l2113-15-fail',
        kind: 'contract',
        nature: 'supplies',
        reservation: { basis: 'L2113-15', citedInNotice: true },
        holders: [{ structureType: 'ess' }],
      },
      expected: 'fail',
    },
  ],
  applies: (c) => reservedUnder('L2113-15', c),
  check(c, ctx) {
    if (c.nature === 'supplies' || c.nature === 'works' || c.socialOrSpecificServices === false) {
      return {
        status: 'fail',
        message: {
          fr: 'La réservation L2113-15 ne vaut que pour des marchés portant exclusivement sur des services sociaux et autres services spécifiques listés.',
          en: 'An L2113-15 reservation is only for contracts exclusively about listed social and other specific services.',
        },
      };
    }
    const outcome = checkReservation('L2113-15', c, ctx);
    if (c.socialOrSpecificServices !== undefined || outcome.status === 'fail') return outcome;
    return { status: 'unknown', missing: ['socialOrSpecificServices', ...(outcome.status === 'unknown' ? outcome.missing : [])] };
  },
};
