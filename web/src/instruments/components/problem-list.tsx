import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../app/is-language';
import type { InstrumentProblem } from '../api/instrument-report';

/** Problems in a SurveyJS file, errors first, each in the server's words. */
export function ProblemList({ problems, testId = 'problem-list' }: { problems: InstrumentProblem[]; testId?: string }) {
  const { t } = useTranslation(['instruments', 'common']);
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));

  const text = (problem: InstrumentProblem): string => {
    if (problem.message) return problem.message;
    // The import report itself carries problems without messages; there they are only ever
    // missing translations (anything worse refuses the import with localized details).
    if (problem.code === 'INSTRUMENT_MISSING_TRANSLATION') {
      const { language = '', missing = 0, total = 0 } = problem.params;
      return t('instruments:report.missingTranslation', {
        language: isLanguage(language) ? t(`common:languageNames.${language}`) : String(language),
        missing,
        total,
      });
    }
    const params = Object.entries(problem.params)
      .map(([name, value]) => `${name}: ${value}`)
      .join(', ');
    return params ? `${problem.code} (${params})` : problem.code;
  };

  return (
    <ul className="problem-list" data-testid={testId}>
      {sorted.map((problem, index) => (
        <li key={`${problem.code}-${index}`} className={`problem problem-${problem.severity}`} data-testid="problem" data-code={problem.code}>
          <span className={problem.severity === 'error' ? 'badge badge-danger' : 'badge badge-draft'}>
            {t(`instruments:report.severity.${problem.severity}`)}
          </span>
          <span className="problem-message">{text(problem)}</span>
        </li>
      ))}
    </ul>
  );
}
