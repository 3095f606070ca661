import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeLanguage } from '../hooks/use-change-language';
import { isLanguage } from '../is-language';
import { LANGUAGES } from '../languages';

interface LanguageSwitcherProps {
  /** Buttons for the sign-in page and tablets, a compact select for the app header. */
  variant: 'buttons' | 'select';
}

/** Each language is offered in its own name, so a reader finds theirs whatever is shown now. */
export function LanguageSwitcher({ variant }: LanguageSwitcherProps) {
  const { t, i18n } = useTranslation(['common']);
  const changeLanguage = useChangeLanguage();
  const id = useId();
  const current = i18n.resolvedLanguage;

  if (variant === 'select') {
    return (
      <div className="language-select">
        <label htmlFor={id} className="language-select-label">
          {t('common:language.label')}
        </label>
        <select
          id={id}
          className="select select-compact"
          value={current}
          onChange={(event) => {
            if (isLanguage(event.target.value)) changeLanguage(event.target.value);
          }}
          data-testid="language-switcher"
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {t(`common:language.native.${language}`)}
            </option>
          ))}
        </select>
      </div>
    );
  }

  return (
    <div className="language-buttons" role="group" aria-label={t('common:language.label')} data-testid="language-switcher">
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-button"
          aria-pressed={current === language}
          onClick={() => changeLanguage(language)}
          data-testid={`language-option-${language}`}
        >
          {t(`common:language.native.${language}`)}
        </button>
      ))}
    </div>
  );
}
