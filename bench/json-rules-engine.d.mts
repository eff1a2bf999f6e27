/** The rules expressed in json-rules-engine. */
export const JRE_RULE_IDS: readonly string[];
/** An engine holding them. */
export function createEngine(): unknown;
/** 0 pass, 1 fail, 2 nothing fired, per contract and rule. */
export function jreStatuses(engine: unknown, contracts: readonly unknown[], out: Uint8Array): Promise<Uint8Array>;
