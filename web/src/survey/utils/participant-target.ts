import type { SurveyAccessKind } from '../api/survey-session';

export interface ParticipantTarget {
  kind: SurveyAccessKind;
  token: string;
  /** The page's own path, e.g. /tablet/abc…, without query. */
  path: string;
}

/** Reads `/tablet/<token>` or `/survey/<token>`; null for anything else. */
export function parseParticipantPath(pathname: string): ParticipantTarget | null {
  const match = /^\/(tablet|survey)\/([A-Za-z0-9_-]{20,100})\/?$/.exec(pathname);
  if (!match) return null;
  const kind: SurveyAccessKind = match[1] === 'tablet' ? 'tablet' : 'invitation';
  return { kind, token: match[2] ?? '', path: `/${match[1]}/${match[2]}` };
}
