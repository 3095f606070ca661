import { useMemo } from 'react';
import { useTranscripts } from '../../../transcripts/hooks/use-transcripts';

const ALL = { group: '', center: '', language: '' } as const;

/**
 * The transcripts whose coders may be compared: those the caller sees (their center, or all for
 * project-wide roles) whose codings were revealed, oldest first.
 */
export function useComparableTranscripts() {
  const transcripts = useTranscripts(ALL);
  const revealed = useMemo(
    () => (transcripts.data ?? []).filter((t) => t.codingsRevealedAt !== null).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    [transcripts.data],
  );
  return { ...transcripts, revealed };
}
