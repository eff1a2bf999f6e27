/**
 * The CPV codes of the social and other specific services of Annex XIV of Directive 2014/24/EU (services referred to
 * in its Article 74), which the Code de la commande publique takes over in the notice annexed to it (R2123-1 3°,
 * L2113-15): their own EU threshold applies (750 000 € HT; 1 000 000 € HT for contracting entities).
 *
 * As the directive's recitals say, a reference to a CPV position does not bring its subordinate codes with it: only the
 * codes listed, and the codes between the two ends of a range (in CPV order, ends included), are in the annex.
 *
 * Transcribed from the annex as published in the Official Journal (OJ L 94, 28.3.2014, p. 65). The full list could not be
 * read again in a public copy while writing this; its overlap with the CPV list of the Commission's eForms business rule
 * BR-0075 (services of Article 77, a subset of this annex) was checked. Hence `confidence: 'unconfirmed'`.
 */
import type { Confidence, LegalSource } from './types.js';

/** One line of the annex: a single code or a range of codes (8 digits, without the check digit), with its heading. */
export interface AnnexXivEntry {
  /** First code (8 digits). */
  readonly from: string;
  /** Last code (8 digits); the same as `from` for a single code. */
  readonly to: string;
  /** The heading of the annex the code is listed under. */
  readonly heading: string;
}

/** Where the list comes from. */
export const ANNEX_XIV_SOURCE: LegalSource = {
  code: 'Directive 2014/24/UE',
  article: 'annexe XIV (services visés à l’article 74)',
  url: 'https://eur-lex.europa.eu/eli/dir/2014/24/oj',
};

/** How sure the transcription is: not re-read in the official text (see above). */
export const ANNEX_XIV_CONFIDENCE: Confidence = 'unconfirmed';
const HEADINGS = [
  'Health, social and related services',
  'Administrative social, educational, healthcare and cultural services',
  'Compulsory social security services',
  'Benefit services',
  'Other community, social and personal services',
  'Religious services',
  'Hotel and restaurant services',
  'Legal services (to the extent not excluded by Article 10 d)',
  'Other administrative services and government services',
  'Provision of services to the community',
  'Prison related services, public security and rescue services (to the extent not excluded by Article 10 h)',
  'Investigation and security services',
  'International services',
  'Postal services',
  'Miscellaneous services',
] as const;

// [from, to, heading index]: the annex line by line, in its order (the Official Journal prints 79430000-7 as
// “794300000-7”, a typing slip; the Crisis management services code is meant).
const LINES: ReadonlyArray<readonly [string, string, number]> = [
  ['75200000', '75200000', 0],
  ['75231200', '75231200', 0],
  ['75231240', '75231240', 0],
  ['79611000', '79611000', 0],
  ['79622000', '79622000', 0],
  ['79624000', '79624000', 0],
  ['79625000', '79625000', 0],
  ['85000000', '85323000', 0],
  ['98133100', '98133100', 0],
  ['98133000', '98133000', 0],
  ['98200000', '98200000', 0],
  ['98500000', '98500000', 0],
  ['98513000', '98514000', 0],
  ['85321000', '85321000', 1],
  ['85322000', '85322000', 1],
  ['75000000', '75000000', 1],
  ['75121000', '75121000', 1],
  ['75122000', '75122000', 1],
  ['75124000', '75124000', 1],
  ['79995000', '79995200', 1],
  ['80000000', '80660000', 1],
  ['92000000', '92700000', 1],
  ['79950000', '79950000', 1],
  ['79951000', '79951000', 1],
  ['79952000', '79952000', 1],
  ['79952100', '79952100', 1],
  ['79953000', '79953000', 1],
  ['79954000', '79954000', 1],
  ['79955000', '79955000', 1],
  ['79956000', '79956000', 1],
  ['75300000', '75300000', 2],
  ['75310000', '75310000', 3],
  ['75311000', '75311000', 3],
  ['75312000', '75312000', 3],
  ['75313000', '75313000', 3],
  ['75313100', '75313100', 3],
  ['75314000', '75314000', 3],
  ['75320000', '75320000', 3],
  ['75330000', '75330000', 3],
  ['75340000', '75340000', 3],
  ['98000000', '98000000', 4],
  ['98120000', '98120000', 4],
  ['98132000', '98132000', 4],
  ['98133110', '98133110', 4],
  ['98130000', '98130000', 4],
  ['98131000', '98131000', 5],
  ['55100000', '55410000', 6],
  ['55521000', '55521200', 6],
  ['55520000', '55520000', 6],
  ['55522000', '55522000', 6],
  ['55523000', '55523000', 6],
  ['55524000', '55524000', 6],
  ['55510000', '55510000', 6],
  ['55511000', '55511000', 6],
  ['55512000', '55512000', 6],
  ['55523100', '55523100', 6],
  ['79100000', '79140000', 7],
  ['75231100', '75231100', 7],
  ['75100000', '75120000', 8],
  ['75123000', '75123000', 8],
  ['75125000', '75131000', 8],
  ['75200000', '75231000', 9],
  ['75231210', '75231230', 10],
  ['75240000', '75252000', 10],
  ['79430000', '79430000', 10],
  ['98113100', '98113100', 10],
  ['79700000', '79721000', 11],
  ['79722000', '79722000', 11],
  ['79723000', '79723000', 11],
  ['98900000', '98900000', 12],
  ['98910000', '98910000', 12],
  ['64000000', '64000000', 13],
  ['64100000', '64100000', 13],
  ['64110000', '64110000', 13],
  ['64111000', '64111000', 13],
  ['64112000', '64112000', 13],
  ['64113000', '64113000', 13],
  ['64114000', '64114000', 13],
  ['64115000', '64115000', 13],
  ['64116000', '64116000', 13],
  ['64122000', '64122000', 13],
  ['50116510', '50116510', 14],
  ['71550000', '71550000', 14],
];

/** Every line of Annex XIV, in its order. */
export const ANNEX_XIV: readonly AnnexXivEntry[] = LINES.map(([from, to, h]) =>
  Object.freeze({ from, to, heading: HEADINGS[h] as string }),
);

/**
 * The Annex XIV line a CPV code falls under (`"85311000-2"` or `"85311000"`), or `undefined` when the code is not in the
 * annex. Codes compare in CPV order on their 8 digits.
 */
export function annexXivEntry(cpv: string): AnnexXivEntry | undefined {
  const code = cpv.slice(0, 8);
  const known = BY_CODE.get(code);
  if (known !== undefined) return known === NOT_IN_ANNEX ? undefined : known;
  let found: AnnexXivEntry | undefined;
  for (const e of ANNEX_XIV) {
    if (e.from <= code && code <= e.to) {
      found = e;
      break;
    }
  }
  if (BY_CODE.size >= 10_000) BY_CODE.clear();
  BY_CODE.set(code, found ?? NOT_IN_ANNEX);
  return found;
}

// Portfolios repeat the same few hundred CPV codes: each is looked up in the annex once.
const NOT_IN_ANNEX: AnnexXivEntry = Object.freeze({ from: '', to: '', heading: '' });
const BY_CODE = new Map<string, AnnexXivEntry>();
