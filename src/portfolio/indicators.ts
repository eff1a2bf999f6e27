import type { Evaluation } from '../engine/evaluate.js';
import { findValue, parameterDefinition } from '../law/lookup.js';
import { addMonths } from '../model/calendar-date.js';
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
  'supplier-evaluation',
  'biobased-operation',
  'essential-data-published',
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
    id: 'supplier-evaluation',
    label: { fr: 'Contrats dont le titulaire a été évalué', en: 'Contracts whose holder was evaluated' },
    definition: {
      fr: 'Oui si supplierEvaluated est vrai (évaluation fournisseur réalisée), non s’il est faux, inconnu s’il manque. Indicateur des plans d’action des bailleurs sociaux (« fiches action achats responsables », fiche 3 : nombre d’évaluations fournisseurs par an).',
      en: 'Yes when supplierEvaluated is true (a supplier evaluation was done), no when false, unknown when missing. An indicator of the social landlords’ action plans (“fiches action achats responsables”, sheet 3: supplier evaluations per year).',
    },
    measure(c) {
      const v = c.supplierEvaluated;
      return v === true ? 'yes' : v === false ? 'no' : 'unknown';
    },
  },
  {
    id: 'biobased-operation',
    label: {
      fr: 'Opérations de travaux intégrant des matériaux biosourcés ou bas-carbone',
      en: 'Works operations using bio-based or low-carbon materials',
    },
    definition: {
      fr: 'Marchés de travaux : oui si materials.biobasedOrLowCarbon est vrai, non s’il est faux, inconnu s’il manque ; autres natures hors champ ; nature manquante : inconnu. Indicateur des plans d’action des bailleurs sociaux (fiche 5 : opérations intégrant du biosourcé par an) ; la part de 25 % de C. env. L228-4 à partir de 2030 est la règle materials.biobased.',
      en: 'Works contracts: yes when materials.biobasedOrLowCarbon is true, no when false, unknown when missing; other natures out of scope; nature missing: unknown. An indicator of the social landlords’ action plans (sheet 5: operations using bio-based materials per year); the 25 % share of C. env. L228-4 from 2030 is the rule materials.biobased.',
    },
    measure(c) {
      if (c.nature === undefined) return 'unknown';
      if (c.nature !== 'works') return 'out';
      const v = c.materials?.biobasedOrLowCarbon;
      return v === true ? 'yes' : v === false ? 'no' : 'unknown';
    },
  },
  {
    id: 'essential-data-published',
    label: {
      fr: 'Données essentielles publiées dans les deux mois de la notification',
      en: 'Essential data published within two months of notification',
    },
    definition: {
      fr: 'Marchés notifiés à partir du 1er janvier 2024 d’un montant d’au moins decp.threshold (40 000 € HT) : oui si dates.dataPublication (DECP datePublicationDonnees) tombe au plus tard decp.publicationDelay (2 mois) après dates.notification, non si plus tard (R2196-1) ; inconnu si une date ou le montant manque, ou si la publication précède la notification (donnée incohérente) ; concessions, marchés antérieurs à 2024 ou sous le seuil hors champ.',
      en: 'Contracts notified from 1 January 2024 of at least decp.threshold (40 000 € excl. tax): yes when dates.dataPublication (DECP datePublicationDonnees) is at most decp.publicationDelay (2 months) after dates.notification, no when later (R2196-1); unknown when a date or the amount is missing, or the publication precedes the notification (inconsistent data); concessions, contracts notified before 2024 or below the threshold out of scope.',
    },
    measure(c) {
      if (c.kind === 'concession') return 'out';
      const notified = c.dates?.notification;
      if (notified === undefined) return 'unknown';
      const delay = findValue(parameterDefinition('decp.publicationDelay'), notified);
      if (delay === undefined) return 'out';
      if (c.amountExclTax === undefined) return 'unknown';
      const threshold = findValue(parameterDefinition('decp.threshold'), notified);
      if (threshold === undefined) return 'unknown';
      if (compareMoney(c.amountExclTax, threshold.value as Money) < 0) return 'out';
      const published = c.dates?.dataPublication;
      if (published === undefined || published < notified) return 'unknown';
      return published <= addMonths(notified, delay.value as number) ? 'yes' : 'no';
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
