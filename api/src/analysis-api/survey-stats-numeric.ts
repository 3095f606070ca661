import { summarizeNumbers, type NumericSummary } from '@polyphony/analysis';

/** Descriptives of a number typed in (a threshold in %, a cost in euros): the summary and how often each value was given. */
export interface NumericQuestionStats {
  answered: number;
  missing: number;
  /** Answers that are not numbers. */
  invalid: number;
  summary: NumericSummary | null;
  /** Distinct values in ascending order. */
  values: Array<{ value: number; count: number }>;
}

/** Counts, median/IQR and the mean with its t-based confidence interval of numeric answers. */
export function describeNumbers(answers: readonly unknown[], confidenceLevel = 0.95): NumericQuestionStats {
  const numbers: number[] = [];
  let missing = 0;
  let invalid = 0;
  for (const answer of answers) {
    if (answer === undefined || answer === null || (typeof answer === 'string' && answer.trim() === '')) missing += 1;
    else {
      // SurveyJS stores a number input as a number; older data may hold it as text.
      const value = typeof answer === 'number' ? answer : typeof answer === 'string' ? Number(answer) : Number.NaN;
      if (Number.isFinite(value)) numbers.push(value);
      else invalid += 1;
    }
  }
  const counts = new Map<number, number>();
  for (const value of numbers) counts.set(value, (counts.get(value) ?? 0) + 1);
  return {
    answered: numbers.length,
    missing,
    invalid,
    summary: summarizeNumbers(numbers, confidenceLevel),
    values: [...counts].sort(([a], [b]) => a - b).map(([value, count]) => ({ value, count })),
  };
}
