import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 256;

// ~49 000 passwords seen most often in breaches (zxcvbn-ts's list), looked up lower-cased.
const COMMON_PASSWORDS = new Set((dictionary['passwords-common']).map((p) => p.toLowerCase()));

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'contains_email';

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (length > MAX_PASSWORD_LENGTH) return 'too_long';
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered) || COMMON_PASSWORDS.has(lowered.replace(/[\d!?.]+$/, ''))) return 'common';
  const localPart = email.toLowerCase().split('@')[0] ?? '';
  if (localPart.length >= 4 && lowered.includes(localPart)) return 'contains_email';
  return null;
}
