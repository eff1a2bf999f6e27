import { addSums, type ExactSum } from './exact-sum.js';
import { INDICATORS } from './indicators.js';
import type { IndicatorCounts, PortfolioTally } from './tally.js';

// Parts of one input file tallied apart (worker threads reading byte ranges) count their records from 0: once the
// number of records before each part is known, their indexes are shifted, and the evaluations of records that turn out
// to repeat a record of an earlier part are taken back out.

const shift = <T extends { readonly file?: string; readonly index: number }>(
  list: readonly T[],
  file: string | undefined,
  offset: number,
): T[] => list.map((x) => (x.file === file ? { ...x, index: x.index + offset } : x));

/** Adds `offset` to every record index the tally keeps for input `file`, in place. */
export function shiftIndexes(t: PortfolioTally, file: string | undefined, offset: number): void {
  if (offset === 0) return;
  t.rejections = shift(t.rejections, file, offset);
  t.problemSamples = shift(t.problemSamples, file, offset);
  const f = t.files.get(file ?? '');
  if (!f) return;
  for (const d of [...f.defects.values(), ...f.rejections.values()]) d.samples = d.samples.map((i) => i + offset);
  f.duplicateSamples = f.duplicateSamples.map((d) => ({ ...d, index: d.index + offset, first: d.first + offset }));
  f.sharedIds = { ...f.sharedIds, samples: shift(f.sharedIds.samples, file, offset) };
}

const minus = (a: ExactSum, b: ExactSum): ExactSum => addSums(a, { units: -b.units, scale: b.scale });

/**
 * Takes out of `t`, in place, the evaluations counted in `sub` (a tally of the same options over some of the same
 * records): contracts, groups, indicator counts and sums, verdicts per rule, evaluated per file. Data quality and
 * rejections are left as they are; so are the notification dates (the records taken out repeat records still counted).
 */
export function subtractEvaluations(t: PortfolioTally, sub: PortfolioTally): void {
  t.evaluated -= sub.evaluated;
  for (const [id, g] of sub.groups) {
    const mine = t.groups.get(id);
    if (!mine) throw new Error(`subtractEvaluations: group ${id} is not in the tally`);
    mine.contracts -= g.contracts;
    mine.amount = minus(mine.amount, g.amount);
    for (const i of INDICATORS) {
      const x = mine.counts[i.id];
      const y: IndicatorCounts = g.counts[i.id];
      x.yes -= y.yes;
      x.no -= y.no;
      x.unknown -= y.unknown;
      x.yesAmount = minus(x.yesAmount, y.yesAmount);
      x.noAmount = minus(x.noAmount, y.noAmount);
      x.amountMissing -= y.amountMissing;
    }
    if (mine.contracts === 0) t.groups.delete(id);
  }
  for (const [rule, r] of sub.rules) {
    const mine = t.rules.get(rule);
    if (!mine) throw new Error(`subtractEvaluations: rule ${rule} is not in the tally`);
    mine.pass -= r.pass;
    mine.fail -= r.fail;
    mine.notApplicable -= r.notApplicable;
    mine.unknown -= r.unknown;
    for (const [reason, n] of r.unknownReasons) {
      const left = (mine.unknownReasons.get(reason) ?? 0) - n;
      if (left > 0) mine.unknownReasons.set(reason, left);
      else mine.unknownReasons.delete(reason);
    }
    if (mine.pass + mine.fail + mine.notApplicable + mine.unknown === 0) t.rules.delete(rule);
  }
  for (const [name, f] of sub.files) {
    const mine = t.files.get(name);
    if (mine) mine.evaluated -= f.evaluated;
  }
}
