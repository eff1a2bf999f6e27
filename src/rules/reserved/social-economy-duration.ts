import { ccp } from '../../law/sources.js';
import { CONTRACTS_ONLY, fail, pass, type Rule, unknown } from '../rule.js';
import { reservedUnder } from './reservation-check.js';

/** L2113-16: a contract reserved to the social economy under L2113-15 lasts at most 3 years (unconfirmed). */
export const socialEconomyMaxDurationRule: Rule = {
  id: 'reserved.social-economy-max-duration',
  family: 'reserved',
  kind: 'law',
  title: {
    fr: 'Durée maximale d’un marché réservé à l’ESS (L2113-16)',
    en: 'Maximum duration of a social-economy reserved contract (L2113-16)',
  },
  description: {
    fr: 'Un marché réservé au titre de L2113-15 ne dépasse pas 3 ans, reconductions comprises (L2113-16). La durée et l’article sont NON CONFIRMÉS : donnés d’après l’article 77 de la directive 2014/24/UE, le texte de L2113-16 n’ayant pas été lu.',
    en: 'A contract reserved under L2113-15 lasts no more than 3 years, renewals included (L2113-16). The duration and article are UNCONFIRMED: given from Directive 2014/24/EU art. 77, the text of L2113-16 was not read.',
  },
  legalBasis: [ccp('L2113-16'), ccp('L2113-15')],
  scope: CONTRACTS_ONLY,
  dateBasis: 'launch',
  parameters: ['reserved.ess.maxDuration'],
  fields: ['reservation.basis', 'social.reserved', 'durationMonths'],
  examples: [
    {
      title: 'ESS reservation for 36 months',
      contract: {
        id: 'ex-ess-duration-pass',
        kind: 'contract',
        dates: { consultationLaunch: '2026-03-02' },
        reservation: { basis: 'L2113-15' },
        durationMonths: 36,
      },
      expected: 'pass',
    },
    {
      title: 'ESS reservation for 48 months',
      contract: {
        id: 'ex-ess-duration-fail',
        kind: 'contract',
        dates: { consultationLaunch: '2026-03-02' },
        reservation: { basis: 'L2113-15' },
        durationMonths: 48,
      },
      expected: 'fail',
    },
  ],
  applies: (c) => reservedUnder('L2113-15', c),
  check(c, ctx) {
    const years = ctx.param('reserved.ess.maxDuration') as number;
    const months = c.durationMonths;
    if (months === undefined) return unknown('durationMonths');
    if (months <= years * 12) {
      return pass(
        `Durée de ${months} mois, dans la limite de ${years} ans (L2113-16).`,
        `Duration of ${months} months, within the ${years}-year limit (L2113-16).`,
      );
    }
    return fail(
      `Durée de ${months} mois : un marché réservé à l’ESS ne peut dépasser ${years} ans (L2113-16).`,
      `Duration of ${months} months: a social-economy reserved contract cannot exceed ${years} years (L2113-16).`,
    );
  },
};
