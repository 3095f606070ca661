import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { failureAction } from './failure-action';

describe(failureAction.name, () => {
  it('retries when the network or the server fails', () => {
    expect(failureAction(new ApiError('NETWORK_ERROR', '', 0))).toEqual({ kind: 'retry' });
    expect(failureAction(new ApiError('INTERNAL', '', 500))).toMatchObject({ kind: 'retry' });
    expect(failureAction(new ApiError('SOMETHING_NEW', '', 503))).toMatchObject({ kind: 'retry' });
    expect(failureAction(new TypeError('boom'))).toEqual({ kind: 'retry' });
  });

  it('keeps the wait the server asks for on 429', () => {
    expect(failureAction(new ApiError('TOO_MANY_REQUESTS', '', 429, undefined, 12))).toEqual({ kind: 'retry', retryAfterSeconds: 12 });
  });

  it('rebases a stale revision on the one the server names', () => {
    expect(failureAction(new ApiError('STALE_REVISION', '', 409, { currentRevision: 4 }))).toEqual({ kind: 'rebase', revision: 4 });
    expect(failureAction(new ApiError('STALE_REVISION', '', 409, {}))).toEqual({ kind: 'retry' });
  });

  it('names the outcomes that end sending for a session', () => {
    expect(failureAction(new ApiError('RESPONSE_COMPLETED', '', 409)).kind).toBe('already-completed');
    expect(failureAction(new ApiError('RESPONSE_MISMATCH', '', 409)).kind).toBe('adopt-server-response');
    expect(failureAction(new ApiError('SURVEY_TOKEN_INVALID', '', 401)).kind).toBe('token-invalid');
    expect(failureAction(new ApiError('PARTICIPANT_WITHDRAWN', '', 409)).kind).toBe('withdrawn');
  });

  it('drops what the server will never accept and keeps its answer messages', () => {
    const invalid = new ApiError('RESPONSE_INVALID', 'Einige Antworten sind ungültig.', 422, {
      answers: [{ question: 'profession', rule: 'required', message: 'Frage profession braucht eine Antwort.' }, { question: 1 }],
    });
    expect(failureAction(invalid)).toEqual({
      kind: 'rejected',
      code: 'RESPONSE_INVALID',
      message: 'Einige Antworten sind ungültig.',
      issues: [{ question: 'profession', rule: 'required', message: 'Frage profession braucht eine Antwort.' }],
    });
    expect(failureAction(new ApiError('VALIDATION_FAILED', 'x', 400))).toMatchObject({ kind: 'rejected', issues: [] });
  });
});
