import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isLanguage } from '../../app/is-language';
import { LANGUAGES } from '../../app/languages';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import type { SearchHit } from '../api/search-hit';
import { useSearch } from '../hooks/use-search';
import { highlightedFragments } from '../utils/highlighted-fragments';
import { passageHash } from '../utils/passage-hash';
import { CodingNav } from './coding-nav';

/** /coding/search — stemmed full-text search over all turns, hits grouped by interview. */
export function SearchPage() {
  const { t } = useTranslation(['coding', 'common']);
  usePageTitle(t('coding:search.title'));
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const languageParam = params.get('language');
  const language = isLanguage(languageParam) ? languageParam : '';
  const [typed, setTyped] = useState(query);
  useEffect(() => setTyped(query), [query]);
  const search = useSearch(query, language);

  const groups = useMemo(() => {
    const byTranscript = new Map<string, SearchHit[]>();
    for (const hit of search.data ?? []) {
      const list = byTranscript.get(hit.transcriptId);
      if (list) list.push(hit);
      else byTranscript.set(hit.transcriptId, [hit]);
    }
    return [...byTranscript.values()];
  }, [search.data]);

  const update = (changes: Record<string, string>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  return (
    <section className="page" data-testid="search-page">
      <CodingNav />
      <h1>{t('coding:search.title')}</h1>
      <p className="lead">{t('coding:search.intro')}</p>
      <form
        className="filters"
        role="search"
        aria-label={t('coding:search.title')}
        onSubmit={(event) => {
          event.preventDefault();
          update({ q: typed.trim() });
        }}
      >
        <div className="field search-field">
          <label htmlFor="search-query">{t('coding:search.query')}</label>
          <input
            id="search-query"
            className="input"
            type="search"
            autoComplete="off"
            maxLength={200}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            data-testid="search-query"
          />
        </div>
        <div className="field">
          <label htmlFor="search-language">{t('coding:filters.language')}</label>
          <select
            id="search-language"
            className="select"
            value={language}
            onChange={(event) => update({ language: isLanguage(event.target.value) ? event.target.value : '' })}
            data-testid="search-language"
          >
            <option value="">{t('coding:filters.allLanguages')}</option>
            {LANGUAGES.map((option) => (
              <option key={option} value={option}>
                {t(`common:languageNames.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters-actions">
          <button type="submit" className="button button-primary" data-testid="search-submit">
            {t('coding:search.submit')}
          </button>
        </div>
      </form>
      <p className="field-hint">{t('coding:search.hint')}</p>

      {query && search.isPending && <LoadingState />}
      {search.isError && <ErrorAlert error={search.error} onRetry={() => void search.refetch()} />}
      {query && search.data && (
        <section aria-labelledby="search-results-title" className={search.isPlaceholderData ? 'is-refreshing' : undefined}>
          <h2 id="search-results-title" className="visually-hidden-coding">
            {t('coding:search.results')}
          </h2>
          <p className="muted small" role="status" aria-live="polite" data-testid="search-count">
            {t('coding:search.count', { count: search.data.length, transcripts: groups.length })}
          </p>
          {groups.length === 0 && <p className="empty">{t('coding:search.none')}</p>}
          {groups.map((hits) => {
            const first = hits[0];
            if (!first) return null;
            return (
              <section key={first.transcriptId} className="panel search-group" data-testid="search-group">
                <h3 className="search-group-title">
                  <Link className="pseudonym" to={`/transcripts/${encodeURIComponent(first.transcriptId)}`}>
                    {first.participantCode}
                  </Link>{' '}
                  <span className="muted small">
                    {t(`common:languageNames.${first.language}`)} · {t('coding:search.hits', { count: hits.length })}
                  </span>
                </h3>
                <ul className="search-hits">
                  {hits.map((hit) => (
                    <li key={hit.segmentId} data-testid="search-hit" data-transcript-id={hit.transcriptId}>
                      <p className="search-fragment" lang={hit.language}>
                        {highlightedFragments(hit.fragments).map((part, position) =>
                          part.match ? <mark key={position}>{part.text}</mark> : <span key={position}>{part.text}</span>,
                        )}
                      </p>
                      <Link to={`/transcripts/${encodeURIComponent(hit.transcriptId)}${passageHash(hit.segmentStart)}`} className="small" data-testid="search-hit-open">
                        {t('coding:search.open')}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </section>
      )}
    </section>
  );
}
