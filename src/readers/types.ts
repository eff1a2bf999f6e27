import type { Contract } from '../model/contract-schema.js';
import type { ReadProblemCode } from './problem-codes.js';

/** Input formats clausier reads (`eforms`: TED eForms notices, read by `readEformsNotice`, one contract per lot). */
export type InputFormat = 'clausier' | 'decp' | 'decp-v1' | 'decp-csv' | 'ocds' | 'eforms';

/** A data-quality problem found while mapping one record: its defect class, where, what value, why. */
export interface ReadProblem {
  /**
   * The defect class (`placeholder-amount`, `cpv-leading-zero-repaired`, `unmapped-procedure-label`…): stable, to
   * count problems per class; {@link READ_PROBLEM_CODES} says what each means and what the reader does.
   */
  readonly code: ReadProblemCode;
  /** JSON path inside the source record (`$.montant`, `$.titulaires[0].titulaire.id`). */
  readonly path: string;
  /** The offending value, when there is one (truncated to a readable size by the reader). */
  readonly value?: unknown;
  /** Why it is a problem and what was done (`placeholder amount 1.0e17 ignored`). */
  readonly reason: string;
}

/**
 * The result of mapping one source record to clausier's contract model.
 * A record is either mapped (possibly with data-quality problems: the faulty fields are left out, so rules
 * that need them say `unknown`) or rejected with the reason (never silently dropped).
 */
export type ReadResult =
  | {
      /** The record was mapped. */
      readonly ok: true;
      /** The contract, valid by construction. */
      readonly contract: Contract;
      /** Data-quality problems found (faulty fields left out). */
      readonly problems: readonly ReadProblem[];
    }
  | {
      /** The record was rejected. */
      readonly ok: false;
      /** Why it cannot be a contract. */
      readonly reason: string;
      /** Data-quality problems found. */
      readonly problems: readonly ReadProblem[];
    };

/** Maps records of one format to contracts. Pure: no I/O. */
export interface RecordReader {
  /** The format read. */
  readonly format: InputFormat;
  /** Maps one record (already JSON-parsed). Never throws. */
  read(record: unknown): ReadResult;
}
