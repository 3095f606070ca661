import type { Language } from '../../app/languages';

/** A speaker turn matching a full-text search; the matches in `fragments` are wrapped in «…». */
export interface SearchHit {
  segmentId: string;
  transcriptId: string;
  participantCode: string;
  language: Language;
  segmentStart: number;
  fragments: string;
  rank: number;
}
