// Localised wording shared by the commands: file-system errors and the few sentences every command prints.

import type { Locale } from '../model/localized.js';

const FS_ERRORS: Readonly<Record<string, readonly [fr: string, en: string]>> = {
  ENOENT: ['fichier ou dossier introuvable', 'no such file or directory'],
  EACCES: ['permission refusée', 'permission denied'],
  EPERM: ['opération non permise', 'operation not permitted'],
  EISDIR: ['c’est un dossier', 'is a directory'],
  ENOTDIR: ['un élément du chemin n’est pas un dossier', 'a part of the path is not a directory'],
  EROFS: ['système de fichiers en lecture seule', 'read-only file system'],
  ENOSPC: ['plus de place sur le disque', 'no space left on device'],
  EMFILE: ['trop de fichiers ouverts', 'too many open files'],
};

/** The error code of a Node file-system error (`ENOENT`…), if it has one. */
export const errorCode = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : undefined;

/** A file-system error code in words, with the code kept for searching (`fichier introuvable (ENOENT)`). */
export function describeFsCode(code: string, locale: Locale): string {
  const words = FS_ERRORS[code];
  return words ? `${words[locale === 'fr' ? 0 : 1]} (${code})` : code;
}

/** An error thrown while reading or writing, in words: the code's meaning when Node gave one, else its message. */
export function describeError(e: unknown, locale: Locale): string {
  const code = errorCode(e);
  if (code !== undefined && FS_ERRORS[code]) return describeFsCode(code, locale);
  return e instanceof Error ? e.message : String(e);
}

/** `fr` or `en` text by locale. */
export const say = (locale: Locale, fr: string, en: string): string => (locale === 'fr' ? fr : en);

/** Why `JSON.parse` refused a text: V8's English message in English, its position in French. */
export function describeJsonError(e: unknown, locale: Locale): string {
  const message = e instanceof Error ? e.message : String(e);
  if (locale === 'en') return `invalid JSON: ${message}`;
  const at = /position (\d+)/.exec(message);
  if (at) return `JSON invalide (position ${at[1]})`;
  return /end of (JSON|data) input|Unterminated/i.test(message) ? 'JSON invalide (fin de texte inattendue)' : 'JSON invalide';
}
