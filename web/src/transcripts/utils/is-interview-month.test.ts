import { describe, expect, it } from 'vitest';
import { isInterviewMonth } from './is-interview-month';

describe(isInterviewMonth.name, () => {
  it.each(['2025-03', '2024-12'])('accepts %s', (value) => expect(isInterviewMonth(value)).toBe(true));
  it.each(['', '2025-13', '2025-00', '2025-3', '2025-03-01', '0099-01'])('refuses %j', (value) => expect(isInterviewMonth(value)).toBe(false));
});
