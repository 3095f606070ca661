import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../app/languages';
import { ErrorAlert } from '../../ui/components/error-alert';
import type { PinnedQuote } from '../api/joint-display';
import { useQuoteActions } from '../hooks/use-quote-actions';

/** An exemplar quote in the reader's language when translated, else the original, labelled either way. */
export function QuoteView({ quote, link }: { quote: PinnedQuote; link: string }) {
  const { t } = useTranslation(['findings', 'common']);
  const { unpin, translate } = useQuoteActions();
  const [editing, setEditing] = useState(false);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const languageName = (language: string) => t(`common:languageNames.${language}` as 'common:languageNames.en');
  const label = quote.display.translated ? t('findings:table.translatedFrom', { language: languageName(quote.originalLanguage) }) : t('findings:table.original', { language: languageName(quote.originalLanguage) });

  return (
    <figure className="findings-quote" data-testid="findings-quote">
      <blockquote lang={quote.display.language}>“{quote.display.text}”</blockquote>
      <figcaption className="small muted">
        <Link to={link}>{quote.participantCode}</Link> · {label}
      </figcaption>
      <div className="findings-quote-actions">
        <button type="button" className="button-link" onClick={() => (setDrafts({ ...quote.translations }), setEditing(!editing))}>
          {t('findings:quotes.editTranslation')}
        </button>
        <button type="button" className="button-link" disabled={unpin.isPending} onClick={() => unpin.mutate(quote.id)}>
          {t('findings:quotes.unpin')}
        </button>
      </div>
      {editing && (
        <form
          className="findings-quote-form"
          onSubmit={(event) => {
            event.preventDefault();
            translate.mutate({ id: quote.id, translations: drafts, revision: quote.revision }, { onSuccess: () => setEditing(false) });
          }}
        >
          {LANGUAGES.filter((language) => language !== quote.originalLanguage).map((language) => (
            <div className="field" key={language}>
              <label htmlFor={`quote-${quote.id}-${language}`}>{t('findings:quotes.translation', { language: languageName(language) })}</label>
              <textarea id={`quote-${quote.id}-${language}`} className="textarea" rows={2} value={drafts[language] ?? ''} onChange={(event) => setDrafts({ ...drafts, [language]: event.target.value })} />
            </div>
          ))}
          {translate.isError && <ErrorAlert error={translate.error} />}
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={translate.isPending}>
              {t('findings:quotes.save')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setEditing(false)}>
              {t('findings:quotes.cancel')}
            </button>
          </div>
        </form>
      )}
      {unpin.isError && <ErrorAlert error={unpin.error} />}
    </figure>
  );
}
