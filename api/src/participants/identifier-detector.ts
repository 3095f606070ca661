import { findEmails } from '../transcripts/pseudonymization/find-emails.js';

/**
 * Free text about participants must not become a side door for direct identifiers. These
 * patterns catch the obvious ones (e-mail addresses, phone numbers); names cannot be detected
 * reliably, which is why the participant record has no free-text field for them at all.
 */
// Seven or more digits, optionally with a leading + and the separators people type.
const PHONE = /(?:\+|\b00)?\d(?:[\s()./-]{0,2}\d){6,}/;

export type IdentifierKind = 'email' | 'phone';

export function findIdentifier(text: string): IdentifierKind | null {
  // The transcripts' e-mail pattern: anchored at the start of a run, so it stays linear in the
  // length of the text (an unanchored one took minutes on 300 KB of letters, blocking the API).
  if (findEmails(text).length > 0) return 'email';
  if (PHONE.test(text)) return 'phone';
  return null;
}
