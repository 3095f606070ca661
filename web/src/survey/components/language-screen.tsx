import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../app/languages';
import { useHeadingFocus } from '../hooks/use-heading-focus';

interface LanguageScreenProps {
  current: Language;
  /** The languages this instrument version is translated into (all four for published ones). */
  available: readonly string[];
  onChoose: (language: Language) => void;
}

/** Four large buttons, each language in its own name, so everyone finds theirs whatever is shown now. */
export function LanguageScreen({ current, available, onChoose }: LanguageScreenProps) {
  const { t } = useTranslation(['survey']);
  const heading = useHeadingFocus<HTMLHeadingElement>();
  return (
    <section className="participant-screen" aria-labelledby="language-title" data-testid="language-screen">
      <h1 id="language-title" ref={heading} tabIndex={-1}>
        {t('survey:language.title')}
      </h1>
      <p className="participant-lead">{t('survey:language.intro')}</p>
      <div className="language-grid" role="group" aria-labelledby="language-title">
        {offered(available).map((language) => (
          <button
            key={language}
            type="button"
            lang={language}
            className="language-choice"
            aria-current={language === current ? 'true' : undefined}
            onClick={() => onChoose(language)}
            data-testid={`language-option-${language}`}
          >
            {t(`survey:language.native.${language}`)}
          </button>
        ))}
      </div>
    </section>
  );
}

function offered(available: readonly string[]): Language[] {
  const languages = LANGUAGES.filter((language) => available.includes(language));
  return languages.length > 0 ? languages : [...LANGUAGES];
}
