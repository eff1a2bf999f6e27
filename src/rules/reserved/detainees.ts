import { ccp } from '../../law/sources.js';
import type { Rule } from '../rule.js';
import { CONTRACTS_ONLY } from '../rule.js';
import { checkReservation, reservedUnder } from './reservation-check.js';

/** L2113-13-1: a contract reserved to operators producing inside prisons with at least 50 % detainees (from 1 January 2023). */
export const reservedDetaineesRule: Rule = {
  id: 'reserved.detainees',
  family: 'reserved',
  kind: 'law',
  title: {
    fr: 'Marché réservé à l’emploi de personnes détenues (L2113-13-1)',
    en: 'Contract reserved to detainees’ employment (L2113-13-1)',
  },
  description: {
    fr: 'Un marché ou lot réservé au titre de L2113-13-1 (ordonnance n° 2022-1336) est attribué à un opérateur exécutant le marché par des activités de production en détention, employant au moins 50 % de personnes détenues (décret n° 2022-1683, consultations engagées à partir du 1er janvier 2023 ; l’article R qui porte cette part n’est pas confirmé). Un tel marché ne peut être réservé en même temps à d’autres opérateurs (L2113-14) : aucune structure « équivalente » n’est admise. L’obligation de citer l’article dans l’avis est étendue par analogie avec R2113-7 (non confirmé pour cette base).',
    en: 'A contract or lot reserved under L2113-13-1 (ordonnance n° 2022-1336) is awarded to an operator performing it through production activities inside prisons, employing at least 50 % detainees (décret n° 2022-1683, consultations launched from 1 January 2023; the R-article carrying the share is unconfirmed). It cannot be reserved jointly to other operators (L2113-14): no “equivalent” structure is admitted. The duty to cite the article in the notice is extended by analogy with R2113-7 (unconfirmed for this basis).',
  },
  legalBasis: [ccp('L2113-13-1'), ccp('L2113-14'), ccp('R2113-7')],
  scope: CONTRACTS_ONLY,
  dateBasis: 'launch',
  parameters: ['reserved.detainees.minShare'],
  fields: ['reservation.basis', 'social.reserved', 'reservation.citedInNotice', 'holders[].structureType', 'holders[].detaineesShare'],
  examples: [
    {
      title: 'Printing works reserved to a prison workshop employing 70 % detainees',
      contract: {
        id: 'ex-reserved-l2113-13-1-pass',
        kind: 'contract',
        dates: { consultationLaunch: '2026-03-02' },
        reservation: { basis: 'L2113-13-1', citedInNotice: true },
        holders: [{ structureType: 'prison-workshop', detaineesShare: 0.7 }],
      },
      expected: 'pass',
    },
  ],
  applies: (c) => reservedUnder('L2113-13-1', c),
  check: (c, ctx) => checkReservation('L2113-13-1', c, ctx),
};
