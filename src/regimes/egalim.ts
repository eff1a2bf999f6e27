import { source } from '../law/sources.js';
import { jsonPath } from '../model/validation.js';
import { measure, overallStatus, parameterMinimum, sum } from './measure.js';
import type { EgalimLine } from './purchase-lines.js';
import type { RegimeInfo, RegimeResult } from './types.js';

const CODE_RURAL_URL = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006071367';

/** EGalim (Code rural L230-5-1): what it is, for the reports. */
export const EGALIM_INFO: RegimeInfo = {
  id: 'egalim',
  label: {
    fr: 'EGalim — restauration collective publique (Code rural L230-5-1)',
    en: 'EGalim — public collective catering (Code rural L230-5-1)',
  },
  description: {
    fr: 'Dans chaque restaurant collectif dont une personne publique a la charge, les produits durables et de qualité représentent au moins 50 % de la valeur HT des achats de denrées de l’année civile, dont au moins 20 % de produits biologiques (ou en conversion), à partir du 1er janvier 2022 ; à partir du 1er janvier 2024, au moins 60 % des viandes et poissons sont durables et de qualité (R230-30-1 : parts calculées par restaurant et par année civile sur les achats HT). Les lignes déclarent le restaurant, qui est réputé relever de la restauration collective publique.',
    en: 'In each collective restaurant a public person is in charge of, sustainable and quality products make up at least 50 % of the excluding-tax value of the calendar year’s food purchases, of which at least 20 % organic (or in conversion), from 1 January 2022; from 1 January 2024, at least 60 % of meat and fish is sustainable and of quality (R230-30-1: shares per restaurant and calendar year, on purchases excluding tax). The lines name the restaurant, which is taken to be public collective catering.',
  },
  legalBasis: [
    source('Code rural et de la pêche maritime', 'L230-5-1', CODE_RURAL_URL),
    source('Code rural et de la pêche maritime', 'R230-30-1', CODE_RURAL_URL),
  ],
  parameters: ['egalim.sustainableQuality.minShare', 'egalim.organic.minShare', 'egalim.meatFish.sustainableQuality.minShare'],
};

/** One group of EGalim lines: one buyer, year and restaurant. */
export interface EgalimGroup {
  /** The lines. */
  readonly lines: readonly EgalimLine[];
  /** Their zero-based indexes in the input. */
  readonly indexes: readonly number[];
}

type Field = 'sustainableQualityExclTax' | 'organicExclTax';

function part(lines: readonly EgalimLine[], indexes: readonly number[], field: Field): { value: string | null; missing: string[] } {
  const missing: string[] = [];
  lines.forEach((l, k) => {
    if (l[field] === undefined) missing.push(jsonPath([indexes[k] as number, field]));
  });
  return missing.length > 0 ? { value: null, missing } : { value: sum(lines.map((l) => l[field] as string)), missing };
}

/** Evaluates one restaurant's food purchases of one year against the EGalim minimums. Pure. */
export function evaluateEgalimGroup(group: EgalimGroup): RegimeResult {
  const first = group.lines[0] as EgalimLine;
  const { year } = first;
  const kind = group.lines.find((l) => l.buyerKind !== undefined)?.buyerKind;
  const name = group.lines.find((l) => l.buyerName !== undefined)?.buyerName;
  const whole = sum(group.lines.map((l) => l.amountExclTax));
  const quality = part(group.lines, group.indexes, 'sustainableQualityExclTax');
  const organic = part(group.lines, group.indexes, 'organicExclTax');
  const measures = [
    measure({
      id: 'sustainable-quality',
      label: { fr: 'Produits durables et de qualité (toutes denrées)', en: 'Sustainable and quality products (all food)' },
      numerator: quality.value,
      denominator: whole,
      missing: quality.missing,
      minimum: parameterMinimum('egalim.sustainableQuality.minShare', year),
      unit: 'eur',
    }),
    measure({
      id: 'organic',
      label: { fr: 'Produits biologiques (toutes denrées)', en: 'Organic products (all food)' },
      numerator: organic.value,
      denominator: whole,
      missing: organic.missing,
      minimum: parameterMinimum('egalim.organic.minShare', year),
      unit: 'eur',
    }),
  ];
  const meatMinimum = parameterMinimum('egalim.meatFish.sustainableQuality.minShare', year);
  const meatLabel = { fr: 'Viandes et poissons durables et de qualité', en: 'Sustainable and quality meat and fish' };
  const meatIdx: number[] = [];
  const meatLines = group.lines.filter((l, k) => l.category === 'meat-fish' && meatIdx.push(group.indexes[k] as number) > 0);
  if (meatLines.length === 0 && meatMinimum.value !== null && meatMinimum.value > 0) {
    measures.push({
      id: 'meat-fish',
      label: meatLabel,
      status: 'unknown',
      numerator: null,
      denominator: null,
      share: null,
      minimum: meatMinimum.value,
      minimumSource: meatMinimum.source,
      confidence: meatMinimum.source.kind === 'parameter' ? meatMinimum.source.parameter.confidence : 'confirmed',
      missing: [],
      message: {
        fr: 'Aucune ligne « meat-fish » pour ce restaurant : donner les achats de viandes et poissons sur des lignes de catégorie meat-fish (montant 0 s’il n’en achète pas).',
        en: 'No "meat-fish" line for this restaurant: give meat and fish purchases on lines of category meat-fish (amount 0 when it buys none).',
      },
    });
  } else if (meatLines.length > 0 || meatMinimum.value === 0) {
    const meatQuality = part(meatLines, meatIdx, 'sustainableQualityExclTax');
    measures.push(
      measure({
        id: 'meat-fish',
        label: meatLabel,
        numerator: meatQuality.value,
        denominator: sum(meatLines.map((l) => l.amountExclTax)),
        missing: meatQuality.missing,
        minimum: meatMinimum,
        unit: 'eur',
      }),
    );
  } else {
    measures.push(
      measure({ id: 'meat-fish', label: meatLabel, numerator: null, denominator: '0', missing: [], minimum: meatMinimum, unit: 'eur' }),
    );
  }
  return {
    regime: 'egalim',
    year,
    buyerId: first.buyerId,
    ...(name === undefined ? {} : { buyerName: name }),
    ...(kind === undefined ? {} : { buyerKind: kind }),
    subject: first.restaurant,
    lines: group.indexes,
    status: overallStatus(measures),
    scope: {
      fr: 'Restaurant collectif dont une personne publique a la charge (déclaré par les lignes) : lié par L230-5-1.',
      en: 'Collective restaurant a public person is in charge of (as the lines declare): bound by L230-5-1.',
    },
    missing: [],
    measures,
  };
}
