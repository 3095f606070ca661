import { ApiError } from '../../api/api-error';
import type { InstrumentProblem } from '../api/instrument-report';

function isProblem(value: unknown): value is InstrumentProblem {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof InstrumentProblem, unknown>>;
  return typeof candidate.code === 'string' && (candidate.severity === 'error' || candidate.severity === 'warning');
}

/** The problems a refused import or publication lists in `details.problems` (INSTRUMENT_INVALID, TRANSLATIONS_INCOMPLETE). */
export function problemsOf(error: unknown): InstrumentProblem[] {
  if (!(error instanceof ApiError)) return [];
  const problems = (error.details as { problems?: unknown } | undefined)?.problems;
  if (!Array.isArray(problems)) return [];
  return problems.filter(isProblem).map((problem) => ({ ...problem, params: problem.params ?? {} }));
}
