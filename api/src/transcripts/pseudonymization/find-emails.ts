import type { RawIdentifier } from './identifier-candidate.js';

const EMAIL = /(?<![\p{L}\p{M}\p{N}._%+-])[\p{L}\p{M}\p{N}._%+-]+@[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{M}\p{N}])/gu;

/** E-mail addresses, also with letters beyond ASCII ("müller@uni-münster.de"). */
export function findEmails(text: string): RawIdentifier[] {
  return [...text.matchAll(EMAIL)].map((match) => ({ start: match.index, end: match.index + match[0].length, kind: 'email' }));
}
