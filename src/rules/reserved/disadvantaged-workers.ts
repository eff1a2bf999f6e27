import { ccp } from '../../law/sources.js';
import type { Rule } from '../rule.js';
import { CONTRACTS_ONLY } from '../rule.js';
import { checkReservation, reservedUnder } from './reservation-check.js';

/** L2113-13 and R2113-7: a contract reserved to SIAE or equivalent structures employing at least 50 % disadvantaged workers. */
export const reservedDisadvantagedWorkersRule: Rule = {
  id: 'reserved.disadvantaged-workers',
  family: 'reserved',
  kind: 'law',
  title: {
    fr: 'Marché réservé aux structures d’insertion (L2113-13)',
    en: 'Contract reserved to work-integration structures (L2113-13)',
  },
  description: {
    fr: 'Un marché ou lot réservé au titre de L2113-13 doit citer cet article dans l’avis (ou, à défaut, dans les documents de la consultation) et être attribué à une structure d’insertion par l’activité économique (SIAE) ou une structure équivalente employant au moins 50 % de travailleurs défavorisés (R2113-7).',
    en: 'A contract or lot reserved under L2113-13 must cite that article in the notice (or, absent a notice, in the consultation documents) and be awarded to a work-integration structure (SIAE) or an equivalent structure employing at least 50 % disadvantaged workers (R2113-7).',
  },
  legalBasis: [ccp('L2113-13'), ccp('R2113-7'), ccp('L2113-14')],
  scope: CONTRACTS_ONLY,
  dateBasis: 'launch',
  parameters: ['reserved.disadvantagedWorkers.minShare'],
  fields: [
    'reservation.basis',
    'social.reserved',
    'reservation.citedInNotice',
    'holders[].structureType',
    'holders[].equivalentStructure',
    'holders[].disadvantagedWorkersShare',
  ],
  examples: [
    {
      title: 'Textile sorting reserved to an SIAE with 60 % disadvantaged workers, article cited',
      contract: {
        id: 'ex-reserved-l2113-13-pass',
        kind: 'contract',
        dates: { consultationLaunch: '2026-03-02' },
        reservation: { basis: 'L2113-13', citedInNotice: true },
        holders: [{ name: 'Atelier Chantier d’Insertion Ouest', structureType: 'siae', disadvantagedWorkersShare: 0.6 }],
      },
      expected: 'pass',
    },
    {
      title: 'Reserved to an SIAE but the notice does not cite L2113-13',
      contract: {
        id: 'ex-reserved-l2113-13-fail',
        kind: 'contract',
        dates: { consultationLaunch: '2026-03-02' },
        reservation: { basis: 'L2113-13', citedInNotice: false },
        holders: [{ structureType: 'siae', disadvantagedWorkersShare: 0.6 }],
      },
      expected: 'fail',
    },
  ],
  applies: (c) => reservedUnder('L2113-13', c),
  check: (c, ctx) => checkReservation('L2113-13', c, ctx),
};
