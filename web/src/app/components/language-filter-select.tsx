import { useTranslation } from 'react-i18next';
import { isLanguage } from '../is-language';
import { LANGUAGES, type Language } from '../languages';

interface LanguageFilterSelectProps {
  id: string;
  label: string;
  /** The text of the "any language" choice. */
  allLabel: string;
  value: Language | '';
  onChange: (language: Language | '') => void;
  testId: string;
}

/** A study-language filter with an "all languages" choice, shared by the list pages. */
export function LanguageFilterSelect({ id, label, allLabel, value, onChange, testId }: LanguageFilterSelectProps) {
  const { t } = useTranslation(['common']);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value} onChange={(event) => onChange(isLanguage(event.target.value) ? event.target.value : '')} data-testid={testId}>
        <option value="">{allLabel}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {t(`common:languageNames.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
