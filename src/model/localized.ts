/** A text in the two languages clausier speaks. */
export interface Localized {
  /** French text (the default language of the library's outputs). */
  readonly fr: string;
  /** English text. */
  readonly en: string;
}

/** A language code accepted by clausier's outputs. */
export type Locale = 'fr' | 'en';

/** Builds a {@link Localized} text. */
export const localized = (fr: string, en: string): Localized => ({ fr, en });
