import { AGEC_INFO, evaluateAgecGroup } from './agec.js';
import type { AgecRateTable } from './agec-rates.js';
import { CLEAN_VEHICLES_INFO, evaluateCleanVehiclesGroup } from './clean-vehicles.js';
import { EGALIM_INFO, evaluateEgalimGroup } from './egalim.js';
import { type AgecLine, type CleanVehiclesLine, type EgalimLine, type PurchaseLine, REGIME_IDS, type RegimeId } from './purchase-lines.js';
import type { RegimeInfo, RegimeReport, RegimeResult } from './types.js';

/** Every quota regime clausier computes, by id. */
export const REGIMES: Readonly<Record<RegimeId, RegimeInfo>> = {
  agec: AGEC_INFO,
  egalim: EGALIM_INFO,
  'clean-vehicles': CLEAN_VEHICLES_INFO,
};

/** Options of {@link evaluateRegimes}. */
export interface RegimeOptions {
  /** The minimums of the AGEC categories clausier does not ship (see {@link parseAgecRates}). */
  readonly agecRates?: AgecRateTable;
}

const subjectOf = (l: PurchaseLine): string => (l.regime === 'egalim' ? l.restaurant : l.category);

/**
 * Computes the yearly quota regimes over validated purchase lines (see {@link parsePurchaseLines}): one result per
 * regime, year, buyer and subject (AGEC category, EGalim restaurant, vehicle category), each share compared exactly with
 * the minimum in force for the whole calendar year. Pure; every line is counted in exactly one result.
 *
 * @example
 * ```ts
 * const lines = parsePurchaseLines(JSON.parse(text));
 * if (lines.ok) for (const r of evaluateRegimes(lines.value).results) console.log(r.regime, r.year, r.subject, r.status);
 * ```
 */
export function evaluateRegimes(lines: readonly PurchaseLine[], options: RegimeOptions = {}): RegimeReport {
  const groups = new Map<string, { lines: PurchaseLine[]; indexes: number[] }>();
  lines.forEach((line, i) => {
    const key = [line.regime, line.year, line.buyerId, subjectOf(line)].join('\u0000');
    let g = groups.get(key);
    if (!g) {
      g = { lines: [], indexes: [] };
      groups.set(key, g);
    }
    g.lines.push(line);
    g.indexes.push(i);
  });
  const results: RegimeResult[] = [];
  for (const g of groups.values()) {
    const first = g.lines[0] as PurchaseLine;
    if (first.regime === 'agec') results.push(evaluateAgecGroup({ lines: g.lines as AgecLine[], indexes: g.indexes }, options.agecRates));
    else if (first.regime === 'egalim') results.push(evaluateEgalimGroup({ lines: g.lines as EgalimLine[], indexes: g.indexes }));
    else results.push(evaluateCleanVehiclesGroup({ lines: g.lines as CleanVehiclesLine[], indexes: g.indexes }));
  }
  const order = (r: RegimeId) => REGIME_IDS.indexOf(r);
  results.sort((a, b) => order(a.regime) - order(b.regime) || a.year - b.year || cmp(a.buyerId, b.buyerId) || cmp(a.subject, b.subject));
  const present = REGIME_IDS.filter((id) => results.some((r) => r.regime === id));
  return {
    lines: lines.length,
    regimes: present.map((id) => REGIMES[id]),
    results,
    summary: {
      pass: results.filter((r) => r.status === 'pass').length,
      fail: results.filter((r) => r.status === 'fail').length,
      notApplicable: results.filter((r) => r.status === 'not-applicable').length,
      unknown: results.filter((r) => r.status === 'unknown').length,
    },
  };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
