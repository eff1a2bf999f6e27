import { Decimal } from 'decimal.js';
import { addDays, type CalendarDate, isCalendarDate, todayUtc, yearOf } from '../model/calendar-date.js';
import { isEligiblePublic } from '../model/insertion-publics.js';
import type { Money } from '../model/money.js';
import { dayNumber } from './day-count.js';
import type { InsertionBucket, InsertionProgramme, RealisedHours } from './programme-schema.js';

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;

/** Average length of a Gregorian month in days (365.2425 ÷ 12), used to turn remaining days into months. */
export const AVERAGE_MONTH_DAYS = '30.436875';
const MONTH = new D(AVERAGE_MONTH_DAYS);
const LAST_DAY = dayNumber('9999-12-31' as CalendarDate);

/** Where a bucket stands against its linear pace. */
export type PaceStatus = 'ahead' | 'on-track' | 'behind';

/** Phase of a bucket at the as-of date. */
export type BucketPhase =
  /** the as-of date is before the bucket starts */
  | 'not-started'
  /** between start and deadline (inclusive), target not reached */
  | 'in-progress'
  /** target reached by eligible hours dated up to the deadline */
  | 'completed'
  /** deadline passed without reaching the target */
  | 'deadline-passed';

/**
 * The progress of one bucket at an as-of date. Hours are canonical decimal strings; derived hours
 * (expected, projections, per month) are rounded half up to 0.01 h.
 */
export interface BucketProgress {
  /** Bucket identifier. */
  readonly id: string;
  /** Bucket label, when given. */
  readonly label?: string;
  /** Target hours. */
  readonly targetHours: Money;
  /** First day hours count. */
  readonly start: CalendarDate;
  /** Last day to meet the target (inclusive). */
  readonly deadline: CalendarDate;
  /** Phase at the as-of date. */
  readonly phase: BucketPhase;
  /** Days from start to deadline, both included. */
  readonly totalDays: number;
  /** Days from start to the as-of date, both included, within `[0, totalDays]`. */
  readonly elapsedDays: number;
  /** Eligible hours dated from the start to the as-of date and no later than the deadline: the hours that count. */
  readonly doneHours: Money;
  /** Eligible hours dated after the deadline (up to the as-of date): reported, not counted towards the target. */
  readonly doneAfterDeadlineHours: Money;
  /** Hours of publics not recognised as eligible (`other`) or not known (`unknown`), up to the as-of date: reported, not counted. */
  readonly notCountedHours: Money;
  /** Expected hours at a linear pace: target × elapsedDays ÷ totalDays. */
  readonly expectedHours: Money;
  /** Done minus expected: positive ahead of the linear pace, negative behind. */
  readonly gapHours: string;
  /** Sign of {@link BucketProgress.gapHours}. */
  readonly pace: PaceStatus;
  /** Done ÷ target, to 4 decimal places (`"0.4375"`); 1 when the target is 0. */
  readonly completionShare: string;
  /** Target minus done, never negative. */
  readonly remainingHours: Money;
  /** Days left after the as-of date up to the deadline included (all days when the bucket has not started). */
  readonly remainingDays: number;
  /** Remaining days ÷ {@link AVERAGE_MONTH_DAYS}, to 0.01. */
  readonly remainingMonths: string;
  /** Hours to do per remaining month to meet the target; `null` when hours remain but no day does. */
  readonly hoursPerRemainingMonth: Money | null;
  /** Date of the realised entry with which the counted hours reached the target, if they did. */
  readonly completedOn: CalendarDate | null;
  /**
   * Projected completion date at the current pace (done ÷ elapsed days, from the start): the date reached, or
   * `null` when nothing is done yet, the bucket has not started, or the pace would finish after 9999-12-31.
   */
  readonly projectedCompletion: CalendarDate | null;
  /** Hours projected at the deadline at the current pace (the hours done, once the deadline is past). */
  readonly projectedHoursAtDeadline: Money;
  /** Target minus projected hours at the deadline, never negative: the shortfall to expect. */
  readonly projectedShortfall: Money;
}

/** Hours and contracts of one calendar year, as the buyers' action sheets report them. */
export interface YearProgress {
  /** Calendar year. */
  readonly year: number;
  /** Eligible hours per bucket dated in the year (every bucket listed, zeros included). */
  readonly hoursByBucket: Readonly<Record<string, Money>>;
  /** Eligible hours of the year, all buckets. */
  readonly countedHours: Money;
  /** Hours of the year by publics not recognised as eligible: reported, not counted. */
  readonly notCountedHours: Money;
  /** Contracts notified in the year that are not works contracts and carry an insertion clause. */
  readonly nonWorksContractsWithClause: number;
}

/** The state of an insertion programme at a date. */
export interface ProgrammeProgress {
  /** Programme identifier. */
  readonly programme: string;
  /** Programme title, when given. */
  readonly title?: string;
  /** The as-of date. */
  readonly asOf: CalendarDate;
  /** Programme start. */
  readonly start: CalendarDate;
  /** Programme end. */
  readonly end: CalendarDate;
  /** One entry per bucket, in input order. */
  readonly buckets: readonly BucketProgress[];
  /** One row per calendar year from the start year to the as-of year (capped at the end year). */
  readonly years: readonly YearProgress[];
  /** Realised entries dated after the as-of date: not counted at that date. */
  readonly entriesAfterAsOf: number;
}

/** Options of {@link trackInsertionProgramme}. */
export interface TrackOptions {
  /** The as-of date `YYYY-MM-DD`. Default: today's UTC date. */
  readonly asOf?: string;
}

const round2 = (d: Dec): Money => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed() as Money;
const canon = (d: Dec): Money => d.toFixed() as Money;

/**
 * Computes where each bucket of a validated programme stands at a date (see {@link parseInsertionProgramme}).
 *
 * - **Linear pace.** Expected hours = target × elapsed days ÷ total days, days counted inclusively from the
 *   bucket start: 0 before the start, the full target on the deadline day.
 * - **Done hours** count eligible publics only, dated from the bucket start to the as-of date, no later than the
 *   deadline; `other` and `unknown` hours, and hours after the deadline, are reported apart.
 * - **Remaining months** = days left after the as-of date up to the deadline ÷ 30.436875 (the mean Gregorian month).
 * - **Projections** extend the current pace (done ÷ elapsed days) to the deadline and to the target.
 *
 * Pure: the same inputs give the same output in every time zone.
 *
 * @throws RangeError when `asOf` is not a `YYYY-MM-DD` calendar date.
 */
export function trackInsertionProgramme(programme: InsertionProgramme, options: TrackOptions = {}): ProgrammeProgress {
  const asOf = options.asOf ?? todayUtc();
  if (!isCalendarDate(asOf)) throw new RangeError(`asOf must be a YYYY-MM-DD calendar date, got ${JSON.stringify(asOf)}`);
  const realised = [...(programme.realised ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const known = realised.filter((e) => e.date <= asOf);
  const progress: ProgrammeProgress = {
    programme: programme.id,
    asOf,
    start: programme.start,
    end: programme.end,
    buckets: programme.buckets.map((b) =>
      bucketProgress(
        b,
        b.start ?? programme.start,
        asOf,
        known.filter((e) => e.bucket === b.id),
      ),
    ),
    years: yearTable(programme, asOf, known),
    entriesAfterAsOf: realised.length - known.length,
  };
  return programme.title === undefined ? progress : { ...progress, title: programme.title };
}

function bucketProgress(b: InsertionBucket, start: CalendarDate, asOf: CalendarDate, entries: readonly RealisedHours[]): BucketProgress {
  const target = new D(b.targetHours);
  const totalDays = dayNumber(b.deadline) - dayNumber(start) + 1;
  const elapsedDays = Math.min(totalDays, Math.max(0, dayNumber(asOf) - dayNumber(start) + 1));
  let done = new D(0);
  let after = new D(0);
  let other = new D(0);
  let completedOn: CalendarDate | null = target.isZero() && asOf >= start ? start : null;
  for (const e of entries) {
    if (!isEligiblePublic(e.public)) other = other.plus(e.hours);
    else if (e.date > b.deadline) after = after.plus(e.hours);
    else {
      done = done.plus(e.hours);
      if (completedOn === null && done.gte(target)) completedOn = e.date;
    }
  }
  const expected = target.mul(elapsedDays).div(totalDays);
  const gap = done.minus(round2(expected));
  const remaining = D.max(0, target.minus(done));
  const remainingDays = asOf < start ? totalDays : Math.max(0, dayNumber(b.deadline) - dayNumber(asOf));
  const perMonth = remaining.isZero() ? new D(0) : remainingDays === 0 ? null : remaining.mul(MONTH).div(remainingDays);
  const phase: BucketPhase =
    asOf < start ? 'not-started' : completedOn !== null ? 'completed' : asOf > b.deadline ? 'deadline-passed' : 'in-progress';
  const projection = project(target, done, elapsedDays, totalDays, start, completedOn);
  const out: BucketProgress = {
    id: b.id,
    targetHours: b.targetHours,
    start,
    deadline: b.deadline,
    phase,
    totalDays,
    elapsedDays,
    doneHours: canon(done),
    doneAfterDeadlineHours: canon(after),
    notCountedHours: canon(other),
    expectedHours: round2(expected),
    gapHours: gap.toFixed(),
    pace: gap.isZero() ? 'on-track' : gap.isPositive() ? 'ahead' : 'behind',
    completionShare: target.isZero() ? '1' : done.div(target).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(),
    remainingHours: canon(remaining),
    remainingDays,
    remainingMonths: new D(remainingDays).div(MONTH).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(),
    hoursPerRemainingMonth: perMonth === null ? null : round2(perMonth),
    completedOn,
    ...projection,
  };
  return b.label === undefined ? out : { ...out, label: b.label };
}

function project(
  target: Dec,
  done: Dec,
  elapsedDays: number,
  totalDays: number,
  start: CalendarDate,
  completedOn: CalendarDate | null,
): Pick<BucketProgress, 'projectedCompletion' | 'projectedHoursAtDeadline' | 'projectedShortfall'> {
  if (elapsedDays === 0 || done.isZero()) {
    return { projectedCompletion: completedOn, projectedHoursAtDeadline: canon(done), projectedShortfall: canon(target.minus(done)) };
  }
  const atDeadline = done.mul(totalDays).div(elapsedDays);
  const shortfall = D.max(0, target.minus(atDeadline));
  let projectedCompletion = completedOn;
  if (projectedCompletion === null) {
    // Day k (1 = the start) at which the pace reaches the target: k = ceil(target × elapsed ÷ done).
    const k = target.mul(elapsedDays).div(done).ceil().toNumber();
    const last = dayNumber(start) + k - 1;
    projectedCompletion = last <= LAST_DAY ? addDays(start, k - 1) : null;
  }
  return { projectedCompletion, projectedHoursAtDeadline: round2(atDeadline), projectedShortfall: round2(shortfall) };
}

function yearTable(p: InsertionProgramme, asOf: CalendarDate, known: readonly RealisedHours[]): YearProgress[] {
  if (asOf < p.start) return [];
  const first = yearOf(p.start);
  const last = Math.min(yearOf(asOf), yearOf(p.end));
  const rows: YearProgress[] = [];
  for (let year = first; year <= last; year++) {
    const byBucket: Record<string, Dec> = {};
    for (const b of p.buckets) byBucket[b.id] = new D(0);
    let counted = new D(0);
    let other = new D(0);
    for (const e of known) {
      if (yearOf(e.date) !== year) continue;
      if (!isEligiblePublic(e.public)) other = other.plus(e.hours);
      else {
        counted = counted.plus(e.hours);
        byBucket[e.bucket] = (byBucket[e.bucket] ?? new D(0)).plus(e.hours);
      }
    }
    const contracts = (p.contracts ?? []).filter(
      (c) => c.insertionClause && c.nature !== 'works' && c.notification <= asOf && yearOf(c.notification) === year,
    ).length;
    rows.push({
      year,
      hoursByBucket: Object.fromEntries(Object.entries(byBucket).map(([k, v]) => [k, canon(v)])),
      countedHours: canon(counted),
      notCountedHours: canon(other),
      nonWorksContractsWithClause: contracts,
    });
  }
  return rows;
}
