import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import type { DictionaryEntry } from '../api/dictionary-entry';
import { useDataDictionary } from '../hooks/use-data-dictionary';
import { choiceLabel } from '../utils/choice-label';
import { localizedText } from '../utils/localized-text';
import { TagChips } from './tag-chips';

/** A read-only overview of the version's questions from its data dictionary, titles in the reader's language. */
export function QuestionOverview({ versionId }: { versionId: string }) {
  const { t, i18n } = useTranslation(['instruments', 'common']);
  const dictionary = useDataDictionary(versionId);
  const language = i18n.resolvedLanguage ?? 'en';

  const answers = (entry: DictionaryEntry) => {
    const options = entry.choices?.length ? entry.choices : entry.columns;
    if (options && options.length > 0) {
      return (
        <ul className="choice-list">
          {options.map((choice) => (
            <li key={String(choice.value)}>{choiceLabel(choice, language)}</li>
          ))}
        </ul>
      );
    }
    if (entry.rateMin !== undefined && entry.rateMax !== undefined) {
      return t('instruments:questions.scale', { min: entry.rateMin, max: entry.rateMax });
    }
    return <span className="muted">{t('instruments:questions.none')}</span>;
  };

  return (
    <section className="panel" aria-labelledby="questions-title">
      <h2 id="questions-title">{t('instruments:questions.title')}</h2>
      <p className="muted">{t('instruments:questions.intro')}</p>
      {dictionary.isPending && <LoadingState />}
      {dictionary.isError && <ErrorAlert error={dictionary.error} onRetry={() => void dictionary.refetch()} />}
      {dictionary.data && dictionary.data.length === 0 && <p className="empty">{t('instruments:questions.empty')}</p>}
      {dictionary.data && dictionary.data.length > 0 && (
        <>
          <p className="muted small" data-testid="question-count">
            {t('instruments:questions.count', { count: dictionary.data.length })}
          </p>
          <div className="table-scroll" role="region" aria-labelledby="questions-title" tabIndex={0}>
            <table className="table table-dense" data-testid="question-table">
              <thead>
                <tr>
                  <th scope="col">{t('instruments:questions.name')}</th>
                  <th scope="col">{t('instruments:questions.question')}</th>
                  <th scope="col">{t('instruments:questions.answers')}</th>
                  <th scope="col">{t('instruments:questions.tags')}</th>
                </tr>
              </thead>
              <tbody>
                {dictionary.data.map((entry) => (
                  <tr key={entry.name} data-testid="question-row" data-name={entry.name}>
                    <th scope="row" className="question-name">
                      <code className="code code-wrap">{entry.name}</code>
                      <span className="cell-sub">
                        {entry.page ? t('instruments:questions.typeOnPage', { type: entry.type, page: entry.page }) : entry.type}
                      </span>
                    </th>
                    <td className="cell-text question-title">
                      <span className="cell-strong">{localizedText(entry.title, language) ?? entry.name}</span>
                      {entry.required && <span className="badge badge-muted question-required">{t('instruments:questions.required')}</span>}
                      {entry.visibleIf && (
                        <span className="cell-sub">
                          {t('instruments:questions.shownIf', { condition: entry.visibleIf })}
                        </span>
                      )}
                    </td>
                    <td className="cell-text">{answers(entry)}</td>
                    <td className="question-tags">
                      <TagChips tags={entry.tags ?? {}} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
