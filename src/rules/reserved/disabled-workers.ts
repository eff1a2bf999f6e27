import { ccp } from '../../law/sources.js';
import type { Rule } from '../rule.js';
import { CONTRACTS_ONLY } from '../rule.js';
import { checkReservation, reservedUnder } from './reservation-check.js';

/** L2113-12 and R2113-7: a contract reserved to EA, ESAT or equivalent structures employing at least 50 % disabled workers. */
export const reservedDisabledWorkersRule: Rule = {
  id: 'reserved.disabled-workers',
  family: 'reserved',
  kind: 'law',
  title: {
    fr: 'Marché réservé aux entreprises adaptées et ESAT (L2113-12)',
    en: 'Contract reserved to sheltered workshops (L2113-12)',
  },
  description: {
    fr: 'Un marché ou lot réservé au titre de L2113-12 doit citer cet article dans l’avis (ou, à défaut, dans les documents de la consultation) et être attribué à une entreprise adaptée, un ESAT ou une structure équivalente employant au moins 50 % de travailleurs handicapés (R2113-7).',
    en: 'A contract or lot reserved under L2113-12 must cite that article in the notice (or, absent a notice, in the consultation documents) and be awarded to an entreprise adaptée, an ESAT or an equivalent structure employing at least 50 % disabled workers (R2113-7).',
  },
  legalBasis: [ccp('L2113-12'), ccp('R2113-7'), ccp('L2113-14')],
  scope: CONTRACTS_ONLY,
  dateBasis: 'launch',
  parameters: ['reserved.disabledWorkers.minShare'],
  fields: [
    'reservation.basis',
    'social.reserved',
    'reservation.citedInNotice',
    'holders[].structureType',
    'holders[].equivalentStructure',
    'holders[].disabledWorkersShare',
  ],
  examples: [
    {
      title: 'Green-space maintenance reserved to an ESAT employing 80 % disabled workers',
      contract: {
        id: 'ex-reserved-l2113-12-pass',
        kind: 'contract',
        nature: 'services',
        dates: { consultationLaunch: '2026-03-02' },
        reservation: { basis: 'L2113-12', citedInNotice: true },
        holders: [{ name: 'ESAT des Monts', structureType: 'esat', disabledWorkersShare: 0.8 }],
      },
      expected: 'pass',
    },
    {
      title: 'Reserved contract awarded to a structure with 49.99 % disabled workers',
      contract: {
        id: 'ex-reserved-l2113-12-fail',
        kind: 'contract',
        dates: { consultationLaunch: '2026-03-02' },
        reservation: { basis: 'L2113-12', citedInNotice: true },
        holders: [{ name: 'EA du Port', structureType: 'ea', disabledWorkersShare: 0.4999 }],
      },
      expected: 'fail',
    },
  ],
  applies: (c) => reservedUnder('L2113-12', c),
  check: (c, ctx) => checkReservation('L2113-12', c, ctx),
};
