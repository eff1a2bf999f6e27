/** Helpers shared by the parameter families: one dated value, one definition. */
import { FACT_SHEET_VERIFIED_ON } from '../sources.js';
import type { Confidence, DatedValue, LegalSource, ParameterDefinition, ParameterValue } from '../types.js';

/** One dated value, checked against its sources on the fact sheet's verification date. */
export const dv = <T extends ParameterValue>(
  value: T,
  from: string,
  to: string | null,
  sources: LegalSource[],
  confidence: Confidence = 'confirmed',
  note?: string,
): DatedValue<T> =>
  note === undefined
    ? { value, from, to, sources, confidence, verifiedOn: FACT_SHEET_VERIFIED_ON }
    : { value, from, to, sources, confidence, verifiedOn: FACT_SHEET_VERIFIED_ON, note };

/** A parameter definition (typed identity: keeps the literal types of the family records). */
export const def = <T extends ParameterValue>(p: ParameterDefinition<T>): ParameterDefinition<T> => p;
