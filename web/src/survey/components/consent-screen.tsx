import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../app/languages';
import type { ConsentText } from '../api/survey-session';
import { useHeadingFocus } from '../hooks/use-heading-focus';

interface ConsentScreenProps {
  consent: ConsentText;
  language: Language;
  onAccept: () => void;
  onDecline: () => void;
  onChangeLanguage: () => void;
}

/** The consent text of this instrument version, in the chosen language; taking part needs a tick. */
export function ConsentScreen({ consent, language, onAccept, onDecline, onChangeLanguage }: ConsentScreenProps) {
  const { t } = useTranslation(['survey']);
  const heading = useHeadingFocus<HTMLHeadingElement>();
  const checkboxId = useId();
  const [agreed, setAgreed] = useState(false);
  const [reminded, setReminded] = useState(false);
  const text = consent.text[language] ?? consent.text.en ?? '';
  const paragraphs = text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);

  return (
    <section className="participant-screen" aria-labelledby="consent-title" data-testid="consent-screen">
      <h1 id="consent-title" ref={heading} tabIndex={-1}>
        {t('survey:consent.title')}
      </h1>
      <div className="consent-text" data-testid="consent-text">
        {paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      <p className="participant-note">{t('survey:consent.version', { version: consent.version })}</p>
      <form
        className="consent-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (agreed) onAccept();
          else setReminded(true);
        }}
      >
        <label className="participant-check" htmlFor={checkboxId}>
          <input
            id={checkboxId}
            type="checkbox"
            checked={agreed}
            aria-invalid={reminded && !agreed ? true : undefined}
            aria-describedby={reminded && !agreed ? `${checkboxId}-reminder` : undefined}
            onChange={(event) => setAgreed(event.target.checked)}
            data-testid="consent-agree"
          />
          <span>{t('survey:consent.agree')}</span>
        </label>
        {reminded && !agreed && (
          <p id={`${checkboxId}-reminder`} className="participant-error" role="alert">
            {t('survey:consent.reminder')}
          </p>
        )}
        <div className="participant-actions">
          <button type="submit" className="participant-button participant-button-primary" data-testid="consent-continue">
            {t('survey:consent.continue')}
          </button>
          <button type="button" className="participant-button participant-button-secondary" onClick={onDecline} data-testid="consent-decline">
            {t('survey:consent.decline')}
          </button>
        </div>
      </form>
      <button type="button" className="participant-link" onClick={onChangeLanguage} data-testid="change-language">
        {t('survey:consent.changeLanguage')}
      </button>
    </section>
  );
}
