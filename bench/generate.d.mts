/** `n` seeded contract inputs in clausier's format. */
export function generateContracts(n: number, seed?: number): Record<string, unknown>[];
/** Writes `n` DECP 2024 records, one per line. */
export function writeDecpNdjson(file: string, n: number, seed?: number): Promise<string>;
/** Writes the same `n` records in clausier's format, one per line. */
export function writeClausierNdjson(file: string, n: number, seed?: number): Promise<string>;
/** Where generated files go (git-ignored). */
export const OUT_DIR: string;
