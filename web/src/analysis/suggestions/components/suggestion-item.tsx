import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { passageHash } from '../../../coding/utils/passage-hash';
import type { CodeSuggestion } from '../api/suggestions';
import { formatMetric } from '../utils/format-metric';

interface SuggestionItemProps {
  suggestion: CodeSuggestion;
  codeName: string;
  codeColor: string;
  busy: boolean;
  onAccept: () => void;
  onReject: () => void;
  onFocus: () => void;
}

/** One queued suggestion: the passage, the code in the reader's language, the confidence, the decision. */
export const SuggestionItem = forwardRef<HTMLLIElement, SuggestionItemProps>(function SuggestionItem(
  { suggestion, codeName, codeColor, busy, onAccept, onReject, onFocus },
  ref,
) {
  const { t, i18n } = useTranslation(['textAnalysis', 'participants']);
  const confidence = formatMetric(suggestion.confidence, i18n.resolvedLanguage);
  return (
    <li
      ref={ref}
      className="suggestion-item"
      tabIndex={0}
      onFocus={onFocus}
      aria-label={t('textAnalysis:queue.itemLabel', { code: codeName, confidence, participant: suggestion.participantCode })}
      data-testid="suggestion-item"
      data-suggestion-id={suggestion.id}
    >
      <div className="suggestion-meta">
        <span className="suggestion-code" style={{ borderColor: codeColor }} data-testid="suggestion-code">
          {codeName}
        </span>
        <span className="suggestion-confidence" title={t('textAnalysis:queue.confidence')}>
          <span className="confidence-bar" aria-hidden="true">
            <span className="confidence-bar-fill" style={{ width: `${Math.round(suggestion.confidence * 100)}%` }} />
          </span>
          <span>{t('textAnalysis:queue.confidenceValue', { confidence })}</span>
        </span>
        <Link to={`/transcripts/${encodeURIComponent(suggestion.transcriptId)}${passageHash(suggestion.start, suggestion.end)}`} className="muted">
          {suggestion.participantCode} · {t(`participants:groups.${suggestion.group}` as never)}
        </Link>
      </div>
      <blockquote className="suggestion-passage" lang={suggestion.language}>
        {suggestion.text}
      </blockquote>
      <div className="suggestion-actions">
        <button type="button" className="button button-primary" onClick={onAccept} disabled={busy} aria-keyshortcuts="a" data-testid="suggestion-accept">
          {t('textAnalysis:queue.accept')}
        </button>
        <button type="button" className="button button-secondary" onClick={onReject} disabled={busy} aria-keyshortcuts="r" data-testid="suggestion-reject">
          {t('textAnalysis:queue.reject')}
        </button>
      </div>
    </li>
  );
});
