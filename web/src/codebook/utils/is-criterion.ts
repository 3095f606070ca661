import { CRITERIA, type Criterion } from '../api/code';

export function isCriterion(value: unknown): value is Criterion {
  return typeof value === 'string' && (CRITERIA as readonly string[]).includes(value);
}
