import { ccp } from '../../law/sources.js';
import { addMonths, type CalendarDate } from '../../model/calendar-date.js';
import { CONTRACTS_ONLY, fail, pass, type Rule, unknown } from '../rule.js';
import { reservedUnder } from './reservation-check.js';

/**
 * L2113-16: a holder of a contract reserved under L2113-15 must not have been awarded a contract for the same services
 * by the same buyer under that article in the previous 3 years (unconfirmed).
 */
export const socialEconomyRepeatAwardRule: Rule = {
  id: 'reserved.social-economy-repeat-award',
  family: 'reserved',
  kind: 'law',
  title: {
    fr: 'Pas de nouvelle attribution réservée ESS au même titulaire dans les 3 ans (L2113-16)',
    en: 'No repeat social-economy reserved award to the same holder within 3 years (L2113-16)',
  },
  description: {
    fr: 'Le titulaire d’un marché réservé au titre de L2113-15 ne doit pas s’être vu attribuer par le même acheteur, au titre de cet article, un marché pour les mêmes services au cours des 3 années précédant l’engagement de la consultation (L2113-16). Une attribution datée exactement 3 ans avant l’engagement est hors période. Durée et article NON CONFIRMÉS (directive 2014/24/UE art. 77). Les attributions antérieures sont une donnée d’entrée (`reservation.previousEssAwards`, liste vide = aucune).',
    en: 'The holder of a contract reserved under L2113-15 must not have been awarded by the same buyer, under that article, a contract for the same services within the 3 years before the consultation was launched (L2113-16). An award dated exactly 3 years before the launch is outside the period. Period and article UNCONFIRMED (Directive 2014/24/EU art. 77). Earlier awards are an input (`reservation.previousEssAwards`, an empty list meaning none).',
  },
  legalBasis: [ccp('L2113-16'), ccp('L2113-15')],
  scope: CONTRACTS_ONLY,
  dateBasis: 'launch',
  parameters: ['reserved.ess.cooldown'],
  fields: ['reservation.basis', 'social.reserved', 'dates.consultationLaunch', 'reservation.previousEssAwards', 'holders[].id'],
  examples: [
    {
      title: 'Same holder awarded the same services two years earlier',
      contract: {
        id: 'ex-ess-repeat-fail',
        kind: 'contract',
        dates: { consultationLaunch: '2026-03-02' },
        reservation: { basis: 'L2113-15', previousEssAwards: [{ holderId: '77567890100012', date: '2024-03-02' }] },
        holders: [{ id: '77567890100012', structureType: 'ess' }],
      },
      expected: 'fail',
    },
    {
      title: 'No earlier reserved award',
      contract: {
        id: 'ex-ess-repeat-pass',
        kind: 'contract',
        dates: { consultationLaunch: '2026-03-02' },
        reservation: { basis: 'L2113-15', previousEssAwards: [] },
        holders: [{ id: '77567890100012', structureType: 'ess' }],
      },
      expected: 'pass',
    },
  ],
  applies: (c) => reservedUnder('L2113-15', c),
  check(c, ctx) {
    const years = ctx.param('reserved.ess.cooldown') as number;
    const launch = c.dates?.consultationLaunch;
    const previous = c.reservation?.previousEssAwards;
    const holders = c.holders ?? [];
    const missing: string[] = [];
    if (launch === undefined) missing.push('dates.consultationLaunch');
    if (previous === undefined) missing.push('reservation.previousEssAwards');
    if (holders.length === 0) missing.push('holders');
    holders.forEach((h, i) => {
      if (h.id === undefined) missing.push(`holders[${i}].id`);
    });
    if (launch === undefined || previous === undefined || missing.length > 0) return unknown(...missing);
    const periodStart = addMonths(launch as CalendarDate, -12 * years);
    const ids = new Set(holders.map((h) => h.id));
    const repeats = previous.filter((p) => ids.has(p.holderId) && p.date > periodStart);
    if (repeats.length === 0) {
      return pass(
        `Aucun titulaire n’a reçu de marché réservé ESS de cet acheteur depuis le ${periodStart}.`,
        `No holder was awarded a social-economy reserved contract by this buyer since ${periodStart}.`,
      );
    }
    const list = repeats.map((p) => `${p.holderId} (${p.date})`).join(', ');
    return fail(
      `Attribution réservée ESS au même titulaire dans les ${years} ans précédents (après le ${periodStart}) : ${list} (L2113-16).`,
      `Social-economy reserved award to the same holder within the previous ${years} years (after ${periodStart}): ${list} (L2113-16).`,
    );
  },
};
