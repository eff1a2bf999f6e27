import * as z from 'zod';
import { type CalendarDate, isCalendarDate } from '../model/calendar-date.js';
import type { Loosen, Nature } from '../model/contract.js';
import { NATURES } from '../model/contract-schema.js';
import { INSERTION_PUBLICS, type InsertionPublic } from '../model/insertion-publics.js';
import { HOURS_PLACES, type Money, readDecimal } from '../model/money.js';
import { defineSchemaMessage } from '../model/schema-messages.js';

/** One bucket of a validated programme: a target of insertion hours with its own start and deadline. */
export interface InsertionBucket {
  /** Identifier of the bucket, referred to by realised entries (`"works"`). */
  id: string;
  /** What the bucket covers, for people. */
  label?: string;
  /** Insertion hours to complete in this bucket, as a canonical decimal string. */
  targetHours: Money;
  /** First day hours count for this bucket. Default: the start of the programme. */
  start?: CalendarDate;
  /** Last day to complete the target (inclusive). */
  deadline: CalendarDate;
}

/** One realised entry of a validated programme: hours done on a date, for one bucket and one public. */
export interface RealisedHours {
  /** Date the hours were done, or the last day of the reported period. */
  date: CalendarDate;
  /** Identifier of the bucket the hours count towards. */
  bucket: string;
  /** Hours done, as a canonical decimal string. */
  hours: Money;
  /** Public who did the hours. Only eligible publics count; `other` and `unknown` hours are reported, not counted. */
  public: InsertionPublic;
  /** Identifier of the contract the hours were done under. */
  contract?: string;
  /** Operation or worksite the hours were done on. */
  operation?: string;
  /** Free note. */
  note?: string;
}

/** A contract of a validated programme, counted in the yearly table when it is not a works contract and carries a clause. */
export interface InsertionProgrammeContract {
  /** Identifier of the contract. */
  id: string;
  /** Object of the contract. */
  title?: string;
  /** works, supplies or services. */
  nature: Nature;
  /** Notification date of the contract. */
  notification: CalendarDate;
  /** True when the contract carries an insertion clause. */
  insertionClause: boolean;
}

/**
 * A validated insertion programme: hour targets in buckets, each with a start and a deadline, fed by dated
 * realised hours. Hours are canonical {@link Money}-like decimal strings, dates are checked calendar dates.
 */
export interface InsertionProgramme {
  /** Identifier of the programme. */
  id: string;
  /** Name of the programme. */
  title?: string;
  /** First day of the programme (e.g. of the concession). */
  start: CalendarDate;
  /** Last day of the programme (inclusive). */
  end: CalendarDate;
  /** The hour targets; at least one. */
  buckets: InsertionBucket[];
  /** Realised hours, dated. */
  realised?: RealisedHours[];
  /** Contracts of the programme, for the yearly count. */
  contracts?: InsertionProgrammeContract[];
  /** Free note. */
  note?: string;
  /** Free data of the caller, carried along and never read. */
  extensions?: Record<string, unknown>;
}

/** An insertion programme as accepted on input: hours as decimal strings or numbers, dates as `YYYY-MM-DD` strings. */
export type InsertionProgrammeInput = Loosen<InsertionProgramme>;

const PROGRAMME_META = {
  title: 'clausier insertion programme',
  description: 'An insertion-hours programme: targets in buckets with deadlines, and the hours realised towards them.',
};

/** Messages of the programme schema: readable English for zod, French twins and codes in ../model/schema-messages.ts. */
const M = {
  hours: defineSchemaMessage(
    'hours',
    'nombre d’heures attendu : une chaîne décimale ("1250.5") ou un nombre',
    'expected a number of hours: a decimal string ("1250.5") or a number',
  ),
  hoursNegative: defineSchemaMessage(
    'negative-hours',
    'un nombre d’heures ne peut pas être négatif',
    'a number of hours cannot be negative',
  ),
  date: defineSchemaMessage(
    'date',
    'date calendaire attendue au format AAAA-MM-JJ (sans heure ni fuseau)',
    'expected a calendar date YYYY-MM-DD (no time, no time zone)',
  ),
  bucketDeadline: defineSchemaMessage(
    'bucket-without-deadline',
    'enveloppe sans échéance : indiquer "deadline" (AAAA-MM-JJ), la date à laquelle l’objectif doit être atteint',
    'bucket without a deadline: give "deadline" (YYYY-MM-DD), the date the target must be met by',
  ),
  id: defineSchemaMessage('id', 'identifiant attendu : une chaîne non vide', 'expected an identifier: a non-empty string'),
  noBucket: defineSchemaMessage('no-bucket', 'au moins une enveloppe d’heures est attendue', 'at least one bucket of hours is expected'),
  public: defineSchemaMessage(
    'public',
    'public attendu parmi la liste des publics éligibles, ou "other" / "unknown" (heures signalées, non comptées)',
    'expected a public from the list of eligible publics, or "other" / "unknown" (hours reported, not counted)',
  ),
};

function buildProgrammeSchema() {
  const hoursSchema = z
    .union([z.string(), z.number()], { error: M.hours })
    .transform((v, ctx) => {
      const r = readDecimal(v, HOURS_PLACES);
      if (r.ok) return r.value;
      ctx.addIssue({
        code: 'custom',
        message: r.error === 'negative' ? M.hoursNegative : M.hours,
        input: v,
      });
      return z.NEVER;
    })
    .meta({
      description:
        'A number of hours, as a decimal string ("1250.5") or a number (the grammar of amounts), read to the millionth of an hour. Never negative.',
      examples: ['1250.5'],
    });

  const dateSchema = (description: string, missing: string = M.date) =>
    z
      .string({ error: (issue) => (issue.input === undefined ? missing : M.date) })
      .refine(isCalendarDate, { message: M.date })
      .transform((s) => s as CalendarDate)
      .meta({ description, format: 'date', examples: ['2023-01-01'] });

  const idSchema = (description: string) => z.string({ error: M.id }).min(1, { error: M.id }).meta({ description });

  const bucketSchema = z
    .strictObject({
      id: idSchema('Identifier of the bucket, referred to by realised entries ("works").'),
      label: z.string().optional().meta({ description: 'What the bucket covers, for people.' }),
      targetHours: hoursSchema.meta({ description: 'Insertion hours to complete in this bucket.' }),
      start: dateSchema('First day hours count for this bucket. Default: the start of the programme.').optional(),
      deadline: dateSchema('Last day to complete the target (inclusive). Required.', M.bucketDeadline),
    })
    .meta({ description: 'A target of insertion hours with its own start and deadline.' });

  const realisedSchema = z
    .strictObject({
      date: dateSchema('Date the hours were done, or the last day of the reported period.'),
      bucket: idSchema('Identifier of the bucket the hours count towards.'),
      hours: hoursSchema.meta({ description: 'Hours done.' }),
      public: z.enum(INSERTION_PUBLICS, { error: M.public }).meta({
        description: 'Public who did the hours. Only eligible publics count; "other" and "unknown" hours are reported, not counted.',
      }),
      contract: z.string().optional().meta({ description: 'Identifier of the contract the hours were done under.' }),
      operation: z.string().optional().meta({ description: 'Operation or worksite the hours were done on.' }),
      note: z.string().optional(),
    })
    .meta({ description: 'Hours done on a date, for one bucket and one public.' });

  const programmeContractSchema = z
    .strictObject({
      id: idSchema('Identifier of the contract.'),
      title: z.string().optional(),
      nature: z.enum(NATURES).meta({ description: 'works, supplies or services.' }),
      notification: dateSchema('Notification date of the contract.'),
      insertionClause: z.boolean().meta({ description: 'True when the contract carries an insertion clause.' }),
    })
    .meta({
      description: 'A contract of the programme, counted in the yearly table when it is not a works contract and carries a clause.',
    });

  return z
    .strictObject({
      id: idSchema('Identifier of the programme.'),
      title: z.string().optional(),
      start: dateSchema('First day of the programme (e.g. of the concession).'),
      end: dateSchema('Last day of the programme (inclusive).'),
      buckets: z.array(bucketSchema).min(1, { error: M.noBucket }).meta({ description: 'The hour targets.' }),
      realised: z.array(realisedSchema).optional().meta({ description: 'Realised hours, dated.' }),
      contracts: z.array(programmeContractSchema).optional().meta({ description: 'Contracts of the programme, for the yearly count.' }),
      note: z.string().optional(),
      extensions: z
        .record(z.string(), z.unknown())
        .optional()
        .meta({ description: 'Free data of the caller, carried along and never read.' }),
    })
    .meta(PROGRAMME_META);
}

// The hand-written, documented interfaces above must stay equal to what the schema produces.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const outputMatches: Same<z.output<typeof InsertionProgrammeSchema>, InsertionProgramme> = true;
const inputMatches: Same<z.input<typeof InsertionProgrammeSchema>, InsertionProgrammeInput> = true;
void outputMatches;
void inputMatches;

/**
 * The zod schema of an insertion programme, the shape `clausier insertion` reads: validates an
 * {@link InsertionProgrammeInput} and produces an {@link InsertionProgramme} (hour targets in buckets, each with a
 * start and a deadline, fed by dated realised hours). Prefer {@link parseInsertionProgramme}, which also checks
 * consistency and lists problems with JSON paths and French and English messages.
 *
 * A plain zod 4 object schema, which composes with your own zod like {@link ContractSchema}.
 */
export const InsertionProgrammeSchema: ReturnType<typeof buildProgrammeSchema> = buildProgrammeSchema();

/** The JSON Schema (draft 2020-12) of the programme input; ships as `clausier/insertion-programme.schema.json`. */
export function insertionProgrammeJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(InsertionProgrammeSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://unpkg.com/clausier/schema/insertion-programme.schema.json' };
}
