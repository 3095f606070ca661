/**
 * Free text about participants must not become a side door for direct identifiers. These
 * patterns catch the obvious ones (e-mail addresses, phone numbers); names cannot be detected
 * reliably, which is why the participant record has no free-text field for them at all.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;
// Seven or more digits, optionally with a leading + and the separators people type.
const PHONE = /(?:\+|\b00)?\d(?:[\s()./-]{0,2}\d){6,}/;

export type IdentifierKind = 'email' | 'phone';

export function findIdentifier(text: string): IdentifierKind | null {
  if (EMAIL.test(text)) return 'email';
  if (PHONE.test(text)) return 'phone';
  return null;
}
