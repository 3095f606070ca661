import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { problemsOf } from './problems-of';

describe(problemsOf.name, () => {
  it('reads the problems of a refused import', () => {
    const problem = { code: 'INSTRUMENT_DUPLICATE_NAME', severity: 'error', params: { question: 'q1' }, message: 'The name q1 is used more than once.' };
    const error = new ApiError('INSTRUMENT_INVALID', 'The file has problems.', 422, { problems: [problem] });
    expect(problemsOf(error)).toEqual([problem]);
  });

  it('skips entries that are not problems and fills in missing params', () => {
    const error = new ApiError('TRANSLATIONS_INCOMPLETE', 'x', 422, {
      problems: [null, 'text', { code: 'X' }, { code: 'INSTRUMENT_MISSING_TRANSLATION', severity: 'warning' }],
    });
    expect(problemsOf(error)).toEqual([{ code: 'INSTRUMENT_MISSING_TRANSLATION', severity: 'warning', params: {} }]);
  });

  it('returns nothing for other errors and details', () => {
    expect(problemsOf(new Error('boom'))).toEqual([]);
    expect(problemsOf(new ApiError('NOT_FOUND', 'x', 404))).toEqual([]);
    expect(problemsOf(new ApiError('VALIDATION_FAILED', 'x', 400, { issues: [] }))).toEqual([]);
  });
});
