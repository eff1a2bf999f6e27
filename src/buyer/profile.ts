import * as z from 'zod';
import { type CalendarDate, isCalendarDate } from '../model/calendar-date.js';
import type { BuyerKind, Loosen } from '../model/contract.js';
import { BUYER_KINDS } from '../model/contract-schema.js';
import { localized } from '../model/localized.js';
import { type Money, parseMoney } from '../model/money.js';
import { CONTRACT_MESSAGES } from '../model/schema-messages.js';
import { type InputProblem, jsonPath, type ParseResult, toInputProblem } from '../model/validation.js';

/** A buyer's purchases in one calendar year, as D2111-3 counts them. */
export interface YearlyPurchases {
  /** Calendar year. */
  year: number;
  /**
   * Expenditure actually made during the year under the buyer's contracts (€ HT), excluding contracts of Book V of
   * Part 2 of the code ("autres marchés publics"), as D2111-3 counts it.
   */
  amountExclTax: Money;
}

/** The buyer's SPASER (schéma de promotion des achats publics socialement et écologiquement responsables). */
export interface SpaserDeclaration {
  /** Whether a SPASER was adopted; `false` declares there is none. */
  adopted?: boolean;
  /** Date it was adopted (deliberation, decision). */
  adoptedOn?: CalendarDate;
  /** Whether it was made public; `false` declares it was not. */
  published?: boolean;
  /** Date it was made public (e.g. on the buyer's website). */
  publishedOn?: CalendarDate;
  /** Where it is published. */
  url?: string;
  /** A SPASER adopted jointly with other buyers (allowed since loi n° 2023-973); indicators stay per buyer. */
  joint?: boolean;
  /** Dates the buyer published the SPASER's indicators (actual rates of responsible purchases); an empty list means never. */
  indicatorsPublishedOn?: CalendarDate[];
}

/** A buyer profile: what clausier needs to tell whether a buyer owes a SPASER (L2111-3, D2111-3) and has one. */
export interface BuyerProfile {
  /** Identifier of the buyer (e.g. its SIRET). */
  id: string;
  /** Name. */
  name?: string;
  /** Kind of buyer. */
  kind?: BuyerKind;
  /**
   * Whether the buyer's status is set by law (« acheteur dont le statut est fixé par la loi »): before loi n° 2023-973
   * only such buyers and local authorities owed a SPASER.
   */
  statusSetByLaw?: boolean;
  /** Yearly purchases; one entry per year. */
  purchases: YearlyPurchases[];
  /** The buyer's SPASER, as declared. */
  spaser?: SpaserDeclaration;
  /** Free data of the caller, carried along and never read. */
  extensions?: Record<string, unknown>;
}

/** A buyer profile as accepted on input: amounts as decimal strings or numbers, dates as `YYYY-MM-DD` strings. */
export type BuyerProfileInput = Loosen<BuyerProfile>;

function buildSchema() {
  const money = z
    .union([z.string(), z.number()], { error: CONTRACT_MESSAGES.money })
    .transform((v, ctx) => {
      const r = parseMoney(v);
      if (r.ok) return r.value;
      ctx.addIssue({ code: 'custom', message: CONTRACT_MESSAGES[`money-${r.error}`], input: v });
      return z.NEVER;
    })
    .meta({ description: 'Amount in euros excluding tax: a decimal string or a number. Never negative.' });
  const date = z
    .string({ error: CONTRACT_MESSAGES.date })
    .refine(isCalendarDate, { message: CONTRACT_MESSAGES.date })
    .transform((s) => s as CalendarDate)
    .meta({ description: 'Calendar date YYYY-MM-DD.', format: 'date' });
  const optionalBool = (description: string) => z.boolean().optional().meta({ description });
  return z
    .strictObject({
      id: z
        .string({ error: CONTRACT_MESSAGES.id })
        .min(1, { error: CONTRACT_MESSAGES.id })
        .meta({ description: 'Identifier of the buyer (e.g. its SIRET).' }),
      name: z.string().optional(),
      kind: z.enum(BUYER_KINDS).optional().meta({ description: 'Kind of buyer.' }),
      statusSetByLaw: optionalBool(
        'Whether the buyer’s status is set by law: before loi n° 2023-973 only such buyers and local authorities owed a SPASER.',
      ),
      purchases: z
        .array(
          z.strictObject({
            year: z.int().min(2000).max(2100).meta({ description: 'Calendar year.' }),
            amountExclTax: money.meta({
              description:
                'Expenditure actually made during the year under the buyer’s contracts (€ HT), excluding Book V of Part 2 (D2111-3).',
            }),
          }),
        )
        .meta({ description: 'Yearly purchases, one entry per year.' }),
      spaser: z
        .strictObject({
          adopted: optionalBool('Whether a SPASER was adopted; false declares there is none.'),
          adoptedOn: date.optional().meta({ description: 'Date the SPASER was adopted.' }),
          published: optionalBool('Whether the SPASER was made public; false declares it was not.'),
          publishedOn: date.optional().meta({ description: 'Date the SPASER was made public (e.g. on the buyer’s website).' }),
          url: z.string().optional().meta({ description: 'Where the SPASER is published.' }),
          joint: optionalBool('A SPASER adopted jointly with other buyers (loi n° 2023-973); indicators stay per buyer.'),
          indicatorsPublishedOn: z
            .array(date)
            .optional()
            .meta({ description: 'Dates the SPASER’s indicators were published; an empty list means never.' }),
        })
        .optional()
        .meta({ description: 'The buyer’s SPASER, as declared.' }),
      extensions: z.record(z.string(), z.unknown()).optional().meta({ description: 'Free data of the caller, never read.' }),
    })
    .meta({ title: 'clausier buyer profile', description: 'A buyer’s yearly purchases and its SPASER (L2111-3, D2111-3).' });
}

let built: ReturnType<typeof buildSchema> | undefined;
/** The zod schema of a buyer profile, built on first call. */
export function buyerProfileSchema(): ReturnType<typeof buildSchema> {
  built ??= buildSchema();
  return built;
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const outputMatches: Same<z.output<ReturnType<typeof buildSchema>>, BuyerProfile> = true;
const inputMatches: Same<z.input<ReturnType<typeof buildSchema>>, BuyerProfileInput> = true;
void outputMatches;
void inputMatches;

/** The JSON Schema (draft 2020-12) of a buyer profile. */
export function buyerProfileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(buyerProfileSchema(), { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://unpkg.com/clausier/schema/buyer-profile.schema.json' };
}

const problem = (path: string, code: string, fr: string, en: string): InputProblem => ({ path, code, message: localized(fr, en) });

/**
 * Validates a buyer profile (parsed JSON). Never throws: every problem has its JSON path. Besides the shape, it refuses
 * two entries for one year and a declaration that contradicts itself (`adopted: false` with an adoption date, a
 * publication before the adoption, `published: false` with a publication date).
 */
export function parseBuyerProfile(input: unknown): ParseResult<BuyerProfile> {
  const r = buyerProfileSchema().safeParse(input, { reportInput: true });
  if (!r.success) return { ok: false, problems: r.error.issues.map(toInputProblem) };
  const p = r.data;
  const out: InputProblem[] = [];
  const years = new Map<number, number>();
  p.purchases.forEach((e, i) => {
    const first = years.get(e.year);
    if (first === undefined) years.set(e.year, i);
    else
      out.push(
        problem(
          jsonPath(['purchases', i]),
          'duplicate',
          `deuxième montant pour ${e.year} (premier en $.purchases[${first}])`,
          `second amount for ${e.year} (first at $.purchases[${first}])`,
        ),
      );
  });
  const s = p.spaser;
  if (s?.adopted === false && s.adoptedOn !== undefined) {
    out.push(
      problem(
        '$.spaser.adoptedOn',
        'contradiction',
        'date d’adoption donnée avec adopted: false',
        'adoption date given with adopted: false',
      ),
    );
  }
  if (s?.published === false && s.publishedOn !== undefined) {
    out.push(
      problem(
        '$.spaser.publishedOn',
        'contradiction',
        'date de publication donnée avec published: false',
        'publication date given with published: false',
      ),
    );
  }
  if (s?.adoptedOn !== undefined && s.publishedOn !== undefined && s.publishedOn < s.adoptedOn) {
    out.push(problem('$.spaser.publishedOn', 'contradiction', 'publication antérieure à l’adoption', 'published before it was adopted'));
  }
  return out.length === 0 ? { ok: true, value: p } : { ok: false, problems: out };
}
