import { ccp } from '../../law/sources.js';
import { addMonths } from '../../model/calendar-date.js';
import type { Contract } from '../../model/contract-schema.js';
import { CONTRACTS_ONLY, fail, notApplicable, type Outcome, pass, type Rule, type RuleContext, unknown } from '../rule.js';

/** When the price of a firm-actualisable contract is actualised (R2112-11), for the pass message: a sentence, or ''. */
function whenActualised(c: Contract, ctx: RuleContext): { fr: string; en: string } {
  const priceDate = c.dates?.priceEstablished;
  const start = c.dates?.executionStart;
  if (priceDate === undefined || start === undefined) return NO_SENTENCE;
  const months = ctx.param('price.actualisation.delay') as number;
  const limit = addMonths(priceDate, months);
  if (start <= limit) {
    return {
      fr: ` L’exécution commençant le ${start}, au plus tard ${months} mois après l’établissement du prix (${priceDate}), le prix n’est pas actualisé (R2112-11).`,
      en: ` Execution starting on ${start}, no more than ${months} months after the price date (${priceDate}), the price is not actualised (R2112-11).`,
    };
  }
  const lag = ctx.param('price.actualisation.referenceLag') as number;
  const reference = addMonths(start, -lag);
  return {
    fr: ` L’exécution commençant le ${start}, plus de ${months} mois après l’établissement du prix (${priceDate}), le prix est actualisé sur les conditions économiques du ${reference}, ${lag} mois avant (R2112-11).`,
    en: ` Execution starting on ${start}, more than ${months} months after the price date (${priceDate}), the price is actualised on the economic conditions of ${reference}, ${lag} months before (R2112-11).`,
  };
}
const NO_SENTENCE = { fr: '', en: '' } as const;

/**
 * R2112-10: a firm-price contract for works, or for supplies or services other than « courants », contains the terms of
 * actualisation of its price, whatever the delay; « courant » supplies and services may stay at firm, non-actualisable
 * price. R2112-11 then says when the price is actualised: when more than three months pass between the date the price
 * was fixed in the offer and the start of execution, on the economic conditions three months before that start.
 */
export const actualisationRule: Rule = {
  id: 'price.actualisation',
  family: 'price',
  kind: 'law',
  title: { fr: 'Clause d’actualisation du prix ferme (R2112-10)', en: 'Actualisation clause of a firm price (R2112-10)' },
  description: {
    fr: 'Un marché à prix ferme de travaux, ou de fournitures ou services autres que courants, prévoit les modalités d’actualisation de son prix (R2112-10), quel que soit le délai ; pour des fournitures ou services courants (sans spécification technique propre à l’acheteur) l’actualisation est facultative. R2112-11 dit ensuite quand le prix est actualisé : si plus de 3 mois s’écoulent entre l’établissement du prix dans l’offre et le début d’exécution, sur les conditions économiques 3 mois avant ce début. Règles identiques depuis le 1er avril 2016 (décret n° 2016-360). « Courant » se lit dans `price.standardSuppliesOrServices` (les lecteurs DECP le déduisent du CCAG « Fournitures courantes et services ») ; inconnu, il donne « inconnu ».',
    en: 'A firm-price contract for works, or for supplies or services other than « courants », contains the terms of actualisation of its price (R2112-10), whatever the delay; for « courant » supplies or services (no technical specification specific to the buyer) actualisation is optional. R2112-11 then says when the price is actualised: when more than 3 months pass between the price date in the offer and the start of execution, on the economic conditions 3 months before that start. Same rules since 1 April 2016 (décret n° 2016-360). « Courant » is read from `price.standardSuppliesOrServices` (the DECP readers infer it from the CCAG « Fournitures courantes et services »); when unknown, the verdict is “unknown”.',
  },
  legalBasis: [ccp('R2112-9'), ccp('R2112-10'), ccp('R2112-11'), ccp('R2112-12')],
  scope: CONTRACTS_ONLY,
  dateBasis: 'launch',
  parameters: ['price.actualisation.delay', 'price.actualisation.referenceLag'],
  fields: ['kind', 'nature', 'price.type', 'price.standardSuppliesOrServices', 'dates.priceEstablished', 'dates.executionStart'],
  examples: [
    {
      title: 'Firm-price works contract without an actualisation clause, execution 2 months after the price date',
      contract: {
        id: 'ex-actualisation-works-fail',
        kind: 'contract',
        nature: 'works',
        price: { type: 'firm' },
        dates: { consultationLaunch: '2026-01-05', priceEstablished: '2026-02-01', executionStart: '2026-04-01' },
      },
      expected: 'fail',
    },
    {
      title: 'Firm-price « courant » supplies without an actualisation clause',
      contract: {
        id: 'ex-actualisation-courant',
        kind: 'contract',
        nature: 'supplies',
        price: { type: 'firm', standardSuppliesOrServices: true },
        dates: { consultationLaunch: '2026-01-05', priceEstablished: '2026-02-01', executionStart: '2026-06-01' },
      },
      expected: 'not-applicable',
    },
    {
      title: 'Firm-price, actualisable works contract, execution 4 months after the price date',
      contract: {
        id: 'ex-actualisation-pass',
        kind: 'contract',
        nature: 'works',
        price: { type: 'firm-actualisable' },
        dates: { consultationLaunch: '2026-01-05', priceEstablished: '2026-02-01', executionStart: '2026-06-01' },
      },
      expected: 'pass',
    },
  ],
  applies(c, ctx) {
    const type = c.price?.type;
    if (type === undefined) return unknown('price.type');
    if (type === 'revisable' || type === 'provisional') {
      return notApplicable(
        'Le prix n’est pas ferme (révisable ou provisoire) : l’actualisation ne s’applique pas.',
        'The price is not firm (revisable or provisional): actualisation does not apply.',
      );
    }
    if (c.nature === undefined) return unknown('nature');
    if (c.nature === 'works') return true;
    const standard = c.price?.standardSuppliesOrServices;
    if (standard === undefined) return unknown('price.standardSuppliesOrServices');
    if (!standard) return true;
    // The date basis still applies: the rules are those in force at the launch.
    ctx.param('price.actualisation.delay');
    return notApplicable(
      'Fournitures ou services courants : l’actualisation du prix ferme est facultative (R2112-10).',
      '« Courant » supplies or services: actualisation of the firm price is optional (R2112-10).',
    );
  },
  check(c, ctx): Outcome {
    const what =
      c.nature === 'works'
        ? { fr: 'de travaux', en: 'works' }
        : { fr: 'de fournitures ou services non courants', en: 'non-courant supplies or services' };
    if (c.price?.type === 'firm-actualisable') {
      const when = whenActualised(c, ctx);
      return pass(
        `Marché ${what.fr} à prix ferme actualisable (R2112-10).${when.fr}`,
        `Firm, actualisable price in a ${what.en} contract (R2112-10).${when.en}`,
      );
    }
    ctx.param('price.actualisation.delay');
    return fail(
      `Marché ${what.fr} à prix ferme sans clause d’actualisation : elle est obligatoire quel que soit le délai avant l’exécution (R2112-10).`,
      `Firm price without an actualisation clause in a ${what.en} contract: the clause is mandatory whatever the delay before execution (R2112-10).`,
    );
  },
};
