import type { PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import type { ValidationIssue, ValidationRule } from './validation-issue.js';

/** Validates a body, query or param against a zod schema; the parsed (and stripped) value goes on. */
export class ZodValidationPipe<Schema extends z.ZodType> implements PipeTransform<unknown, z.infer<Schema>> {
  constructor(private readonly schema: Schema) {}

  transform(value: unknown): z.infer<Schema> {
    return parseOrThrow(this.schema, value);
  }
}

export function parseOrThrow<Schema extends z.ZodType>(schema: Schema, value: unknown): z.infer<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new AppError('VALIDATION_FAILED', {}, { issues: result.error.issues.slice(0, 50).map(toValidationIssue) });
}

function toValidationIssue(issue: z.core.$ZodIssue): ValidationIssue {
  const path = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { path, rule: 'required' }
        : { path, rule: 'invalid_type', params: { expected: String(issue.expected) } };
    case 'too_small':
      return { path, rule: 'too_small', params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      return { path, rule: 'too_big', params: { maximum: Number(issue.maximum) } };
    case 'invalid_format':
      return { path, rule: 'invalid_format', params: { format: issue.format } };
    case 'invalid_value':
      return { path, rule: 'invalid_value', params: { allowed: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return { path: [path, ...issue.keys].filter(Boolean).join('.'), rule: 'unrecognized_key' };
    default:
      return { path, rule: ruleFromCustom(issue) };
  }
}

function ruleFromCustom(issue: z.core.$ZodIssue): ValidationRule {
  // Custom refinements may name one of our rules in params.rule; anything else is generic.
  const named = (issue as { params?: { rule?: ValidationRule } }).params?.rule;
  return named ?? 'invalid';
}
