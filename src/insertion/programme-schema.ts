import * as z from 'zod';
import { type CalendarDate, isCalendarDate } from '../model/calendar-date.js';
import type { Loosen, Nature } from '../model/contract.js';
import { NATURES } from '../model/contract-schema.js';
import { INSERTION_PUBLICS, type InsertionPublic } from '../model/insertion-publics.js';
import { type Money, parseMoney } from '../model/money.js';

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

// Built on first use, not at import (see InsertionProgrammeSchema).
function buildProgrammeSchema() {
  // Error messages are keys of the catalogue in ./programme-validation.ts, which turns them into French and English.
  const hoursSchema = z
    .union([z.string(), z.number()], { error: 'clausier:programme-hours' })
    .transform((v, ctx) => {
      const r = parseMoney(v);
      if (r.ok) return r.value;
      ctx.addIssue({
        code: 'custom',
        message: r.error === 'negative' ? 'clausier:programme-hours-negative' : 'clausier:programme-hours',
        input: v,
      });
      return z.NEVER;
    })
    .meta({ description: 'A number of hours, as a decimal string ("1250.5") or a number. Never negative.', examples: ['1250.5'] });

  const dateSchema = (description: string, missing = 'clausier:programme-date') =>
    z
      .string({ error: (issue) => (issue.input === undefined ? missing : 'clausier:programme-date') })
      .refine(isCalendarDate, { message: 'clausier:programme-date' })
      .transform((s) => s as CalendarDate)
      .meta({ description, format: 'date', examples: ['2023-01-01'] });

  const idSchema = (description: string) =>
    z.string({ error: 'clausier:programme-id' }).min(1, { error: 'clausier:programme-id' }).meta({ description });

  const bucketSchema = z
    .strictObject({
      id: idSchema('Identifier of the bucket, referred to by realised entries ("works").'),
      label: z.string().optional().meta({ description: 'What the bucket covers, for people.' }),
      targetHours: hoursSchema.meta({ description: 'Insertion hours to complete in this bucket.' }),
      start: dateSchema('First day hours count for this bucket. Default: the start of the programme.').optional(),
      deadline: dateSchema('Last day to complete the target (inclusive). Required.', 'clausier:programme-bucket-deadline'),
    })
    .meta({ description: 'A target of insertion hours with its own start and deadline.' });

  const realisedSchema = z
    .strictObject({
      date: dateSchema('Date the hours were done, or the last day of the reported period.'),
      bucket: idSchema('Identifier of the bucket the hours count towards.'),
      hours: hoursSchema.meta({ description: 'Hours done.' }),
      public: z.enum(INSERTION_PUBLICS, { error: 'clausier:programme-public' }).meta({
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
      buckets: z.array(bucketSchema).min(1, { error: 'clausier:programme-no-bucket' }).meta({ description: 'The hour targets.' }),
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

let built: ReturnType<typeof buildProgrammeSchema> | undefined;
const programmeObjectSchema = (): ReturnType<typeof buildProgrammeSchema> => {
  built ??= buildProgrammeSchema();
  return built;
};

// The hand-written, documented interfaces above must stay equal to what the schema produces.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const outputMatches: Same<z.output<ReturnType<typeof buildProgrammeSchema>>, InsertionProgramme> = true;
const inputMatches: Same<z.input<ReturnType<typeof buildProgrammeSchema>>, InsertionProgrammeInput> = true;
void outputMatches;
void inputMatches;

/**
 * The zod schema of an insertion programme, the shape `clausier insertion` reads: validates an
 * {@link InsertionProgrammeInput} and produces an {@link InsertionProgramme} (hour targets in buckets, each with a
 * start and a deadline, fed by dated realised hours). Prefer {@link parseInsertionProgramme}, which also checks
 * consistency and lists problems with JSON paths and French and English messages.
 *
 * The object schema is built on first use: `InsertionProgrammeSchema` is a `z.lazy` wrapper around it (with the same
 * title and description), so importing clausier builds no schema.
 */
export const InsertionProgrammeSchema: z.ZodType<InsertionProgramme, InsertionProgrammeInput> = z
  .lazy(programmeObjectSchema)
  .meta(PROGRAMME_META);

/** The JSON Schema (draft 2020-12) of the programme input; ships as `clausier/insertion-programme.schema.json`. */
export function insertionProgrammeJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(programmeObjectSchema(), { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://unpkg.com/clausier/schema/insertion-programme.schema.json' };
}
