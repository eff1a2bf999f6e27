import * as z from 'zod';
import { type CalendarDate, isCalendarDate } from './calendar-date.js';
import { parseMoney } from './money.js';

// Error messages are keys of the catalogue in ./validation.ts, which turns them into French and English.
const moneySchema = z
  .union([z.string(), z.number()], { error: 'clausier:money' })
  .transform((v, ctx) => {
    const r = parseMoney(v);
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: `clausier:money-${r.error}`, input: v });
    return z.NEVER;
  })
  .meta({
    description:
      'Amount in euros excluding tax, as a decimal string ("40000.01") or a number (converted through its string form). Never negative.',
    examples: ['40000.01'],
  });

const dateSchema = z
  .string({ error: 'clausier:date' })
  .refine(isCalendarDate, { message: 'clausier:date' })
  .transform((s) => s as CalendarDate)
  .meta({ description: 'Calendar date YYYY-MM-DD, no time, no time zone.', format: 'date', examples: ['2026-09-01'] });

const shareSchema = z
  .number({ error: 'clausier:share' })
  .min(0, { error: 'clausier:share' })
  .max(1, { error: 'clausier:share' })
  .meta({ description: 'A share between 0 and 1 (0.55 = 55 %).' });

const optionalBool = (description: string) => z.boolean().optional().meta({ description });

/** Kinds of buyer, as far as the rules distinguish them. */
export const BUYER_KINDS = [
  'state',
  'state-public-body',
  'local-authority',
  'social-landlord',
  'hospital',
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
/** Price types under R2112-9 ff. */
export const PRICE_TYPES = ['firm', 'firm-actualisable', 'revisable', 'provisional'] as const;
/** Articles under which a contract can be reserved. */
export const RESERVATION_BASES = ['L2113-12', 'L2113-13', 'L2113-13-1', 'L2113-15'] as const;
/** Structure types of a holder, for reserved markets. */
export const STRUCTURE_TYPES = ['esat', 'ea', 'siae', 'ess', 'prison-workshop', 'other'] as const;

const buyerSchema = z
  .strictObject({
    id: z.string().optional().meta({ description: 'Identifier of the buyer, e.g. its SIRET.' }),
    name: z.string().optional(),
    kind: z.enum(BUYER_KINDS).optional().meta({ description: 'Category of buyer.' }),
    defenceOrSecurity: optionalBool('True for a defence-or-security contract (L2300-1 ff.).'),
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
  })
  .meta({ description: 'Price terms.' });

const advanceSchema = z
  .strictObject({
    granted: optionalBool('True when the contract grants an advance (avance).'),
    rate: shareSchema.optional().meta({ description: 'Advance rate, a share of the amount (0.05 = 5 %).' }),
  })
  .meta({ description: 'Advance (avance, R2191-3 ff.).' });

const lotsSchema = z
  .strictObject({
    divided: optionalBool('True when the purchase is divided into lots.'),
    count: z.int().min(1).optional().meta({ description: 'Number of lots.' }),
    notDividedJustification: z.string().optional().meta({ description: 'Reasons for not dividing into lots (L2113-11).' }),
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
  })
  .meta({ description: 'Social considerations.' });

const reservationSchema = z
  .strictObject({
    basis: z.enum(RESERVATION_BASES).optional().meta({ description: 'Article the reservation is based on.' }),
    citedInNotice: optionalBool('The notice (or consultation documents) cites the article (R2113-7).'),
  })
  .meta({ description: 'Reservation of the contract.' });

const hoursSchema = z
  .union([z.string(), z.number()], { error: 'clausier:hours' })
  .transform((v, ctx) => {
    const r = parseMoney(v);
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: 'clausier:hours', input: v });
    return z.NEVER;
  })
  .meta({ description: 'A number of hours, as a decimal string or a number. Never negative.' });

const insertionSchema = z
  .strictObject({
    clause: optionalBool('True when the contract carries an insertion clause (clause sociale d’insertion).'),
    requiredHours: hoursSchema.optional().meta({ description: 'Hours of insertion the clause requires.' }),
    completedHours: hoursSchema.optional().meta({ description: 'Hours of insertion reported as completed.' }),
  })
  .meta({ description: 'Insertion clause.' });

const holderSchema = z
  .strictObject({
    id: z.string().optional().meta({ description: 'Identifier, e.g. SIRET.' }),
    name: z.string().optional(),
    structureType: z.enum(STRUCTURE_TYPES).optional().meta({ description: 'Type of structure, for reserved markets.' }),
    sme: optionalBool('True for an SME (Recommendation 2003/361/EC).'),
    disabledWorkersShare: shareSchema.optional().meta({ description: 'Share of disabled workers (L2113-12, R2113-7).' }),
    disadvantagedWorkersShare: shareSchema.optional().meta({ description: 'Share of disadvantaged workers (L2113-13, R2113-7).' }),
    detaineesShare: shareSchema.optional().meta({ description: 'Share of detainees employed (L2113-13-1).' }),
  })
  .meta({ description: 'A holder (titulaire) of the contract.' });

/**
 * The zod schema of a public contract or concession, clausier's input shape.
 * Only `id` and `kind` are required; every missing optional field leads to `unknown` verdicts
 * for the rules that need it, never to an error.
 */
export const ContractSchema = z
  .strictObject({
    id: z.string({ error: 'clausier:id' }).min(1, { error: 'clausier:id' }).meta({ description: 'Identifier of the contract.' }),
    title: z.string().optional().meta({ description: 'Object of the contract (objet).' }),
    kind: z.enum(CONTRACT_KINDS).meta({ description: 'contract (marché public) or concession.' }),
    nature: z.enum(NATURES).optional().meta({ description: 'works, supplies or services.' }),
    procedure: z.enum(PROCEDURES).optional().meta({ description: 'Award procedure.' }),
    cpv: z
      .array(z.string().regex(/^\d{8}(-\d)?$/, { error: 'clausier:cpv' }))
      .optional()
      .meta({ description: 'CPV codes, main code first ("45000000-7" or "45000000").' }),
    buyer: buyerSchema.optional(),
    estimatedValueExclTax: moneySchema.optional().meta({ description: 'Estimated value excluding tax (valeur estimée, € HT).' }),
    amountExclTax: moneySchema.optional().meta({ description: 'Notified amount excluding tax (montant notifié, € HT).' }),
    dates: datesSchema.optional(),
    durationMonths: z.number().min(0).optional().meta({ description: 'Execution duration in months, all tranches and renewals included.' }),
    price: priceSchema.optional(),
    advance: advanceSchema.optional(),
    lots: lotsSchema.optional(),
    environmental: environmentalSchema.optional(),
    social: socialSchema.optional(),
    reservation: reservationSchema.optional(),
    insertion: insertionSchema.optional(),
    holders: z.array(holderSchema).optional().meta({ description: 'Holders (titulaires).' }),
    extensions: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({ description: 'Free data of the caller, carried along and never read by the rules.' }),
  })
  .meta({
    title: 'clausier contract',
    description: 'A French public contract (marché public) or concession, as evaluated by clausier.',
  });

/** A contract as accepted on input (amounts as strings or numbers). */
export type ContractInput = z.input<typeof ContractSchema>;
/** A validated contract: amounts are canonical {@link Money} strings, dates are checked calendar dates. */
export type Contract = z.output<typeof ContractSchema>;
