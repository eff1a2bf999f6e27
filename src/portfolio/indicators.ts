import type { Evaluation } from '../engine/evaluate.js';
import type { Contract } from '../model/contract-schema.js';
import type { Localized } from '../model/localized.js';
import { compareMoney, type Money } from '../model/money.js';

/** Identifiers of the portfolio indicators, in report order. */
export const INDICATOR_IDS = [
  'price-variation-clause',
  'environmental-consideration',
  'social-consideration',
  'reserved',
  'insertion-clause',
  'insertion-clause-non-works',
  'negotiation',
  'advance',
  'legal-compliance',
] as const;

/** The identifier of a portfolio indicator. */
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/**
 * Where one contract stands for one indicator: counted in the numerator (`yes`), in the denominator only (`no`),
 * `unknown` (the data cannot say: counted on neither side, reported apart) or `out` of the indicator's scope.
 */
export type IndicatorVerdict = 'yes' | 'no' | 'unknown' | 'out';

/** Options that change the scope of some indicators. */
export interface IndicatorOptions {
  /**
   * When set, the environmental and social indicators only count contracts strictly above this amount (€ HT),
   * as some action sheets do ("contracts above 40 000 € HT"); a contract without an amount is then `unknown`.
   * Default: every contract (the PNAD and ministère des Armées measure).
   */
  readonly considerationMinAmount?: Money;
}

/** A portfolio indicator: what it measures and how one contract is classified. Pure. */
export interface IndicatorDefinition {
  /** Stable identifier. */
  readonly id: IndicatorId;
  /** Short label, in French and English. */
  readonly label: Localized;
  /** Exact definition of numerator, denominator and unknowns, in French and English. */
  readonly definition: Localized;
  /** Classifies one contract, given its evaluation by the shipped rules. */
  measure(contract: Contract, evaluation: Evaluation, options: IndicatorOptions): IndicatorVerdict;
}

/** Thrown when an evaluation lacks a rule an indicator reads: evaluate with every shipped rule. */
export class MissingFindingError extends Error {
  constructor(rule: string, contract: string) {
    super(`The evaluation of contract ${contract} has no finding for rule ${rule}: evaluate portfolios with every shipped rule`);
    this.name = 'MissingFindingError';
  }
}

const PRICE_RULE = 'price.variation-clause-indicator';

/** Combines flags: any `true` → yes; all `false` → no; otherwise unknown. */
function anyTrue(flags: ReadonlyArray<boolean | undefined>): 'yes' | 'no' | 'unknown' {
  let allFalse = true;
  for (const f of flags) {
    if (f === true) return 'yes';
    if (f !== false) allFalse = false;
  }
  return allFalse ? 'no' : 'unknown';
}

/** Applies the optional amount scope of the consideration indicators. */
function inScope(c: Contract, o: IndicatorOptions): boolean | 'unknown' {
  if (o.considerationMinAmount === undefined) return true;
  if (c.amountExclTax === undefined) return 'unknown';
  return compareMoney(c.amountExclTax, o.considerationMinAmount) > 0;
}

const scoped = (c: Contract, o: IndicatorOptions, v: 'yes' | 'no' | 'unknown'): IndicatorVerdict => {
  const s = inScope(c, o);
  return s === true ? v : s === false ? 'out' : 'unknown';
};

const isReserved = (c: Contract): boolean | undefined =>
  c.reservation?.basis !== undefined || c.social?.reserved === true ? true : c.social?.reserved;

/** Procedures that allow negotiation by themselves; open and restricted calls for tenders forbid it. */
const NEGOTIATING = new Set(['negotiated', 'competitive-dialogue', 'innovation-partnership']);
const NOT_NEGOTIATING = new Set(['open', 'restricted']);

/** Every portfolio indicator, in report order. */
export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'price-variation-clause',
    label: {
      fr: 'Marchés de plus de 40 000 € HT avec une clause de variation de prix',
      en: 'Contracts above 40,000 € excl. tax with a price-variation clause',
    },
    definition: {
      fr: 'Verdict de la règle price.variation-clause-indicator : numérateur = « pass » (prix actualisable ou révisable), dénominateur = « pass » + « fail » ; seuil = paramètre indicator.priceVariation.minAmount (strictement au-delà) ; concessions et marchés sous le seuil hors champ ; « unknown » = montant, date de notification ou type de prix manquant.',
      en: 'Verdict of rule price.variation-clause-indicator: numerator = pass (actualisable or revisable price), denominator = pass + fail; threshold = parameter indicator.priceVariation.minAmount (strictly above); concessions and contracts below the threshold out of scope; unknown = amount, notification date or price type missing.',
    },
    measure(c, e) {
      const f = e.findings.find((x) => x.rule === PRICE_RULE);
      if (!f) throw new MissingFindingError(PRICE_RULE, c.id);
      return f.status === 'pass' ? 'yes' : f.status === 'fail' ? 'no' : f.status === 'unknown' ? 'unknown' : 'out';
    },
  },
  {
    id: 'environmental-consideration',
    label: {
      fr: 'Contrats avec au moins une considération environnementale',
      en: 'Contracts with at least one environmental consideration',
    },
    definition: {
      fr: 'Oui si une condition d’exécution, un critère d’attribution ou une spécification technique environnementale est déclaré (true) ; non si les trois sont déclarés absents (false) ; sinon inconnu.',
      en: 'Yes when an environmental execution condition, award criterion or technical specification is declared (true); no when all three are declared absent (false); otherwise unknown.',
    },
    measure(c, _e, o) {
      const env = c.environmental;
      return scoped(c, o, anyTrue([env?.executionClause, env?.awardCriterion, env?.technicalSpecification]));
    },
  },
  {
    id: 'social-consideration',
    label: { fr: 'Contrats avec au moins une considération sociale', en: 'Contracts with at least one social consideration' },
    definition: {
      fr: 'Oui si une condition d’exécution, un critère d’attribution ou une spécification technique sociale est déclaré, si le contrat est réservé (social.reserved ou reservation.basis) ou s’il porte une clause d’insertion ; non si les quatre champs social.* sont déclarés absents (false) ; sinon inconnu.',
      en: 'Yes when a social execution condition, award criterion or technical specification is declared, when the contract is reserved (social.reserved or reservation.basis) or carries an insertion clause; no when the four social.* fields are declared absent (false); otherwise unknown.',
    },
    measure(c, _e, o) {
      const s = c.social;
      if (isReserved(c) === true || c.insertion?.clause === true) return scoped(c, o, 'yes');
      return scoped(c, o, anyTrue([s?.executionClause, s?.awardCriterion, s?.technicalSpecification, s?.reserved]));
    },
  },
  {
    id: 'reserved',
    label: { fr: 'Contrats réservés (nombre et montant)', en: 'Reserved contracts (count and amount)' },
    definition: {
      fr: 'Oui si social.reserved est vrai ou si reservation.basis est renseigné (L2113-12 ff.) ; non si social.reserved est faux ; sinon inconnu. Le montant des contrats réservés est celui du numérateur.',
      en: 'Yes when social.reserved is true or reservation.basis is given (L2113-12 ff.); no when social.reserved is false; otherwise unknown. The amount of reserved contracts is the numerator amount.',
    },
    measure(c) {
      const r = isReserved(c);
      return r === true ? 'yes' : r === false ? 'no' : 'unknown';
    },
  },
  {
    id: 'insertion-clause',
    label: { fr: 'Contrats avec une clause d’insertion', en: 'Contracts with an insertion clause' },
    definition: {
      fr: 'Oui si insertion.clause est vrai, non s’il est faux, inconnu s’il manque.',
      en: 'Yes when insertion.clause is true, no when false, unknown when missing.',
    },
    measure(c) {
      const v = c.insertion?.clause;
      return v === true ? 'yes' : v === false ? 'no' : 'unknown';
    },
  },
  {
    id: 'insertion-clause-non-works',
    label: { fr: 'Marchés hors travaux avec une clause d’insertion', en: 'Non-works contracts with an insertion clause' },
    definition: {
      fr: 'Comme l’indicateur précédent, limité aux contrats de fournitures ou de services ; travaux hors champ ; nature manquante : inconnu.',
      en: 'As the previous indicator, limited to supplies and services contracts; works out of scope; nature missing: unknown.',
    },
    measure(c) {
      if (c.nature === 'works') return 'out';
      const v = c.insertion?.clause;
      if (c.nature === undefined || v === undefined) return 'unknown';
      return v ? 'yes' : 'no';
    },
  },
  {
    id: 'negotiation',
    label: { fr: 'Procédures permettant la négociation', en: 'Procedures allowing negotiation' },
    definition: {
      fr: 'negotiationAllowed prime s’il est renseigné. Sinon : oui pour une procédure avec négociation, un dialogue compétitif ou un partenariat d’innovation ; non pour un appel d’offres ouvert ou restreint ; inconnu pour une procédure adaptée (la négociation n’y est possible que si les documents de la consultation la prévoient), un marché sans publicité, « other » ou une procédure manquante.',
      en: 'negotiationAllowed prevails when given. Otherwise: yes for a negotiated procedure, a competitive dialogue or an innovation partnership; no for an open or restricted call for tenders; unknown for an adapted procedure (negotiation is only possible when the consultation documents provide for it), a contract without publicity, "other" or a missing procedure.',
    },
    measure(c) {
      if (c.negotiationAllowed !== undefined) return c.negotiationAllowed ? 'yes' : 'no';
      if (c.procedure === undefined) return 'unknown';
      if (NEGOTIATING.has(c.procedure)) return 'yes';
      return NOT_NEGOTIATING.has(c.procedure) ? 'no' : 'unknown';
    },
  },
  {
    id: 'advance',
    label: { fr: 'Contrats accordant une avance', en: 'Contracts granting an advance' },
    definition: {
      fr: 'Oui si advance.granted est vrai, non s’il est faux, inconnu s’il manque.',
      en: 'Yes when advance.granted is true, no when false, unknown when missing.',
    },
    measure(c) {
      const v = c.advance?.granted;
      return v === true ? 'yes' : v === false ? 'no' : 'unknown';
    },
  },
  {
    id: 'legal-compliance',
    label: { fr: 'Contrats conformes aux règles de droit vérifiées', en: 'Contracts compliant with the legal rules checked' },
    definition: {
      fr: 'Non si une règle de nature « law » échoue ; sinon inconnu si l’une d’elles est « unknown » ; sinon oui (toutes « pass » ou « not-applicable »). Les indicateurs d’acheteurs (kind « indicator ») ne comptent pas.',
      en: 'No when a rule of kind "law" fails; otherwise unknown when one of them is unknown; otherwise yes (all pass or not-applicable). Buyers’ indicators (kind "indicator") do not count.',
    },
    measure(_c, e) {
      let unknownSeen = false;
      for (const f of e.findings) {
        if (f.kind !== 'law') continue;
        if (f.status === 'fail') return 'no';
        if (f.status === 'unknown') unknownSeen = true;
      }
      return unknownSeen ? 'unknown' : 'yes';
    },
  },
];

const BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));

/** The indicator with this id. @throws Error on an unknown id. */
export function indicatorDefinition(id: IndicatorId): IndicatorDefinition {
  const d = BY_ID.get(id);
  if (!d) throw new Error(`Unknown indicator: ${id}`);
  return d;
}
