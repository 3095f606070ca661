import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../../codebook/api/code';
import type { Transcript } from '../../../transcripts/api/transcript';
import { ErrorAlert } from '../../../ui/components/error-alert';
import { LoadingState } from '../../../ui/components/loading-state';
import type { CodeSuggestion, SuggestionQueue as Queue, SuggestionQueueFilters } from '../api/suggestions';
import { useReviewSuggestion, type ReviewDecision } from '../hooks/use-review-suggestion';
import { focusAfterRemoval, nextFocusIndex } from '../utils/next-focus-index';
import { SuggestionItem } from './suggestion-item';

interface SuggestionQueueProps {
  queue: { data: Queue | undefined; isPending: boolean; isError: boolean; error: unknown; isFetching: boolean; refetch: () => unknown };
  filters: SuggestionQueueFilters;
  onFiltersChange: (filters: SuggestionQueueFilters) => void;
  codes: ReadonlyMap<string, Code>;
  nameOf: (codeId: string) => string;
  transcripts: readonly Transcript[];
}

/**
 * The review queue. Keyboard: ↓/↑ (or j/k) move between suggestions, A accepts and R rejects the
 * focused one; focus then moves to the next suggestion so a researcher can work through the list.
 */
export function SuggestionQueue({ queue, filters, onFiltersChange, codes, nameOf, transcripts }: SuggestionQueueProps) {
  const { t } = useTranslation(['textAnalysis']);
  const id = useId();
  const review = useReviewSuggestion();
  const items = queue.data?.items ?? [];
  const refs = useRef<Array<HTMLLIElement | null>>([]);
  const [focused, setFocused] = useState(0);
  const [pendingFocus, setPendingFocus] = useState<number | null>(null);
  const [accepted, setAccepted] = useState<string | null>(null);

  useEffect(() => {
    if (pendingFocus === null) return;
    refs.current[pendingFocus]?.focus();
    setPendingFocus(null);
  }, [pendingFocus, items.length]);

  const decide = (suggestion: CodeSuggestion, index: number, decision: ReviewDecision) => {
    review.mutate(
      { suggestion, decision },
      {
        onSuccess: () => {
          if (decision === 'accept') setAccepted(nameOf(suggestion.codeId));
          setPendingFocus(focusAfterRemoval(index, items.length));
        },
      },
    );
  };

  return (
    <section className="suggestions-queue" aria-labelledby={`${id}-heading`} data-testid="suggestion-queue">
      <h2 id={`${id}-heading`}>{t('textAnalysis:queue.heading')}</h2>
      <div className="filters">
        <div className="field">
          <label htmlFor={`${id}-transcript`}>{t('textAnalysis:queue.transcript')}</label>
          <select id={`${id}-transcript`} className="select" value={filters.transcriptId} onChange={(event) => onFiltersChange({ ...filters, transcriptId: event.target.value })}>
            <option value="">{t('textAnalysis:queue.allTranscripts')}</option>
            {transcripts.map((transcript) => (
              <option key={transcript.id} value={transcript.id}>
                {transcript.participantCode} · {transcript.language.toUpperCase()}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('textAnalysis:queue.code')}</label>
          <select id={`${id}-code`} className="select" value={filters.codeId} onChange={(event) => onFiltersChange({ ...filters, codeId: event.target.value })}>
            <option value="">{t('textAnalysis:queue.allCodes')}</option>
            {[...codes.values()]
              .map((code) => ({ id: code.id, name: nameOf(code.id) }))
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((code) => (
                <option key={code.id} value={code.id}>
                  {code.name}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-confidence`}>{t('textAnalysis:queue.minConfidence', { percent: Math.round(filters.minConfidence * 100) })}</label>
          <input
            id={`${id}-confidence`}
            type="range"
            min={0}
            max={95}
            step={5}
            value={Math.round(filters.minConfidence * 100)}
            onChange={(event) => onFiltersChange({ ...filters, minConfidence: Number(event.target.value) / 100 })}
          />
        </div>
      </div>
      <p className="muted">{t('textAnalysis:queue.keyboard')}</p>
      {accepted && (
        <p className="alert alert-success" role="status" data-testid="suggestion-accepted">
          {t('textAnalysis:queue.accepted', { code: accepted })}
        </p>
      )}
      {review.isError && <ErrorAlert error={review.error} />}
      {queue.isPending && <LoadingState />}
      {queue.isError && <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.data && (
        <>
          <p data-testid="suggestion-total">{t('textAnalysis:queue.total', { count: queue.data.total })}</p>
          {items.length === 0 ? (
            <p className="empty">{t('textAnalysis:queue.empty')}</p>
          ) : (
            <ol
              className="suggestion-list"
              aria-busy={queue.isFetching || review.isPending}
              onKeyDown={(event) => {
                if (event.target instanceof HTMLButtonElement && (event.key === 'Enter' || event.key === ' ')) return;
                const next = nextFocusIndex(event.key, focused, items.length);
                if (next !== null) {
                  event.preventDefault();
                  refs.current[next]?.focus();
                  return;
                }
                const suggestion = items[focused];
                if (!suggestion || review.isPending || event.ctrlKey || event.metaKey || event.altKey) return;
                const key = event.key.toLowerCase();
                if (key === 'a' || key === 'r') {
                  event.preventDefault();
                  decide(suggestion, focused, key === 'a' ? 'accept' : 'reject');
                }
              }}
            >
              {items.map((suggestion, index) => (
                <SuggestionItem
                  key={suggestion.id}
                  ref={(element) => {
                    refs.current[index] = element;
                  }}
                  suggestion={suggestion}
                  codeName={nameOf(suggestion.codeId)}
                  codeColor={codes.get(suggestion.codeId)?.color ?? '#5b6b7a'}
                  busy={review.isPending}
                  onFocus={() => setFocused(index)}
                  onAccept={() => decide(suggestion, index, 'accept')}
                  onReject={() => decide(suggestion, index, 'reject')}
                />
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
