/**
 * One problem with one input field. `rule` names a message in locales/<lng>/errors.json under
 * `rules.<rule>`; the error filter adds the localized `message` when it answers.
 */
export interface ValidationIssue {
  path: string;
  rule: ValidationRule;
  params?: Record<string, string | number>;
  message?: string;
}

export const VALIDATION_RULES = [
  'required',
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'unrecognized_key',
  'invalid',
  'password_too_short',
  'password_too_long',
  'password_common',
  'password_contains_email',
  'contains_identifier',
] as const;
export type ValidationRule = (typeof VALIDATION_RULES)[number];
