import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../app/is-language';
import { LANGUAGES } from '../../app/languages';
import type { LanguageCoverage } from '../api/instrument-report';

/** Per language: how many texts are translated, and which are missing (place in the file and question). */
export function CoverageList({ coverage }: { coverage: Partial<Record<string, LanguageCoverage>> }) {
  const { t } = useTranslation(['instruments', 'common']);
  const languages = [...LANGUAGES.filter((language) => coverage[language]), ...Object.keys(coverage).filter((code) => !isLanguage(code))];

  return (
    <ul className="coverage-list">
      {languages.map((language) => {
        const entry = coverage[language];
        if (!entry) return null;
        const name = isLanguage(language) ? t(`common:languageNames.${language}`) : language;
        const complete = entry.missing.length === 0;
        return (
          <li key={language} className="coverage" data-testid={`coverage-${language}`} data-state={complete ? 'complete' : 'missing'}>
            <div className="coverage-summary">
              <span className="coverage-language">{name}</span>
              <span className="muted">{t('instruments:report.translated', { translated: entry.translated, total: entry.total })}</span>
              {complete ? (
                <span className="badge badge-ok">{t('instruments:report.complete')}</span>
              ) : (
                <span className="badge badge-draft">{t('instruments:report.missing', { count: entry.missing.length })}</span>
              )}
            </div>
            {!complete && (
              <details className="coverage-details">
                <summary>{t('instruments:report.showMissing', { language: name })}</summary>
                <div className="table-scroll">
                  <table className="table table-dense" data-testid={`missing-${language}`}>
                    <thead>
                      <tr>
                        <th scope="col">{t('instruments:report.question')}</th>
                        <th scope="col">{t('instruments:report.path')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {entry.missing.map((missing) => (
                        <tr key={missing.path}>
                          <td className="cell-text">{missing.context || t('instruments:report.surveyLevel')}</td>
                          <td>
                            <code className="code code-wrap">{missing.path}</code>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
