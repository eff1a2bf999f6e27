import * as z from 'zod';
import { type CalendarDate, isCalendarDate } from '../model/calendar-date.js';
import { NATURES } from '../model/contract-schema.js';
import { INSERTION_PUBLICS } from '../model/insertion-publics.js';
import { parseMoney } from '../model/money.js';

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
  .meta({ description: 'A contract of the programme, counted in the yearly table when it is not a works contract and carries a clause.' });

/**
 * The zod schema of an insertion programme: hour targets in buckets, each with a start and a deadline,
 * fed by dated realised hours. The shape `clausier insertion` reads.
 */
export const InsertionProgrammeSchema = z
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
  .meta({
    title: 'clausier insertion programme',
    description: 'An insertion-hours programme: targets in buckets with deadlines, and the hours realised towards them.',
  });

/** An insertion programme as accepted on input (hours as strings or numbers). */
export type InsertionProgrammeInput = z.input<typeof InsertionProgrammeSchema>;
/** A validated insertion programme: hours are canonical {@link Money}-like decimal strings, dates are checked. */
export type InsertionProgramme = z.output<typeof InsertionProgrammeSchema>;
/** One bucket of a validated programme. */
export type InsertionBucket = InsertionProgramme['buckets'][number];
/** One realised entry of a validated programme. */
export type RealisedHours = NonNullable<InsertionProgramme['realised']>[number];

/** The JSON Schema (draft 2020-12) of the programme input; ships as `clausier/insertion-programme.schema.json`. */
export function insertionProgrammeJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(InsertionProgrammeSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://unpkg.com/clausier/schema/insertion-programme.schema.json' };
}
