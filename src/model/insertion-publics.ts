/**
 * Publics whose hours count towards an insertion clause (facilitator practice: long-term jobseekers,
 * minimum-income recipients, workers with a recognised disability, people in an IAE pathway, young people
 * without qualification…). See `shared/law/law-facts.md` §4; the exact list of the current DAJ guide is unconfirmed.
 */
export const ELIGIBLE_PUBLICS = [
  'long-term-jobseeker',
  'minimum-income-recipient',
  'social-benefit-recipient',
  'disabled-worker',
  'young-without-qualification',
  'iae-pathway',
  'epide-e2c',
  'facilitator-validated',
] as const;

/** An eligible public of the insertion clause. */
export type EligiblePublic = (typeof ELIGIBLE_PUBLICS)[number];

/**
 * Categories whose hours are reported, never counted: `other`, a public known not to be eligible
 * (or not validated by the facilitator), and `unknown`, a public not stated or not known.
 */
export const NOT_COUNTED_PUBLICS = ['other', 'unknown'] as const;

/** A category of hours that are reported, not counted. */
export type NotCountedPublic = (typeof NOT_COUNTED_PUBLICS)[number];

/** Every public category an input may name: the eligible publics, then the {@link NOT_COUNTED_PUBLICS}. */
export const INSERTION_PUBLICS = [...ELIGIBLE_PUBLICS, ...NOT_COUNTED_PUBLICS] as const;

/** A public category of an input: an {@link EligiblePublic}, `other` or `unknown`. */
export type InsertionPublic = (typeof INSERTION_PUBLICS)[number];

/** True when hours done by this public count towards an insertion requirement. */
export const isEligiblePublic = (p: string): p is EligiblePublic => (ELIGIBLE_PUBLICS as readonly string[]).includes(p);
