import { ccp } from '../../law/sources.js';
import { fail, pass, type Rule, unknown } from '../rule.js';
import { advanceMandatory } from './mandatory-threshold.js';
import { ADVANCE_SCOPE } from './scope.js';

/** R2191-3: an advance is granted when the initial amount exceeds 50 000 € HT and the execution period 2 months. */
export const advanceMandatoryRule: Rule = {
  id: 'advance.mandatory',
  family: 'advance',
  kind: 'law',
  title: { fr: 'Avance obligatoire', en: 'Mandatory advance' },
  description: {
    fr: 'Une avance est accordée au titulaire lorsque le montant initial du marché est supérieur à 50 000 € HT et que le délai d’exécution est supérieur à 2 mois (R2191-3), sauf refus du titulaire. L’obligation ne lie que les acheteurs de L2191-1 (État, établissements publics autres qu’industriels et commerciaux, collectivités territoriales, leurs établissements publics et groupements), hors offices publics de l’habitat (R2191-1, R2100-1) : un bailleur social, une SEM, une association ou un autre acheteur de droit privé n’est pas concerné. Avant publication (documents de la consultation), « pas d’avance » est un échec ; dans des données publiées après l’attribution (`provenance: published-data`, ex. DECP `attributionAvance: false`), c’est « inconnu » tant que `advance.refusedByHolder` n’est pas renseigné. Pour un accord-cadre, la condition s’apprécie par bon de commande ou marché subséquent : évaluer alors chacun comme un contrat.',
    en: 'An advance is granted to the holder when the initial amount exceeds 50 000 € HT and the execution period exceeds 2 months (R2191-3), unless the holder refuses it. The duty binds only the buyers of L2191-1 (the State, public bodies other than industrial and commercial ones, local authorities, their public bodies and groupings), housing offices excepted (R2191-1, R2100-1): a social landlord, an SEM, an association or another private-law buyer is not concerned. Before publication (consultation documents), “no advance” is a fail; in data published after the award (`provenance: published-data`, e.g. DECP `attributionAvance: false`) it is “unknown” unless `advance.refusedByHolder` is given. For a framework agreement the condition applies per order or subsequent contract: evaluate each as a contract.',
  },
  legalBasis: [ccp('R2191-3'), ccp('L2191-1'), ccp('R2191-1')],
  scope: ADVANCE_SCOPE,
  dateBasis: 'launch',
  parameters: ['advance.mandatory.minAmount', 'advance.mandatory.minDuration'],
  fields: ['kind', 'buyer.kind', 'provenance', 'amountExclTax', 'durationMonths', 'advance.granted', 'advance.refusedByHolder'],
  examples: [
    {
      title: 'State contract of 50 000,01 € HT over 3 months without an advance',
      contract: {
        id: 'ex-advance-fail',
        kind: 'contract',
        buyer: { kind: 'state' },
        amountExclTax: '50000.01',
        durationMonths: 3,
        dates: { consultationLaunch: '2026-03-02' },
        advance: { granted: false },
      },
      expected: 'fail',
    },
    {
      title: 'Exactly 50 000 € HT: no mandatory advance',
      contract: {
        id: 'ex-advance-na',
        kind: 'contract',
        buyer: { kind: 'local-authority' },
        amountExclTax: '50000',
        durationMonths: 3,
        dates: { consultationLaunch: '2026-03-02' },
        advance: { granted: false },
      },
      expected: 'not-applicable',
    },
    {
      title: 'Advance refused by the holder',
      contract: {
        id: 'ex-advance-refused',
        kind: 'contract',
        buyer: { kind: 'local-authority' },
        amountExclTax: '120000',
        durationMonths: 10,
        dates: { consultationLaunch: '2026-03-02' },
        advance: { granted: false, refusedByHolder: true },
      },
      expected: 'pass',
    },
    {
      title: 'Office public de l’habitat, 120 000 € HT over 10 months without an advance (R2191-1)',
      contract: {
        id: 'ex-advance-oph',
        kind: 'contract',
        buyer: { kind: 'oph' },
        amountExclTax: '120000',
        durationMonths: 10,
        dates: { consultationLaunch: '2026-03-02' },
        advance: { granted: false },
      },
      expected: 'not-applicable',
    },
  ],
  applies: advanceMandatory,
  check(c) {
    const a = c.advance;
    if (a?.granted === true) return pass('Une avance est prévue.', 'An advance is provided.');
    if (a?.refusedByHolder === true) return pass('Le titulaire a refusé l’avance (R2191-3).', 'The holder refused the advance (R2191-3).');
    if (a?.granted === undefined) return unknown('advance.granted');
    if (c.provenance === 'published-data' && a.refusedByHolder === undefined) {
      return {
        status: 'unknown',
        missing: ['advance.refusedByHolder'],
        reason: 'ambiguous-data',
        message: {
          fr: 'Données publiées après l’attribution (ex. DECP attributionAvance = false) : l’absence d’avance peut être un refus du titulaire, que R2191-3 permet ; on ne peut conclure à un manquement.',
          en: 'Data published after the award (e.g. DECP attributionAvance = false): no advance may be the holder’s refusal, which R2191-3 allows; no breach can be concluded.',
        },
      };
    }
    return fail(
      'Montant initial supérieur au seuil et durée supérieure à 2 mois : une avance doit être prévue, sauf refus du titulaire (R2191-3).',
      'Initial amount above the threshold and duration above 2 months: an advance must be provided unless the holder refuses it (R2191-3).',
    );
  },
};
