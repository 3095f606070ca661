import { passageHash } from '../../../coding/utils/passage-hash';
import type { KeywordInContextLine } from '../api/text-analysis';

/** The reader's address of a keyword-in-context line, at the keyword; null for survey answers. */
export function passageLink(line: Pick<KeywordInContextLine, 'source' | 'transcriptId' | 'start' | 'end'>): string | null {
  if (line.source !== 'transcript' || !line.transcriptId) return null;
  return `/transcripts/${encodeURIComponent(line.transcriptId)}${passageHash(line.start, line.end)}`;
}
