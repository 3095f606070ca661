import type { Language } from '../../app/languages';
import type { ResponseStatus, SurveyAccessKind, SurveyAnswers, SurveySession } from '../api/survey-session';

/** What the device needs to show the survey again without the network (no answers in here). */
export type StoredSession = Pick<SurveySession, 'kind' | 'participant' | 'instrumentVersion'>;

/**
 * Everything the participant's device keeps about one survey session, encrypted at rest.
 * `pageNo` -1 means "not known yet": the survey picks the first page with an open question.
 */
export interface LocalSessionState {
  version: 1;
  kind: SurveyAccessKind;
  session: StoredSession;
  language: Language | null;
  consentAccepted: boolean;
  declined: boolean;
  /** A tablet locked by inactivity stays locked across a reload until staff enter their PIN. */
  locked: boolean;
  data: SurveyAnswers;
  pageNo: number;
  status: ResponseStatus;
  /** Milliseconds since the epoch of the last change on this device. */
  updatedAt: number;
}

/** Which response the session writes and the revision the server last confirmed; holds no answers. */
export interface SyncRecord {
  sessionId: string;
  responseId: string;
  revision: number;
}

/** What waits in the outbox until the server confirms it. */
export type OutboxItem =
  | { kind: 'consent'; version: string; language: Language }
  | {
      kind: 'response';
      instrumentVersionId: string;
      participantId: string;
      data: SurveyAnswers;
      status: ResponseStatus;
      language: Language;
    };

/** An outbox entry as sealed: the token travels inside, encrypted, so the queue can be replayed from any page. */
export interface OutboxPayload {
  token: string;
  item: OutboxItem;
}
