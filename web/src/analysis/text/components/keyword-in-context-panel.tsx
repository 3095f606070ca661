import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../ui/components/error-alert';
import { LoadingState } from '../../../ui/components/loading-state';
import type { TextFilters } from '../api/text-analysis';
import { useKeywordInContext } from '../hooks/use-keyword-in-context';
import { passageLink } from '../utils/passage-link';

interface KeywordInContextPanelProps {
  filters: TextFilters;
  /** The term last picked from a table; typing replaces it. */
  term: string;
  onTermChange: (term: string) => void;
}

/** Every occurrence of a word (all forms with its stem) with the words around it, linked to the reader. */
export function KeywordInContextPanel({ filters, term, onTermChange }: KeywordInContextPanelProps) {
  const { t } = useTranslation(['textAnalysis', 'participants']);
  const id = useId();
  const [draft, setDraft] = useState(term);
  useEffect(() => setDraft(term), [term]);
  const kwic = useKeywordInContext(filters, term);

  return (
    <section className="text-panel" aria-labelledby="kwic-heading" data-testid="keyword-in-context">
      <h2 id="kwic-heading">{t('textAnalysis:kwic.heading')}</h2>
      <form
        className="filters"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          onTermChange(draft.trim());
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-term`}>{t('textAnalysis:kwic.term')}</label>
          <input id={`${id}-term`} className="input" value={draft} maxLength={100} onChange={(event) => setDraft(event.target.value)} data-testid="kwic-term" />
        </div>
        <div className="filters-actions">
          <button type="submit" className="button button-primary" data-testid="kwic-search">
            {t('textAnalysis:kwic.search')}
          </button>
        </div>
      </form>
      {term === '' && <p className="muted">{t('textAnalysis:kwic.prompt')}</p>}
      {term !== '' && kwic.isPending && <LoadingState />}
      {kwic.isError && <ErrorAlert error={kwic.error} onRetry={() => void kwic.refetch()} />}
      {kwic.data && term !== '' && (
        <>
          <p className="muted" data-testid="kwic-total">
            {t('textAnalysis:kwic.total', { count: kwic.data.total, term: kwic.data.term })}
            {kwic.data.total > kwic.data.items.length && ` ${t('textAnalysis:kwic.truncated', { shown: kwic.data.items.length })}`}
          </p>
          {kwic.data.items.length === 0 ? (
            <p className="empty">{t('textAnalysis:kwic.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="table kwic-table" data-testid="kwic-table">
                <caption className="visually-hidden">{t('textAnalysis:kwic.heading')}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="kwic-left">
                      {t('textAnalysis:kwic.left')}
                    </th>
                    <th scope="col" className="kwic-keyword">
                      {t('textAnalysis:kwic.keyword')}
                    </th>
                    <th scope="col">{t('textAnalysis:kwic.right')}</th>
                    <th scope="col">{t('textAnalysis:kwic.source')}</th>
                  </tr>
                </thead>
                <tbody>
                  {kwic.data.items.map((line) => {
                    const link = passageLink(line);
                    return (
                      <tr key={`${line.transcriptId ?? line.responseId ?? ''}:${line.question ?? ''}:${line.start}`} data-testid="kwic-line">
                        <td className="kwic-left">{line.left}</td>
                        <td className="kwic-keyword">
                          <strong>{line.keyword}</strong>
                        </td>
                        <td className="kwic-right">{line.right}</td>
                        <td>
                          {link ? (
                            <Link to={link} data-testid="kwic-open">
                              {t('textAnalysis:kwic.openInterview', { group: t(`participants:groups.${line.group}` as never), center: line.center })}
                            </Link>
                          ) : (
                            <span className="muted">{t('textAnalysis:kwic.surveyAnswer', { question: line.question ?? '', center: line.center })}</span>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
