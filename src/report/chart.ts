import type { Locale } from '../model/localized.js';
import type { IndicatorResult } from '../portfolio/summary.js';
import { formatRate } from './text.js';

/** One bar of a chart: a year (or the whole portfolio) with its value and target. */
export interface ChartPoint {
  /** The bar's label (`2026`, `inconnu`…). */
  readonly label: string;
  /** The value: a rate (0–1) or a count; `null` when there is none. */
  readonly value: number | null;
  /** The target for that bar, if any. */
  readonly target: number | null;
}

/** What a chart plots: rates, or counts when the targets bound counts. */
export type ChartMode = 'rate' | 'count';

/**
 * The bars of one indicator: one per notification year (summing the groups of that year when the portfolio is
 * grouped by more than the year), or a single bar for the whole portfolio when it is not grouped by year.
 */
export function chartPoints(rows: readonly IndicatorResult[], unknownLabel: string): { mode: ChartMode; points: ChartPoint[] } {
  const mode: ChartMode = rows.some((r) => r.targetKind === 'count') ? 'count' : 'rate';
  const byYear = new Map<string, { num: number; den: number; target: number | null }>();
  const yearRows = rows.filter((r) => r.group.year !== undefined);
  if (yearRows.length === 0) {
    const whole = rows.find((r) => Object.keys(r.group).length === 0);
    if (!whole) return { mode, points: [] };
    return { mode, points: [{ label: '', value: mode === 'rate' ? whole.rate : whole.numerator, target: null }] };
  }
  for (const r of yearRows) {
    const key = String(r.group.year);
    const e = byYear.get(key) ?? { num: 0, den: 0, target: null };
    e.num += r.numerator;
    e.den += r.denominator;
    if (e.target === null && r.targetKind === mode && typeof r.target === 'number') e.target = r.target;
    byYear.set(key, e);
  }
  const keys = [...byYear.keys()].sort((a, b) => (a === 'unknown' ? 1 : b === 'unknown' ? -1 : Number(a) - Number(b)));
  return {
    mode,
    points: keys.map((k) => {
      const e = byYear.get(k) as { num: number; den: number; target: number | null };
      const value = mode === 'rate' ? (e.den === 0 ? null : e.num / e.den) : e.num;
      return { label: k === 'unknown' ? unknownLabel : k, value, target: e.target };
    }),
  };
}

const W = 420;
const H = 220;
const M = { top: 16, right: 12, bottom: 28, left: 40 };

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An inline SVG bar chart (no script, no external resource) with the target drawn as a dashed line. */
export function barChartSvg(
  title: string,
  data: { mode: ChartMode; points: readonly ChartPoint[] },
  locale: Locale,
  targetLabel: string,
): string {
  const { mode, points } = data;
  const max = mode === 'rate' ? 1 : Math.max(1, ...points.map((p) => p.value ?? 0), ...points.map((p) => p.target ?? 0)) * 1.15;
  const iw = W - M.left - M.right;
  const ih = H - M.top - M.bottom;
  const y = (v: number) => M.top + ih - (v / max) * ih;
  const n = Math.max(points.length, 1);
  const slot = iw / n;
  const bw = Math.min(48, slot * 0.6);
  const parts: string[] = [];
  const ticks = mode === 'rate' ? [0, 0.25, 0.5, 0.75, 1] : niceTicks(max);
  for (const v of ticks) {
    const yy = y(v).toFixed(1);
    parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${yy}" y2="${yy}" class="grid"/>`);
    const label = mode === 'rate' ? `${Math.round(v * 100)}${locale === 'fr' ? ' %' : '%'}` : String(v);
    parts.push(`<text x="${M.left - 4}" y="${yy}" class="tick" text-anchor="end" dominant-baseline="middle">${label}</text>`);
  }
  points.forEach((p, i) => {
    const cx = M.left + slot * i + slot / 2;
    const v = p.value ?? 0;
    const top = y(v);
    const valueText = p.value === null ? '—' : mode === 'rate' ? formatRate(p.value, locale) : String(p.value);
    parts.push(
      `<rect class="bar${p.target !== null && p.value !== null && p.value < p.target ? ' missed' : ''}" x="${(cx - bw / 2).toFixed(1)}" y="${top.toFixed(1)}" width="${bw.toFixed(1)}" height="${Math.max(0, M.top + ih - top).toFixed(1)}"><title>${esc(`${p.label} : ${valueText}`)}</title></rect>`,
    );
    parts.push(`<text x="${cx.toFixed(1)}" y="${(top - 4).toFixed(1)}" class="value" text-anchor="middle">${esc(valueText)}</text>`);
    parts.push(`<text x="${cx.toFixed(1)}" y="${H - 10}" class="tick" text-anchor="middle">${esc(p.label)}</text>`);
    if (p.target !== null) {
      const ty = y(p.target).toFixed(1);
      parts.push(
        `<line class="target" x1="${(cx - slot / 2 + 2).toFixed(1)}" x2="${(cx + slot / 2 - 2).toFixed(1)}" y1="${ty}" y2="${ty}"><title>${esc(`${targetLabel} ${p.label} : ${mode === 'rate' ? formatRate(p.target, locale) : p.target}`)}</title></line>`,
      );
    }
  });
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(title)}">${parts.join('')}</svg>`;
}

function niceTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 4));
  const out: number[] = [];
  for (let v = 0; v <= max; v += step) out.push(v);
  return out;
}
