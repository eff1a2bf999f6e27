import * as z from 'zod';
import { type CalendarDate, isCalendarDate } from './calendar-date.js';
import type { Contract, ContractInput } from './contract.js';

export type { Contract, ContractInput } from './contract.js';

import { INSERTION_PUBLICS } from './insertion-publics.js';
import { HOURS_PLACES, parseMoney, readDecimal } from './money.js';
import { CONTRACT_MESSAGES } from './schema-messages.js';

/**
 * Kinds of buyer, as far as the rules distinguish them:
 * - `state` — the State (its ministries and services);
 * - `state-public-body` — a State public body of administrative character (établissement public administratif);
 * - `state-epic` — a State public body of industrial and commercial character (EPIC);
 * - `local-authority` — a local authority (commune, département, région) or a grouping of them (EPCI, syndicat);
 * - `local-public-body` — a public body of a local authority other than a housing office or hospital (CCAS, régie
 *   with legal personality, établissement public local…);
 * - `hospital` — a public health establishment (établissement public de santé);
 * - `social-landlord` — a social landlord, when it is not said whether it is an OPH or an ESH;
 * - `oph` — an office public de l'habitat (public body listed in R2100-1);
 * - `esh` — an entreprise sociale pour l'habitat (SA d'HLM, private law);
 * - `sem` — a société d'économie mixte (private law);
 * - `association` — an association acting as a buyer (private law);
 * - `other-private` — another buyer under private law (société publique locale, foundation, company…);
 * - `contracting-entity` — a contracting entity (entité adjudicatrice, network activities), public or private;
 * - `other` — any other buyer.
 */
export const BUYER_KINDS = [
  'state',
  'state-public-body',
  'state-epic',
  'local-authority',
  'local-public-body',
  'hospital',
  'social-landlord',
  'oph',
  'esh',
  'sem',
  'association',
  'other-private',
  'contracting-entity',
  'other',
] as const;

/** Contract or concession. */
export const CONTRACT_KINDS = ['contract', 'concession'] as const;
/** Nature of the purchase. */
export const NATURES = ['works', 'supplies', 'services'] as const;
/** Award procedures. */
export const PROCEDURES = [
  'open',
  'restricted',
  'negotiated',
  'competitive-dialogue',
  'adapted',
  'without-publicity',
  'innovation-partnership',
  'other',
] as const;
/** Where the data of a contract comes from. */
export const PROVENANCES = ['consultation-documents', 'published-data'] as const;
/** Contracts exempt from allotment: marchés globaux (L2171-1 ff.) and partnership contracts (L2211-1 ff.). */
export const GLOBAL_CONTRACTS = ['design-build', 'global-performance', 'sectoral-global', 'partnership'] as const;
/** Price types under R2112-9 ff. */
export const PRICE_TYPES = ['firm', 'firm-actualisable', 'revisable', 'provisional'] as const;
/** Articles under which a contract can be reserved. */
export const RESERVATION_BASES = ['L2113-12', 'L2113-13', 'L2113-13-1', 'L2113-15'] as const;
/** Structure types of a holder, for reserved markets. */
export const STRUCTURE_TYPES = ['esat', 'ea', 'siae', 'ess', 'prison-workshop', 'other'] as const;
/** Kinds of award criteria (R2152-7 ff.). */
export const AWARD_CRITERION_KINDS = ['price', 'cost', 'environmental', 'social', 'quality', 'innovation', 'delay', 'other'] as const;
/**
 * Grounds on which a buyer may dispense with the social execution condition of L2112-2-1
 * (unconfirmed wording, see the rule `social.execution-condition-above-eu`).
 */
export const SOCIAL_DISPENSATION_GROUNDS = [
  'immediately-available-solution',
  'no-link-with-subject-matter',
  'restricts-competition',
  'technical-or-economic-difficulty',
] as const;

const CONTRACT_META = {
  title: 'clausier contract',
  description: 'A French public contract (marché public) or concession, as evaluated by clausier.',
};

function buildContractSchema() {
  // Error messages are readable English sentences (./schema-messages.ts has their French twins and codes), so that a
  // schema composed into the user's own zod schema reports them as they are.
  const moneySchema = z
    .union([z.string(), z.number()], { error: CONTRACT_MESSAGES.money })
    .transform((v, ctx) => {
      const r = parseMoney(v);
      if (r.ok) return r.value;
      ctx.addIssue({ code: 'custom', message: CONTRACT_MESSAGES[`money-${r.error}`], input: v });
      return z.NEVER;
    })
    .meta({
      description:
        'Amount in euros excluding tax, as a decimal string ("40000.01", "4e4") or a number, read at the cent: digits below the cent are rounded half up, for strings and numbers alike (40000.000000000015 and "40000.004" are 40 000,00 €). Never negative, below 10^15 €.',
      examples: ['40000.01'],
    });

  const dateSchema = z
    .string({ error: CONTRACT_MESSAGES.date })
    .refine(isCalendarDate, { message: CONTRACT_MESSAGES.date })
    .transform((s) => s as CalendarDate)
    .meta({ description: 'Calendar date YYYY-MM-DD, no time, no time zone.', format: 'date', examples: ['2026-09-01'] });

  const shareSchema = z
    .number({ error: CONTRACT_MESSAGES.share })
    .min(0, { error: CONTRACT_MESSAGES.share })
    .max(1, { error: CONTRACT_MESSAGES.share })
    .meta({ description: 'A share between 0 and 1 (0.55 = 55 %).' });

  const optionalBool = (description: string) => z.boolean().optional().meta({ description });

  const buyerSchema = z
    .strictObject({
      id: z.string().optional().meta({ description: 'Identifier of the buyer, e.g. its SIRET.' }),
      name: z.string().optional().meta({ description: 'Name of the buyer.' }),
      kind: z.enum(BUYER_KINDS).optional().meta({
        description:
          'Category of buyer: state, state-public-body (administrative), state-epic (industrial and commercial), local-authority (or grouping), local-public-body, hospital, social-landlord (OPH or ESH not said), oph (office public de l’habitat), esh (entreprise sociale pour l’habitat), sem (société d’économie mixte), association, other-private (another private-law buyer), contracting-entity, other. Rules that bind only some buyers (advances: L2191-1, R2191-1) answer unknown for a kind that does not say.',
      }),
      defenceOrSecurity: optionalBool('True for a defence-or-security contract (L2300-1 ff.).'),
      operatingExpenditureAbove60M: optionalBool(
        'True when the buyer’s (real) operating expenditure exceeds 60 M€: local authorities and State public bodies other than hospitals owe a higher minimum advance to SMEs (R2191-7).',
      ),
    })
    .meta({ description: 'The buyer (acheteur).' });

  const datesSchema = z
    .strictObject({
      consultationLaunch: dateSchema.optional().meta({
        description: 'Date the consultation was engaged or the contract notice sent for publication: the date most rules are looked up at.',
      }),
      priceEstablished: dateSchema.optional().meta({
        description: 'Date the tenderer fixed its price in the offer (R2112-11); usually the offer deadline.',
      }),
      notification: dateSchema.optional().meta({ description: 'Notification date of the contract.' }),
      executionStart: dateSchema.optional().meta({ description: 'Start date of execution.' }),
      dataPublication: dateSchema.optional().meta({
        description:
          'Date the essential data (DECP) were published on the national open-data portal (R2196-1; DECP datePublicationDonnees).',
      }),
    })
    .meta({ description: 'Key dates of the contract.' });

  const priceSchema = z
    .strictObject({
      type: z.enum(PRICE_TYPES).optional().meta({
        description:
          'firm (R2112-9), firm-actualisable (firm price with an actualisation clause, R2112-10/11), revisable (R2112-13), provisional (R2112-15).',
      }),
      rawMaterialExposure: optionalBool(
        'True when a significant share of the supplies, notably raw materials, has a price directly affected by world-market fluctuations (R2112-14).',
      ),
      majorHazardExposure: optionalBool(
        'True when the parties are exposed to major hazards from foreseeable economic developments, e.g. agricultural and food raw materials (R2112-13).',
      ),
      gasOrElectricitySupply: optionalBool('True for a gas or electricity supply contract, which may stay at firm price (R2112-14).'),
      standardSuppliesOrServices: optionalBool(
        'True for « courant » supplies or services (no technical specification specific to the buyer): the actualisation clause of a firm price is optional for them, mandatory for works and other supplies or services (R2112-10). Readers set it from the CCAG « Fournitures courantes et services » where the data gives it.',
      ),
    })
    .meta({ description: 'Price terms.' });

  const advanceSchema = z
    .strictObject({
      granted: optionalBool('True when the contract grants an advance (avance).'),
      rate: shareSchema.optional().meta({ description: 'Advance rate, a share of the amount (0.05 = 5 %).' }),
      refusedByHolder: optionalBool('True when the holder refused the mandatory advance (R2191-3 lets it refuse).'),
    })
    .meta({ description: 'Advance (avance, R2191-3 ff.).' });

  const lotsSchema = z
    .strictObject({
      divided: optionalBool('True when the purchase is divided into lots.'),
      count: z.int().min(1).optional().meta({ description: 'Number of lots.' }),
      notDividedJustification: z.string().optional().meta({ description: 'Reasons for not dividing into lots (L2113-11).' }),
      smallLot: z
        .strictObject({
          lotValueExclTax: moneySchema
            .optional()
            .meta({ description: 'Estimated value of the lot awarded under the small-lots exception (€ HT).' }),
          cumulativeSmallLotsExclTax: moneySchema.optional().meta({
            description: 'Cumulative estimated value of every lot awarded under the small-lots exception, this one included (€ HT).',
          }),
          allLotsValueExclTax: moneySchema.optional().meta({ description: 'Estimated value of all the lots of the operation (€ HT).' }),
        })
        .optional()
        .meta({
          description:
            'Present when this lot is awarded by adapted procedure under the small-lots exception of R2123-1 2° although the whole purchase is above the EU threshold.',
        }),
    })
    .meta({ description: 'Allotment (L2113-10).' });

  const environmentalSchema = z
    .strictObject({
      executionClause: optionalBool('An execution condition takes environmental considerations into account.'),
      awardCriterion: optionalBool('At least one award criterion takes environmental characteristics into account.'),
      technicalSpecification: optionalBool('Technical specifications carry environmental requirements.'),
    })
    .meta({ description: 'Environmental considerations.' });

  const socialSchema = z
    .strictObject({
      executionClause: optionalBool('An execution condition takes social or employment considerations into account.'),
      awardCriterion: optionalBool('At least one award criterion is social.'),
      technicalSpecification: optionalBool('Technical specifications carry social requirements.'),
      reserved: optionalBool('The contract or lot is reserved (L2113-12 ff.).'),
      dispensation: z
        .strictObject({
          ground: z.enum(SOCIAL_DISPENSATION_GROUNDS).optional().meta({ description: 'Ground of the dispensation.' }),
          justification: z.string().optional().meta({ description: 'The buyer’s written justification of the dispensation.' }),
        })
        .optional()
        .meta({ description: 'Dispensation from the social execution condition above EU thresholds (L2112-2-1), with its justification.' }),
    })
    .meta({ description: 'Social considerations.' });

  const reservationSchema = z
    .strictObject({
      basis: z.enum(RESERVATION_BASES).optional().meta({ description: 'Article the reservation is based on.' }),
      citedInNotice: optionalBool('The notice (or consultation documents) cites the article (R2113-7).'),
      previousEssAwards: z
        .array(
          z.strictObject({
            holderId: z.string().min(1).meta({ description: 'Identifier (e.g. SIRET) of the holder of the earlier award.' }),
            date: dateSchema.meta({ description: 'Date of the earlier award (notification).' }),
          }),
        )
        .optional()
        .meta({
          description:
            'The buyer’s earlier awards of contracts for the same services reserved under L2113-15 (L2113-16: no repeat award to the same holder within the period). An empty list means none.',
        }),
    })
    .meta({ description: 'Reservation of the contract.' });

  const hoursSchema = z
    .union([z.string(), z.number()], { error: CONTRACT_MESSAGES.hours })
    .transform((v, ctx) => {
      const r = readDecimal(v, HOURS_PLACES);
      if (r.ok) return r.value;
      ctx.addIssue({ code: 'custom', message: CONTRACT_MESSAGES.hours, input: v });
      return z.NEVER;
    })
    .meta({
      description:
        'A number of hours, as a decimal string or a number (the grammar of amounts), read to the millionth of an hour. Never negative.',
    });

  const insertionSchema = z
    .strictObject({
      clause: optionalBool('True when the contract carries an insertion clause (clause sociale d’insertion).'),
      requiredHours: hoursSchema.optional().meta({ description: 'Hours of insertion the clause requires.' }),
      completedHours: hoursSchema.optional().meta({ description: 'Hours of insertion reported as completed.' }),
      completedHoursByPublic: z
        .partialRecord(z.enum(INSERTION_PUBLICS), hoursSchema)
        .optional()
        .meta({
          description:
            'Completed hours broken down by public. Only eligible publics count; hours under "other" (a public not recognised as eligible) or "unknown" (public not known) are reported, not counted.',
          examples: [{ 'long-term-jobseeker': '420', 'iae-pathway': '280', other: '35' }],
        }),
    })
    .meta({ description: 'Insertion clause.' });

  const awardSchema = z
    .strictObject({
      priceOnly: optionalBool(
        'True when the offers are compared on the single criterion of price (banned from the Climat et Résilience date).',
      ),
      criteria: z.array(z.enum(AWARD_CRITERION_KINDS)).optional().meta({
        description: 'Kinds of the award criteria; `environmental` when a criterion takes the environmental characteristics into account.',
      }),
    })
    .meta({ description: 'Award criteria (L2152-7, R2152-7; concessions L3124-5, R3124-4).' });

  const materialsSchema = z
    .strictObject({
      heavyRenovationOrConstruction: optionalBool('True for a construction or heavy renovation (C. env. L228-4).'),
      biobasedOrLowCarbon: optionalBool('True when the works use bio-based or low-carbon materials (C. env. L228-4).'),
    })
    .meta({ description: 'Building materials (C. env. L228-4).' });

  const holderSchema = z
    .strictObject({
      id: z.string().optional().meta({ description: 'Identifier, e.g. SIRET.' }),
      name: z.string().optional().meta({ description: 'Name of the holder.' }),
      structureType: z.enum(STRUCTURE_TYPES).optional().meta({ description: 'Type of structure, for reserved markets.' }),
      sme: optionalBool('True for an SME (Recommendation 2003/361/EC).'),
      disabledWorkersShare: shareSchema.optional().meta({ description: 'Share of disabled workers (L2113-12, R2113-7).' }),
      disadvantagedWorkersShare: shareSchema.optional().meta({ description: 'Share of disadvantaged workers (L2113-13, R2113-7).' }),
      detaineesShare: shareSchema.optional().meta({ description: 'Share of detainees employed (L2113-13-1).' }),
      equivalentStructure: optionalBool(
        'True for a structure equivalent to the listed types (e.g. from another EU member state), as L2113-12, L2113-13 and L2113-15 allow.',
      ),
    })
    .meta({ description: 'A holder (titulaire) of the contract.' });

  // Only `id` and `kind` are required; every missing optional field leads to `unknown` verdicts for the rules
  // that need it, never to an error.
  return z
    .strictObject({
      id: z
        .string({ error: CONTRACT_MESSAGES.id })
        .min(1, { error: CONTRACT_MESSAGES.id })
        .meta({ description: 'Identifier of the contract.' }),
      title: z.string().optional().meta({ description: 'Object of the contract (objet).' }),
      kind: z.enum(CONTRACT_KINDS).meta({ description: 'contract (marché public) or concession.' }),
      nature: z.enum(NATURES).optional().meta({ description: 'works, supplies or services.' }),
      procedure: z.enum(PROCEDURES).optional().meta({ description: 'Award procedure.' }),
      provenance: z.enum(PROVENANCES).optional().meta({
        description:
          'Where the data comes from: consultation-documents (default: what the buyer will require, checked before publication) or published-data (open data published after the award, e.g. DECP, set by the readers). From published data a false may not mean what it says: an advance not paid may have been refused by the holder (advance.mandatory then answers unknown).',
      }),
      globalContract: z.enum(GLOBAL_CONTRACTS).optional().meta({
        description:
          'A contract exempt from allotment: design-build (conception-réalisation), global-performance, sectoral-global (marchés globaux, L2171-1 ff.) or partnership (marché de partenariat, L2211-1 ff.).',
      }),
      negotiationAllowed: optionalBool(
        'True when the consultation allowed negotiation (e.g. an adapted procedure whose documents reserve it); overrides what the procedure implies.',
      ),
      cpv: z
        .array(z.string().regex(/^\d{8}(-\d)?$/, { error: CONTRACT_MESSAGES.cpv }))
        .optional()
        .meta({ description: 'CPV codes, main code first ("45000000-7" or "45000000").' }),
      buyer: buyerSchema.optional(),
      estimatedValueExclTax: moneySchema.optional().meta({ description: 'Estimated value excluding tax (valeur estimée, € HT).' }),
      amountExclTax: moneySchema.optional().meta({
        description: 'Amount excluding tax (€ HT): the notified amount, or after modifications (avenants) the amount after the latest one.',
      }),
      initialAmountExclTax: moneySchema.optional().meta({
        description:
          'Initial amount excluding tax (montant initial, € HT) when modifications changed it (amountExclTax is then the amount after them): rules that name the initial amount (R2191-3) read it first.',
      }),
      dates: datesSchema.optional(),
      durationMonths: z
        .number()
        .min(0)
        .optional()
        .meta({ description: 'Execution duration in months, all tranches and renewals included.' }),
      price: priceSchema.optional(),
      advance: advanceSchema.optional(),
      lots: lotsSchema.optional(),
      environmental: environmentalSchema.optional(),
      social: socialSchema.optional(),
      reservation: reservationSchema.optional(),
      insertion: insertionSchema.optional(),
      award: awardSchema.optional(),
      materials: materialsSchema.optional(),
      supplierEvaluated: optionalBool(
        'True when the buyer evaluated the holder’s performance of the contract (a supplier evaluation), as social landlords’ action plans count them.',
      ),
      socialOrSpecificServices: optionalBool(
        'True when the contract concerns social and other specific services (R2123-1 3°, annex of the CCP): their own EU threshold applies.',
      ),
      holders: z.array(holderSchema).optional().meta({ description: 'Holders (titulaires).' }),
      extensions: z
        .record(z.string(), z.unknown())
        .optional()
        .meta({ description: 'Free data of the caller, carried along and never read by the rules.' }),
    })
    .meta(CONTRACT_META);
}

// The hand-written, documented interfaces of ./contract.ts must stay equal to what the schema produces.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const outputMatches: Same<z.output<ReturnType<typeof buildContractSchema>>, Contract> = true;
const inputMatches: Same<z.input<ReturnType<typeof buildContractSchema>>, ContractInput> = true;
void outputMatches;
void inputMatches;

/**
 * The zod schema of a public contract or concession, clausier's input shape: validates a
 * {@link ContractInput} and produces a {@link Contract}. Only `id` and `kind` are required; every
 * missing optional field leads to `unknown` verdicts for the rules that need it, never to an error.
 * Prefer {@link parseContract}, which lists problems with JSON paths and French and English messages.
 *
 * A plain zod 4 object schema: compose it with your own zod (`z.object({ contract: ContractSchema })`),
 * `.extend()`, `.pick()`, `.shape`, `z.toJSONSchema`. Its own messages are readable English sentences;
 * {@link toInputProblem} gives any issue in French and English.
 */
export const ContractSchema: ReturnType<typeof buildContractSchema> = buildContractSchema();

/** The contract object schema, {@link ContractSchema} itself: what `parseContract` compiles and `contractJsonSchema` converts. */
export const contractObjectSchema = (): typeof ContractSchema => ContractSchema;
