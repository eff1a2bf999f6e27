import { ccp } from '../../law/sources.js';
import { addMonths } from '../../model/calendar-date.js';
import { CONTRACTS_ONLY, fail, missingFields, notApplicable, pass, type Rule, unknown } from '../rule.js';

/**
 * R2112-11: a firm price must be actualisable when more than the delay (3 months) elapses between
 * the date the tenderer fixed its price and the start of execution.
 */
export const actualisationRule: Rule = {
  id: 'price.actualisation',
  family: 'price',
  kind: 'law',
  title: { fr: 'Actualisation du prix ferme', en: 'Actualisation of a firm price' },
  description: {
    fr: 'Un marché à prix ferme dont l’exécution commence plus de 3 mois après la date d’établissement du prix doit prévoir l’actualisation du prix.',
    en: 'A firm-price contract whose execution starts more than 3 months after the price was established must provide for actualisation of the price.',
  },
  legalBasis: [ccp('R2112-9'), ccp('R2112-10'), ccp('R2112-11')],
  scope: CONTRACTS_ONLY,
  dateBasis: 'launch',
  parameters: ['price.actualisation.delay'],
  fields: ['kind', 'price.type', 'dates.priceEstablished', 'dates.executionStart'],
  examples: [
    {
      title: 'Firm price, execution 4 months after the price date, no actualisation clause',
      contract: {
        id: 'ex-actualisation-fail',
        kind: 'contract',
        price: { type: 'firm' },
        dates: { consultationLaunch: '2026-01-05', priceEstablished: '2026-02-01', executionStart: '2026-06-01' },
      },
      expected: 'fail',
    },
    {
      title: 'Firm price, execution exactly 3 months after the price date',
      contract: {
        id: 'ex-actualisation-na',
        kind: 'contract',
        price: { type: 'firm' },
        dates: { consultationLaunch: '2026-01-05', priceEstablished: '2026-02-01', executionStart: '2026-05-01' },
      },
      expected: 'not-applicable',
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
    const priceDate = c.dates?.priceEstablished;
    const start = c.dates?.executionStart;
    if (priceDate === undefined || start === undefined) {
      return unknown(
        ...missingFields([
          ['dates.priceEstablished', priceDate],
          ['dates.executionStart', start],
        ]),
      );
    }
    const months = ctx.param('price.actualisation.delay') as number;
    const limit = addMonths(priceDate, months);
    if (start > limit) return true;
    return notApplicable(
      `L’exécution commence le ${start}, au plus tard ${months} mois après l’établissement du prix (${priceDate}, limite ${limit}) : l’actualisation n’est pas exigée.`,
      `Execution starts on ${start}, no more than ${months} months after the price was established (${priceDate}, limit ${limit}): actualisation is not required.`,
    );
  },
  check(c, ctx) {
    const months = ctx.param('price.actualisation.delay') as number;
    if (c.price?.type === 'firm-actualisable') {
      return pass(
        `Plus de ${months} mois entre l’établissement du prix et le début d’exécution, et le prix ferme est actualisable.`,
        `More than ${months} months between the price date and the start of execution, and the firm price is actualisable.`,
      );
    }
    return fail(
      `Plus de ${months} mois s’écoulent entre l’établissement du prix (${c.dates?.priceEstablished}) et le début d’exécution (${c.dates?.executionStart}) : le prix ferme doit être actualisable (R2112-11).`,
      `More than ${months} months elapse between the price date (${c.dates?.priceEstablished}) and the start of execution (${c.dates?.executionStart}): the firm price must be actualisable (R2112-11).`,
    );
  },
};
