import type { PreparedEvaluation } from '../engine/evaluate.js';
import type { MappedRecord } from '../readers/stream.js';
import { type DigestLog, DuplicateFinder } from './duplicates.js';
import { addDuplicate, addProblems, addRejection, addToTally, fileTally, type PortfolioTally, type Rejection } from './tally.js';

/** Options of {@link RecordTallier}. */
export interface RecordTallierOptions {
  /** Name of the input file, for the per-file accounts; omitted for a single unnamed input. */
  readonly file?: string;
  /** Look for exact duplicates and shared identifiers (default `true`). */
  readonly duplicates?: boolean;
  /** Called with every rejection, in input order (the tally keeps only the first ones): e.g. to write them all to a file. */
  readonly onRejection?: (rejection: Rejection) => void;
  /** Where to log the digests of every mapped record (parts of a file read apart, checked across parts afterwards). */
  readonly digestLog?: DigestLog;
}

/**
 * Counts the records of one input file into a tally, in input order: every record is evaluated, rejected with its
 * reason, or dropped as an exact duplicate of an earlier record of the file (its content, once parsed, is the same);
 * the data-quality problems of every record read are counted per defect class; identifiers carried by several
 * records are reported. Call {@link RecordTallier.finish} when the file has been read.
 *
 * @example
 * ```ts
 * const tally = createTally({ by: ['year'] });
 * const tallier = new RecordTallier(tally, prepareEvaluation(), { file: 'decp.json' });
 * for await (const batch of streamRecordBatches(createReadStream('decp.json')))
 *   for (const r of batch) tallier.add(r, mapRecord(r, decpV2Reader));
 * tallier.finish();
 * ```
 */
export class RecordTallier {
  private readonly finder: DuplicateFinder | undefined;
  private readonly file: string | undefined;
  private readonly onRejection: ((rejection: Rejection) => void) | undefined;
  private readonly digestLog: DigestLog | undefined;

  constructor(
    private readonly tally: PortfolioTally,
    private readonly evaluate: PreparedEvaluation,
    options: RecordTallierOptions = {},
  ) {
    this.file = options.file;
    this.finder = options.duplicates === false ? undefined : new DuplicateFinder(options.file);
    this.onRejection = options.onRejection;
    this.digestLog = options.digestLog;
    fileTally(tally, options.file);
  }

  /**
   * Counts one record. `source` is what was read (the parsed record, `{ record }`, or `{ error }` when it could not
   * be parsed), `mapped` what the reader made of it.
   */
  add(source: { readonly record: unknown } | { readonly error: string }, mapped: MappedRecord): void {
    const t = this.tally;
    const file = this.file;
    if (!mapped.ok) {
      addRejection(t, mapped.index, mapped.reason, mapped.problems, file);
      if (this.onRejection) {
        this.onRejection(
          file === undefined ? { index: mapped.index, reason: mapped.reason } : { file, index: mapped.index, reason: mapped.reason },
        );
      }
      return;
    }
    if (mapped.problems.length > 0) {
      addProblems(
        t,
        file === undefined
          ? { index: mapped.index, contract: mapped.contract.id, problems: mapped.problems }
          : { file, index: mapped.index, contract: mapped.contract.id, problems: mapped.problems },
      );
    }
    if (this.finder && 'record' in source) {
      const first = this.finder.see(source.record, mapped.contract.id, mapped.index);
      if (this.digestLog) {
        const d = this.finder.lastDigests;
        this.digestLog.add(d.record, d.id, mapped.index, first < 0);
      }
      if (first >= 0) {
        addDuplicate(t, mapped.index, first, file);
        return;
      }
    }
    addToTally(t, mapped.contract, this.evaluate(mapped.contract), file);
  }

  /** Ends the file: its shared identifiers go into the tally. */
  finish(): void {
    if (this.finder) fileTally(this.tally, this.file).sharedIds = this.finder.sharedIds();
  }
}
