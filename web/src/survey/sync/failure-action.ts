import { ApiError } from '../../api/api-error';
import type { AnswerIssue } from '../api/survey-session';

/** What the outbox does with an entry the server did not accept. */
export type FailureAction =
  /** Try again later (network down, server busy or failing). */
  | { kind: 'retry'; retryAfterSeconds?: number }
  /** Send the same entry again at once with the revision the server named. */
  | { kind: 'rebase'; revision: number }
  /** The token already writes another response: ask the server which one and continue that. */
  | { kind: 'adopt-server-response' }
  /** The response was completed already: nothing more to send, the participant is done. */
  | { kind: 'already-completed' }
  /** The token no longer opens the survey: keep the entry, stop sending for this session. */
  | { kind: 'token-invalid' }
  /** The participant withdrew: their data must not be sent or kept. */
  | { kind: 'withdrawn' }
  /** The server will never accept this entry as it is; drop it and tell the participant's screen. */
  | { kind: 'rejected'; code: string; message: string; issues: AnswerIssue[] };

function answerIssues(details: unknown): AnswerIssue[] {
  const answers = (details as { answers?: unknown } | undefined)?.answers;
  if (!Array.isArray(answers)) return [];
  return answers.filter(
    (issue): issue is AnswerIssue =>
      typeof issue === 'object' &&
      issue !== null &&
      typeof (issue as AnswerIssue).question === 'string' &&
      typeof (issue as AnswerIssue).message === 'string',
  );
}

/** Maps a failed save (PUT response or POST consent) to what the outbox should do next. */
export function failureAction(error: unknown): FailureAction {
  if (!(error instanceof ApiError)) return { kind: 'retry' };
  switch (error.code) {
    case 'NETWORK_ERROR':
    case 'UNEXPECTED_RESPONSE':
    case 'TOO_MANY_REQUESTS':
    case 'INTERNAL':
    case 'SERVICE_UNAVAILABLE':
      return { kind: 'retry', retryAfterSeconds: error.retryAfterSeconds };
    case 'STALE_REVISION': {
      const current = (error.details as { currentRevision?: unknown } | undefined)?.currentRevision;
      return typeof current === 'number' ? { kind: 'rebase', revision: current } : { kind: 'retry' };
    }
    case 'RESPONSE_MISMATCH':
      return { kind: 'adopt-server-response' };
    case 'RESPONSE_COMPLETED':
      return { kind: 'already-completed' };
    case 'SURVEY_TOKEN_INVALID':
      return { kind: 'token-invalid' };
    case 'PARTICIPANT_WITHDRAWN':
      return { kind: 'withdrawn' };
    default:
      // Any other 5xx might pass on a later attempt; any other 4xx will not.
      if (error.status === 0 || error.status >= 500 || error.status === 429) return { kind: 'retry', retryAfterSeconds: error.retryAfterSeconds };
      return { kind: 'rejected', code: error.code, message: error.message, issues: answerIssues(error.details) };
  }
}
