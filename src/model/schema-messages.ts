// The messages clausier's zod schemas give to zod. A schema composed into a user's own zod schema reports them as
// they are (`issue.message`), so each is a readable English sentence, like zod's own default messages, never an
// internal key; its French twin and a stable code are found from it by `schemaMessage` (see toInputProblem).

/** A message of clausier's schemas: a stable code and its text in both languages. */
export interface SchemaMessage {
  /** Stable machine-readable code (`money`, `date`…), the `code` of the resulting input problem. */
  readonly code: string;
  /** French text. */
  readonly fr: string;
  /** English text: the message zod issues carry. */
  readonly en: string;
}

const BY_ENGLISH = new Map<string, SchemaMessage>();

/** Declares a message; returns its English text, to give zod as `error` / `message`. */
export function defineSchemaMessage(code: string, fr: string, en: string): string {
  const known = BY_ENGLISH.get(en);
  if (known && (known.code !== code || known.fr !== fr)) throw new Error(`Two schema messages share the English text "${en}"`);
  BY_ENGLISH.set(en, { code, fr, en });
  return en;
}

/** The message of an issue raised by one of clausier's schemas, from its text; `undefined` for zod's own messages. */
export const schemaMessage = (message: string): SchemaMessage | undefined => BY_ENGLISH.get(message);

/** Messages of the contract schema. */
export const CONTRACT_MESSAGES = {
  money: defineSchemaMessage(
    'money',
    'montant attendu : une chaîne décimale ("40000.00") ou un nombre',
    'expected an amount: a decimal string ("40000.00") or a number',
  ),
  'money-not-a-number': defineSchemaMessage(
    'money',
    'montant illisible : écrire une chaîne décimale comme "40000.00"',
    'unreadable amount: write a decimal string such as "40000.00"',
  ),
  'money-negative': defineSchemaMessage('money', 'un montant ne peut pas être négatif', 'an amount cannot be negative'),
  'money-not-finite': defineSchemaMessage('money', 'un montant doit être un nombre fini', 'an amount must be a finite number'),
  'money-out-of-range': defineSchemaMessage(
    'money',
    'montant hors limites : il doit être inférieur à 10^15 € (1 000 000 000 000 000 €)',
    'amount out of range: it must be below 10^15 € (1,000,000,000,000,000 €)',
  ),
  'money-too-long': defineSchemaMessage('money', 'montant illisible : plus de 64 caractères', 'unreadable amount: more than 64 characters'),
  hours: defineSchemaMessage('hours', 'nombre d’heures attendu (positif ou nul)', 'expected a number of hours (zero or more)'),
  date: defineSchemaMessage(
    'date',
    'date calendaire attendue au format AAAA-MM-JJ (sans heure ni fuseau)',
    'expected a calendar date YYYY-MM-DD (no time, no time zone)',
  ),
  share: defineSchemaMessage(
    'share',
    'part attendue : un nombre entre 0 et 1 (0.55 = 55 %)',
    'expected a share: a number between 0 and 1 (0.55 = 55 %)',
  ),
  cpv: defineSchemaMessage(
    'cpv',
    'code CPV attendu : 8 chiffres, éventuellement suivis de -chiffre ("45000000-7")',
    'expected a CPV code: 8 digits, optionally followed by -digit ("45000000-7")',
  ),
  id: defineSchemaMessage('id', 'identifiant attendu : une chaîne non vide', 'expected an identifier: a non-empty string'),
} as const;
