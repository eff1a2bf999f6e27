// The defect classes of published open data: every data-quality problem a reader reports carries one of these
// codes, so that a portfolio can count problems per class and per input file. The codes are stable: a code is
// never renamed or reused for another defect (a new defect gets a new code). docs/readers.md lists them.

/** What a reader did with the faulty value. */
export type ReadProblemAction =
  /** The value was not used: the field stays unknown, and rules that need it answer `unknown`. */
  | 'left-out'
  /** The value was read after an unambiguous repair (a number written as text, a CPV code that lost its leading zero). */
  | 'repaired'
  /** The value was used as published; the record is flagged so that a human can check it. */
  | 'flagged';

/** One defect class: what it means and what the reader does. */
export interface ReadProblemCodeInfo {
  /** What the reader does with the value. */
  readonly action: ReadProblemAction;
  /** What the defect is, in English. */
  readonly en: string;
  /** What the defect is, in French. */
  readonly fr: string;
}

/** A defect class of published open data (see {@link READ_PROBLEM_CODES}). */
export type ReadProblemCode =
  | 'invalid-field'
  | 'missing-field'
  | 'placeholder-value'
  | 'wrong-type'
  | 'number-as-text'
  | 'not-a-number'
  | 'negative-number'
  | 'placeholder-amount'
  | 'implausible-amount'
  | 'duration-not-in-months'
  | 'implausible-duration'
  | 'rate-out-of-range'
  | 'boolean-as-text'
  | 'list-as-text'
  | 'not-a-boolean'
  | 'not-a-date'
  | 'date-year-implausible'
  | 'not-a-cpv'
  | 'placeholder-cpv'
  | 'cpv-leading-zero-repaired'
  | 'placeholder-id'
  | 'id-from-uid'
  | 'unusable-buyer-id'
  | 'flattened-key'
  | 'buyer-outside-france'
  | 'holder-without-id'
  | 'unmapped-procedure-label'
  | 'ambiguous-procedure'
  | 'unmapped-nature-label'
  | 'unmapped-price-label'
  | 'unmapped-consideration-label'
  | 'unmapped-buyer-legal-type'
  | 'unmapped-category'
  | 'unmapped-sustainability-code'
  | 'wrong-format-version'
  | 'empty-list'
  | 'contradictory-considerations'
  | 'contradictory-advance'
  | 'sustainability-kind-unknown'
  | 'sustainability-without-goal'
  | 'date-notification-before-launch'
  | 'date-after-publication'
  | 'modification-before-notification'
  | 'period-end-before-start'
  | 'modification-amount-looks-like-delta'
  | 'not-euros'
  | 'no-award';

/**
 * Every defect class, with its meaning and the reader's action. Keys are the codes carried by
 * `ReadProblem.code`.
 */
export const READ_PROBLEM_CODES: Readonly<Record<ReadProblemCode, ReadProblemCodeInfo>> = {
  // Values and their types
  'invalid-field': {
    action: 'left-out',
    en: 'A field of a record in clausier’s own format that fails validation (the record is rejected).',
    fr: 'Un champ d’un enregistrement au format de clausier qui ne passe pas la validation (l’enregistrement est rejeté).',
  },
  'missing-field': {
    action: 'left-out',
    en: 'A field the format requires is absent.',
    fr: 'Un champ obligatoire du format est absent.',
  },
  'placeholder-value': {
    action: 'left-out',
    en: 'A token meaning "no value" (NC, MQ, CDL, INX…, "", "sans objet") instead of a value.',
    fr: 'Une valeur de remplissage (NC, MQ, CDL, INX…, "", « sans objet ») au lieu d’une valeur.',
  },
  'wrong-type': {
    action: 'left-out',
    en: 'A value of the wrong type or shape (an object for a text, a text for a list…).',
    fr: 'Une valeur du mauvais type ou de la mauvaise forme (un objet pour un texte, un texte pour une liste…).',
  },
  'number-as-text': {
    action: 'repaired',
    en: 'A number written as text ("12 000,50"): read as the number.',
    fr: 'Un nombre écrit comme un texte (« 12 000,50 ») : lu comme le nombre.',
  },
  'not-a-number': {
    action: 'left-out',
    en: 'A value that should be a number is not one (or is not finite).',
    fr: 'Une valeur qui devrait être un nombre n’en est pas un (ou n’est pas finie).',
  },
  'negative-number': {
    action: 'left-out',
    en: 'A negative amount, duration or rate.',
    fr: 'Un montant, une durée ou un taux négatif.',
  },
  'placeholder-amount': {
    action: 'left-out',
    en: 'An amount typed when the amount is not known: 0, 1, or written only with nines (999999).',
    fr: 'Un montant saisi faute de le connaître : 0, 1, ou écrit seulement avec des 9 (999999).',
  },
  'implausible-amount': {
    action: 'left-out',
    en: 'An amount above 100 billion euros (1.0e17 and the like).',
    fr: 'Un montant supérieur à 100 milliards d’euros (1.0e17 et semblables).',
  },
  'duration-not-in-months': {
    action: 'left-out',
    en: 'A duration in days or weeks without a start date (eForms BT-36): the months it spans cannot be counted exactly.',
    fr: 'Une durée en jours ou en semaines sans date de début (eForms BT-36) : les mois couverts ne peuvent être comptés exactement.',
  },
  'implausible-duration': {
    action: 'left-out',
    en: 'A duration of zero months or of more than 100 years.',
    fr: 'Une durée de zéro mois ou de plus de 100 ans.',
  },
  'rate-out-of-range': {
    action: 'left-out',
    en: 'A rate outside 0–1 (0.05 means 5 %).',
    fr: 'Un taux hors de 0–1 (0,05 signifie 5 %).',
  },
  'boolean-as-text': {
    action: 'repaired',
    en: 'A yes/no written as text or number ("oui", "false", 1): read as the boolean.',
    fr: 'Un oui/non écrit comme un texte ou un nombre (« oui », « false », 1) : lu comme le booléen.',
  },
  'list-as-text': {
    action: 'repaired',
    en: 'A list written as plain text where a list is expected (a cell of the decp-augmenté CSV): read as a list of one label.',
    fr: 'Une liste écrite comme un simple texte là où une liste est attendue (cellule du CSV decp-augmenté) : lue comme une liste d’un libellé.',
  },
  'not-a-boolean': {
    action: 'left-out',
    en: 'A value that should be true or false is neither.',
    fr: 'Une valeur qui devrait être vrai ou faux n’est ni l’un ni l’autre.',
  },
  'not-a-date': {
    action: 'left-out',
    en: 'A value that should be a date YYYY-MM-DD is not one, or is an impossible day.',
    fr: 'Une valeur qui devrait être une date AAAA-MM-JJ n’en est pas une, ou est un jour impossible.',
  },
  'date-year-implausible': {
    action: 'left-out',
    en: 'A date whose year is before 2000 or after 2100 (typos such as 0202 or 2202).',
    fr: 'Une date dont l’année est avant 2000 ou après 2100 (fautes de frappe comme 0202 ou 2202).',
  },
  'not-a-cpv': {
    action: 'left-out',
    en: 'A value that is not a CPV code (8 digits, optionally a dash and a check digit).',
    fr: 'Une valeur qui n’est pas un code CPV (8 chiffres, éventuellement un tiret et un chiffre de contrôle).',
  },
  'placeholder-cpv': {
    action: 'left-out',
    en: 'A CPV code of no CPV division (00000000 and the like).',
    fr: 'Un code CPV d’aucune division CPV (00000000 et semblables).',
  },
  'cpv-leading-zero-repaired': {
    action: 'repaired',
    en: 'A CPV code of 7 digits that lost its leading zero (a spreadsheet read it as a number): the zero is put back.',
    fr: 'Un code CPV de 7 chiffres qui a perdu son zéro initial (lu comme un nombre par un tableur) : le zéro est remis.',
  },
  // Identity
  'placeholder-id': {
    action: 'flagged',
    en: 'The record’s identifier is missing, empty, a placeholder (NC, INX…) or only zeros: the record is evaluated under a substitute identifier derived from its content (sans-id-…); a record with nothing else to evaluate is rejected.',
    fr: 'L’identifiant de l’enregistrement est absent, vide, de remplissage (NC, INX…) ou fait de zéros : l’enregistrement est évalué sous un identifiant de substitution tiré de son contenu (sans-id-…) ; un enregistrement sans rien d’autre à évaluer est rejeté.',
  },
  'id-from-uid': {
    action: 'repaired',
    en: 'The record has no id: its uid (buyer SIRET + id) is used instead.',
    fr: 'L’enregistrement n’a pas d’id : son uid (SIRET de l’acheteur + id) est utilisé à la place.',
  },
  'unusable-buyer-id': {
    action: 'left-out',
    en: 'The buyer’s identifier is empty or a placeholder.',
    fr: 'L’identifiant de l’acheteur est vide ou de remplissage.',
  },
  'flattened-key': {
    action: 'repaired',
    en: 'A nested field written as a flat key ("acheteur.id"): read as the nested field.',
    fr: 'Un champ imbriqué écrit comme une clé plate (« acheteur.id ») : lu comme le champ imbriqué.',
  },
  'buyer-outside-france': {
    action: 'flagged',
    en: 'The buyer’s address is outside France (eForms): the French rules are applied as to any contract, which they may not govern.',
    fr: 'L’adresse de l’acheteur est hors de France (eForms) : les règles françaises sont appliquées comme à tout contrat, alors qu’elles peuvent ne pas le régir.',
  },
  'holder-without-id': {
    action: 'left-out',
    en: 'A holder with neither identifier nor name.',
    fr: 'Un titulaire sans identifiant ni nom.',
  },
  // Labels and codes
  'unmapped-procedure-label': {
    action: 'left-out',
    en: 'A procedure label or code that is in no known list: the procedure stays unknown.',
    fr: 'Un libellé ou code de procédure d’aucune liste connue : la procédure reste inconnue.',
  },
  'ambiguous-procedure': {
    action: 'left-out',
    en: 'A procedure that may be one of several (OCDS "selective"): the procedure stays unknown.',
    fr: 'Une procédure qui peut être l’une de plusieurs (OCDS « selective ») : la procédure reste inconnue.',
  },
  'unmapped-nature-label': {
    action: 'flagged',
    en: 'A nature label (marché, accord-cadre, concession…) that is in no known list: the kind is guessed from the other fields.',
    fr: 'Un libellé de nature (marché, accord-cadre, concession…) d’aucune liste connue : le type est déduit des autres champs.',
  },
  'unmapped-price-label': {
    action: 'left-out',
    en: 'A price-type label that is in no known list (or belongs to another version of the format).',
    fr: 'Un libellé de type de prix d’aucune liste connue (ou d’une autre version du format).',
  },
  'unmapped-consideration-label': {
    action: 'left-out',
    en: 'A social or environmental consideration label that is in no known list.',
    fr: 'Un libellé de considération sociale ou environnementale d’aucune liste connue.',
  },
  'unmapped-buyer-legal-type': {
    action: 'left-out',
    en: 'A buyer legal type (eForms BT-11) that is in no known list: the kind of buyer stays unknown.',
    fr: 'Un type juridique d’acheteur (eForms BT-11) d’aucune liste connue : la catégorie d’acheteur reste inconnue.',
  },
  'unmapped-category': {
    action: 'flagged',
    en: 'A procurement category that is in no known list: the nature is taken from the CPV code.',
    fr: 'Une catégorie d’achat d’aucune liste connue : la nature est tirée du code CPV.',
  },
  'unmapped-sustainability-code': {
    action: 'left-out',
    en: 'A sustainability goal, strategy or reservation code that is in no known list.',
    fr: 'Un code d’objectif, de stratégie durable ou de réservation d’aucune liste connue.',
  },
  'wrong-format-version': {
    action: 'left-out',
    en: 'A value of another version of the format (a DECP v1 price type in a DECP 2024 record): read the file with the other format.',
    fr: 'Une valeur d’une autre version du format (un type de prix DECP v1 dans un enregistrement DECP 2024) : lire le fichier avec l’autre format.',
  },
  // What the record says, when it contradicts itself or says too little
  'empty-list': {
    action: 'left-out',
    en: 'An empty list where the format requires at least one value (2.0.3 considerations).',
    fr: 'Une liste vide là où le format exige au moins une valeur (considérations 2.0.3).',
  },
  'contradictory-considerations': {
    action: 'flagged',
    en: '"Pas de considération" listed together with considerations: the considerations are kept.',
    fr: '« Pas de considération » listé avec des considérations : les considérations sont retenues.',
  },
  'contradictory-advance': {
    action: 'left-out',
    en: 'An advance rate given while no advance is granted: the rate is left out.',
    fr: 'Un taux d’avance donné alors qu’aucune avance n’est attribuée : le taux est écarté.',
  },
  'sustainability-kind-unknown': {
    action: 'left-out',
    en: 'An environmental or social goal without saying how (execution clause, award criterion, specification).',
    fr: 'Un objectif environnemental ou social sans dire comment (clause d’exécution, critère, spécification).',
  },
  'sustainability-without-goal': {
    action: 'left-out',
    en: 'Sustainability declared but no environmental or social goal given.',
    fr: 'Achat durable déclaré sans objectif environnemental ni social.',
  },
  // Dates
  'date-notification-before-launch': {
    action: 'flagged',
    en: 'The contract is notified (or signed) before its consultation was launched.',
    fr: 'Le contrat est notifié (ou signé) avant le lancement de sa consultation.',
  },
  'date-after-publication': {
    action: 'flagged',
    en: 'A date later than the publication of the data itself (a date in the future of the data).',
    fr: 'Une date postérieure à la publication des données elles-mêmes (une date dans le futur des données).',
  },
  'modification-before-notification': {
    action: 'flagged',
    en: 'A modification dated before the notification of the contract it modifies.',
    fr: 'Une modification datée d’avant la notification du contrat qu’elle modifie.',
  },
  'period-end-before-start': {
    action: 'left-out',
    en: 'A period that ends before it starts: the duration stays unknown.',
    fr: 'Une période qui finit avant de commencer : la durée reste inconnue.',
  },
  // Amounts
  'modification-amount-looks-like-delta': {
    action: 'flagged',
    en: 'A modification amount far below the initial amount: it looks like the change (the delta) rather than the new total the format asks for. It is used as published.',
    fr: 'Un montant de modification très inférieur au montant initial : il ressemble à la variation plutôt qu’au nouveau total que demande le format. Il est utilisé tel que publié.',
  },
  'not-euros': {
    action: 'left-out',
    en: 'An amount in another currency than the euro.',
    fr: 'Un montant dans une autre devise que l’euro.',
  },
  // Completeness of a release or notice
  'no-award': {
    action: 'flagged',
    en: 'No active award or contract: a procedure not (yet) awarded, or a release that is not the compiled one.',
    fr: 'Aucune attribution ni contrat actif : une procédure pas (encore) attribuée, ou une publication qui n’est pas la version compilée.',
  },
};
