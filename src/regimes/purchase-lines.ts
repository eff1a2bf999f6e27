import * as z from 'zod';
import type { BuyerKind, Loosen } from '../model/contract.js';
import { BUYER_KINDS } from '../model/contract-schema.js';
import { localized } from '../model/localized.js';
import { compareMoney, type Money, parseMoney } from '../model/money.js';
import { CONTRACT_MESSAGES } from '../model/schema-messages.js';
import { type InputProblem, jsonPath, type ParseResult, toInputProblem } from '../model/validation.js';

/** The yearly quota regimes clausier computes over purchase lines. */
export const REGIME_IDS = ['agec', 'egalim', 'clean-vehicles'] as const;
/** A yearly quota regime: AGEC art. 58, EGalim (Code rural L230-5-1) or clean vehicles (C. env. L224-7 ff.). */
export type RegimeId = (typeof REGIME_IDS)[number];

/** EGalim line categories: meat and fish (their own 60 % minimum from 2024) or any other food. */
export const EGALIM_CATEGORIES = ['meat-fish', 'other'] as const;
/** EGalim line category. */
export type EgalimCategory = (typeof EGALIM_CATEGORIES)[number];

/** Fields every purchase line has. */
interface LineBase {
  /** Calendar year of the spending (or of the vehicle renewals). */
  year: number;
  /** Identifier of the buyer (e.g. its SIRET): results are given per buyer. */
  buyerId: string;
  /** Name of the buyer. */
  buyerName?: string;
  /** Kind of buyer: it decides whether AGEC applies and which clean-vehicle minimum. */
  buyerKind?: BuyerKind;
  /** Free note of the caller (an order number, a supplier), carried along and never read. */
  note?: string;
}

/**
 * AGEC art. 58 line: the year's spending (€ HT) on one product category, with the part of it on goods from re-use or
 * re-employment and the part on goods with recycled content (décret n° 2024-134; décret n° 2021-254 before 1 July 2024).
 */
export interface AgecLine extends LineBase {
  /** The regime. */
  regime: 'agec';
  /** Product category: `textiles` (shipped minimums), or an id of the caller's rates file. */
  category: string;
  /** Spending on the category (€ HT, canonical decimal). */
  amountExclTax: Money;
  /** Of which goods from re-use or re-employment (€ HT). */
  reuseExclTax?: Money;
  /** Of which goods with recycled content (€ HT). */
  recycledExclTax?: Money;
}

/**
 * EGalim line: one restaurant's food purchases of the year (€ HT) in one category, with the part that is sustainable and
 * of quality (L230-5-1 Code rural: labels, SIQO, HVE…, organic included) and the part that is organic.
 */
export interface EgalimLine extends LineBase {
  /** The regime. */
  regime: 'egalim';
  /** Restaurant (or central kitchen) the purchases are for: results are given per restaurant. */
  restaurant: string;
  /** `meat-fish` for meat and fish, `other` for any other food. */
  category: EgalimCategory;
  /** Food purchases (€ HT). */
  amountExclTax: Money;
  /** Of which sustainable and quality products, organic included (€ HT). */
  sustainableQualityExclTax?: Money;
  /** Of which organic or in conversion (€ HT). */
  organicExclTax?: Money;
}

/**
 * Clean-vehicles line: the vehicles a buyer bought or leased in the year to renew its fleet, with how many are
 * low-emission (C. env. L224-7 ff.).
 */
export interface CleanVehiclesLine extends LineBase {
  /** The regime. */
  regime: 'clean-vehicles';
  /** Vehicle category: `light` (≤ 3.5 t, the minimums clausier ships); other categories are reported without a minimum. */
  category: string;
  /** Vehicles bought or leased in the year's renewals. */
  vehicles: number;
  /** Of which low-emission vehicles, as C. env. L224-7 ff. and their decrees define them. */
  lowEmissionVehicles?: number;
  /** Size of the buyer's fleet of that category (the minimums bind fleets of more than 20 vehicles). */
  fleetSize?: number;
}

/** One validated purchase line of a quota regime. */
export type PurchaseLine = AgecLine | EgalimLine | CleanVehiclesLine;

/** A purchase line as accepted on input: amounts as decimal strings or numbers. */
export type PurchaseLineInput = Loosen<AgecLine> | Loosen<EgalimLine> | Loosen<CleanVehiclesLine>;

// Built on first use, not at import.
function buildSchema() {
  const money = z
    .union([z.string(), z.number()], { error: CONTRACT_MESSAGES.money })
    .transform((v, ctx) => {
      const r = parseMoney(v);
      if (r.ok) return r.value;
      ctx.addIssue({ code: 'custom', message: CONTRACT_MESSAGES[`money-${r.error}`], input: v });
      return z.NEVER;
    })
    .meta({ description: 'Amount in euros excluding tax: a decimal string ("1250.50") or a number. Never negative.' });
  const count = (description: string) => z.int().min(0).meta({ description });
  const base = {
    year: z.int().min(2000).max(2100).meta({ description: 'Calendar year of the spending (or of the renewals).' }),
    buyerId: z
      .string({ error: CONTRACT_MESSAGES.id })
      .min(1, { error: CONTRACT_MESSAGES.id })
      .meta({ description: 'Identifier of the buyer (e.g. its SIRET): results are given per buyer.' }),
    buyerName: z.string().optional().meta({ description: 'Name of the buyer.' }),
    buyerKind: z
      .enum(BUYER_KINDS)
      .optional()
      .meta({ description: 'Kind of buyer: decides whether AGEC applies and which clean-vehicle minimum.' }),
    note: z.string().optional().meta({ description: 'Free note, carried along and never read.' }),
  };
  const agec = z
    .strictObject({
      regime: z.literal('agec'),
      ...base,
      category: z
        .string()
        .min(1)
        .meta({ description: 'Product category: "textiles" (shipped minimums) or an id of the caller’s AGEC rates file.' }),
      amountExclTax: money.meta({ description: 'Spending on the category in the year (€ HT).' }),
      reuseExclTax: money.optional().meta({ description: 'Of which goods from re-use or re-employment (€ HT).' }),
      recycledExclTax: money.optional().meta({ description: 'Of which goods with recycled content (€ HT).' }),
    })
    .meta({ description: 'AGEC art. 58 (loi n° 2020-105): spending on one product category in a calendar year.' });
  const egalim = z
    .strictObject({
      regime: z.literal('egalim'),
      ...base,
      restaurant: z.string().min(1).meta({ description: 'Restaurant or central kitchen: results are given per restaurant.' }),
      category: z.enum(EGALIM_CATEGORIES).meta({ description: '"meat-fish" for meat and fish, "other" for any other food.' }),
      amountExclTax: money.meta({ description: 'Food purchases in the year (€ HT).' }),
      sustainableQualityExclTax: money
        .optional()
        .meta({ description: 'Of which sustainable and quality products (L230-5-1 Code rural), organic included (€ HT).' }),
      organicExclTax: money.optional().meta({ description: 'Of which organic products or products in conversion (€ HT).' }),
    })
    .meta({ description: 'EGalim (Code rural L230-5-1): one restaurant’s food purchases in one category in a calendar year.' });
  const vehicles = z
    .strictObject({
      regime: z.literal('clean-vehicles'),
      ...base,
      category: z.string().min(1).meta({ description: '"light" for vehicles of 3.5 t or less; other categories have no shipped minimum.' }),
      vehicles: count('Vehicles bought or leased in the year’s fleet renewals.'),
      lowEmissionVehicles: count('Of which low-emission vehicles.').optional(),
      fleetSize: count('Size of the buyer’s fleet of that category (the minimums bind fleets of more than 20).').optional(),
    })
    .meta({ description: 'Clean vehicles (C. env. L224-7 ff.): one buyer’s fleet renewals in a calendar year.' });
  return z
    .array(z.discriminatedUnion('regime', [agec, egalim, vehicles], { error: 'clausier:regime' }))
    .meta({ title: 'clausier purchase lines', description: 'Purchase lines of the yearly quota regimes (AGEC, EGalim, clean vehicles).' });
}

let built: ReturnType<typeof buildSchema> | undefined;
/** The zod schema of a list of purchase lines, built on first call. */
export function purchaseLinesSchema(): ReturnType<typeof buildSchema> {
  built ??= buildSchema();
  return built;
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const outputMatches: Same<z.output<ReturnType<typeof buildSchema>>, PurchaseLine[]> = true;
const inputMatches: Same<z.input<ReturnType<typeof buildSchema>>, PurchaseLineInput[]> = true;
void outputMatches;
void inputMatches;

/** The JSON Schema (draft 2020-12) of a purchase-lines file, for systems not written in TypeScript. */
export function purchaseLinesJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(purchaseLinesSchema(), { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://unpkg.com/clausier/schema/purchase-lines.schema.json' };
}

const CUSTOM: Record<string, [code: string, fr: string, en: string]> = {
  'clausier:regime': [
    'regime',
    'régime attendu : "agec", "egalim" ou "clean-vehicles"',
    'expected a regime: "agec", "egalim" or "clean-vehicles"',
  ],
};

const problem = (path: string, code: string, fr: string, en: string): InputProblem => ({ path, code, message: localized(fr, en) });

/**
 * Validates purchase lines (parsed JSON: an array of lines). Never throws: every problem has its JSON path
 * (`$[3].organicExclTax`) and a French and English message.
 *
 * Besides the shape, it refuses what a quota must not guess about: a part larger than its whole (organic above
 * sustainable and quality, re-used above the spending, low-emission vehicles above the vehicles renewed) and a buyer
 * given two different kinds.
 */
export function parsePurchaseLines(input: unknown): ParseResult<PurchaseLine[]> {
  const r = purchaseLinesSchema().safeParse(input, { reportInput: true });
  if (!r.success) {
    return {
      ok: false,
      problems: r.error.issues.map((issue) => {
        const custom = CUSTOM[issue.message];
        const base = toInputProblem(issue);
        return custom ? problem(base.path, custom[0], custom[1], custom[2]) : base;
      }),
    };
  }
  const problems = checkConsistency(r.data);
  return problems.length === 0 ? { ok: true, value: r.data } : { ok: false, problems };
}

const above = (part: Money | undefined, whole: Money | undefined): boolean =>
  part !== undefined && whole !== undefined && compareMoney(part, whole) > 0;

function checkConsistency(lines: readonly PurchaseLine[]): InputProblem[] {
  const out: InputProblem[] = [];
  const kinds = new Map<string, { kind: BuyerKind; index: number }>();
  lines.forEach((line, i) => {
    const at = (field: string) => jsonPath([i, field]);
    if (line.regime === 'agec') {
      for (const f of ['reuseExclTax', 'recycledExclTax'] as const) {
        if (above(line[f], line.amountExclTax)) {
          out.push(
            problem(
              at(f),
              'part-above-whole',
              'montant supérieur à la dépense de la ligne (amountExclTax)',
              'amount above the line’s spending (amountExclTax)',
            ),
          );
        }
      }
    } else if (line.regime === 'egalim') {
      if (above(line.sustainableQualityExclTax, line.amountExclTax)) {
        out.push(
          problem(
            at('sustainableQualityExclTax'),
            'part-above-whole',
            'montant supérieur aux achats de la ligne (amountExclTax)',
            'amount above the line’s purchases (amountExclTax)',
          ),
        );
      }
      if (above(line.organicExclTax, line.sustainableQualityExclTax ?? line.amountExclTax)) {
        out.push(
          problem(
            at('organicExclTax'),
            'part-above-whole',
            'les produits biologiques font partie des produits durables et de qualité : montant supérieur à sustainableQualityExclTax (ou aux achats)',
            'organic products are part of the sustainable and quality products: amount above sustainableQualityExclTax (or the purchases)',
          ),
        );
      }
    } else if (line.lowEmissionVehicles !== undefined && line.lowEmissionVehicles > line.vehicles) {
      out.push(
        problem(
          at('lowEmissionVehicles'),
          'part-above-whole',
          'plus de véhicules à faibles émissions que de véhicules renouvelés',
          'more low-emission vehicles than vehicles renewed',
        ),
      );
    }
    if (line.buyerKind !== undefined) {
      const seen = kinds.get(line.buyerId);
      if (seen === undefined) kinds.set(line.buyerId, { kind: line.buyerKind, index: i });
      else if (seen.kind !== line.buyerKind) {
        out.push(
          problem(
            at('buyerKind'),
            'contradiction',
            `l’acheteur ${line.buyerId} est déclaré "${seen.kind}" à la ligne $[${seen.index}] et "${line.buyerKind}" ici`,
            `buyer ${line.buyerId} is declared "${seen.kind}" at $[${seen.index}] and "${line.buyerKind}" here`,
          ),
        );
      }
    }
  });
  return out;
}
