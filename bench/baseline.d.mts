/** Rule ids of the baseline, in the order of clausier's RULES. */
export const BASELINE_RULE_IDS: readonly string[];
/** Number of rules. */
export const RULE_COUNT: number;
/** Status names by code (0 pass, 1 fail, 2 not-applicable, 3 unknown). */
export const STATUS_NAMES: readonly string[];
/** Writes every rule's status code for every contract into `out`, contract-major. */
export function baselineStatuses(contracts: readonly unknown[], asOf: string, out: Uint8Array): Uint8Array;
/** A 32-bit FNV-1a fingerprint of a status array. */
export function fingerprint(statuses: Uint8Array): string;
/** The code of a status. */
export function statusCode(status: string): number;
/** date-fns addMonths on a YYYY-MM-DD string: same day, clamped to the month's end. */
export function addMonths(date: string, months: number): string;
