import type { BuyerKind, Nature, Procedure, ReservationBasis } from '../../model/contract.js';

// eForms code lists (eForms SDK, codelists/*.gc, the same in SDK 1.3 to 1.10) and how clausier reads them.
// docs/readers.md gives the reasons of each choice.

/** Notice types (BT-02) whose lots are contracts to check before publication: calls for competition. */
export const COMPETITION_NOTICE_TYPES: ReadonlySet<string> = new Set([
  'cn-standard',
  'cn-social',
  'cn-desg',
  'pin-cfc-standard',
  'pin-cfc-social',
]);

/** Notice types (BT-02) whose awarded lots are portfolio records: contract (or concession) award notices. */
export const RESULT_NOTICE_TYPES: ReadonlySet<string> = new Set(['can-standard', 'can-social']);

/** Why the other notice types hold no contract to read. */
export const UNREAD_NOTICE_TYPES: Readonly<Record<string, string>> = {
  'pin-only': 'a prior information notice without call for competition announces purchases, it holds no contract',
  'pin-buyer': 'a notice of the publication of a prior information notice on a buyer profile holds no contract',
  'pin-rtl': 'a notice shortening the time limits for receipt of tenders holds no contract',
  'pin-tran': 'a prior information notice for public passenger transport holds no contract',
  'qu-sy': 'a notice on the existence of a qualification system holds no contract',
  subco: 'a subcontracting notice is published by a holder, not a buyer',
  veat: 'a voluntary ex-ante transparency notice announces a direct award: not read yet',
  'can-modif': 'a contract modification notice changes a contract published elsewhere: not read yet',
  'can-desg': 'a design contest result notice gives prizes, not contracts',
  'can-tran':
    'a public passenger transport award notice (Regulation 1370/2007) is outside the code de la commande publique rules read here',
  corr: 'a corrigendum (TED schema before eForms) changes a notice published earlier: read the corrected notice',
  'brin-ecs': 'a European company notice is not a procurement notice',
  'brin-eeig': 'a European economic interest grouping notice is not a procurement notice',
};

/** BT-105 procedure types → clausier procedures. `comp-tend` (competitive tendering, Regulation 1370/2007) is `other`. */
export const PROCEDURE_TYPES: Readonly<Record<string, Procedure>> = {
  open: 'open',
  restricted: 'restricted',
  'neg-w-call': 'negotiated',
  'neg-wo-call': 'without-publicity',
  'comp-dial': 'competitive-dialogue',
  innovation: 'innovation-partnership',
  'comp-tend': 'other',
  'oth-single': 'other',
  'oth-mult': 'other',
};

/** BT-23 contract natures. */
export const CONTRACT_NATURES: Readonly<Record<string, Nature>> = { works: 'works', supplies: 'supplies', services: 'services' };

/**
 * BT-11 buyer legal types → clausier buyer kinds, where the code says it: a central government authority is the State,
 * a regional or local authority a local authority, a body governed by public law controlled by the central government a
 * State public body. The others (bodies controlled by local authorities, public undertakings, subsidised organisations,
 * groups of authorities…) do not say which French category the buyer falls in: left unknown, the code kept.
 */
export const BUYER_LEGAL_TYPES: Readonly<Record<string, BuyerKind>> = {
  cga: 'state',
  ra: 'local-authority',
  la: 'local-authority',
  'body-pl-cga': 'state-public-body',
};

/** Every BT-11 code of the eForms code list (buyer-legal-type, eForms subset), to tell a known code from a typo. */
export const BUYER_LEGAL_TYPE_CODES: ReadonlySet<string> = new Set([
  'body-pl',
  'body-pl-cga',
  'body-pl-la',
  'body-pl-ra',
  'cga',
  'def-cont',
  'eu-ins-bod-ag',
  'grp-p-aut',
  'int-org',
  'la',
  'org-sub',
  'org-sub-cga',
  'org-sub-la',
  'org-sub-ra',
  'pub-undert',
  'pub-undert-cga',
  'pub-undert-la',
  'pub-undert-ra',
  'ra',
  'spec-rights-entity',
]);

/** BT-71 reserved participation → the French article of the reservation (as the OCDS reader reads them). */
export const RESERVED_PARTICIPATION: Readonly<Record<string, ReservationBasis>> = {
  'res-ws': 'L2113-12',
  'res-pub-ser': 'L2113-15',
};

/** BT-01 legal bases (CELEX numbers of the directives). */
export const LEGAL_BASIS = {
  /** Directive 2014/23/EU: concessions. */
  concessions: '32014L0023',
  /** Directive 2014/24/EU: public contracts. */
  publicContracts: '32014L0024',
  /** Directive 2014/25/EU: contracting entities (water, energy, transport, postal services). */
  utilities: '32014L0025',
  /** Directive 2009/81/EC: defence and security. */
  defence: '32009L0081',
} as const;

/** BT-165 company sizes that are SMEs (micro, small, medium enterprises). */
export const SME_SIZES: ReadonlySet<string> = new Set(['micro', 'small', 'sme', 'medium']);
