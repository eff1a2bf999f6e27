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
 * The category for hours done by a public that is not (or not yet) recognised as eligible:
 * such hours are reported, never counted.
 */
export const OTHER_PUBLIC = 'other' as const;

/** Every public category an input may name: the eligible publics, then {@link OTHER_PUBLIC}. */
export const INSERTION_PUBLICS = [...ELIGIBLE_PUBLICS, OTHER_PUBLIC] as const;

/** A public category of an input: an {@link EligiblePublic} or `other`. */
export type InsertionPublic = (typeof INSERTION_PUBLICS)[number];

/** True when hours done by this public count towards an insertion requirement. */
export const isEligiblePublic = (p: string): p is EligiblePublic => (ELIGIBLE_PUBLICS as readonly string[]).includes(p);
