import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../app/languages';
import { usePercentFormat } from '../hooks/use-percent-format';

interface CompletenessBarsProps {
  /** Share of the version's texts available per language, 0 to 1. */
  completeness: Partial<Record<string, number>>;
  /** The languages the version offers to respondents; the others are shown, quieter. */
  offered: readonly string[];
  compact?: boolean;
}

/** One small bar per language: how much of the version is translated. */
export function CompletenessBars({ completeness, offered, compact = false }: CompletenessBarsProps) {
  const { t } = useTranslation(['instruments', 'common']);
  const percent = usePercentFormat();

  return (
    <ul className={compact ? 'completeness completeness-compact' : 'completeness'}>
      {LANGUAGES.map((language) => {
        const share = Math.min(1, Math.max(0, completeness[language] ?? 0));
        const isOffered = offered.includes(language);
        const state = share >= 1 ? 'complete' : share > 0 ? 'partial' : 'none';
        return (
          <li
            key={language}
            className={`completeness-item completeness-${state}${isOffered ? '' : ' completeness-not-offered'}`}
            data-testid={`completeness-${language}`}
            data-state={state}
          >
            <span className="completeness-language">{t(`common:languageNames.${language}`)}</span>
            <span className="completeness-track" aria-hidden="true">
              <span className="completeness-fill" style={{ width: `${share * 100}%` }} />
            </span>
            <span className="completeness-value">
              {percent(share)}
              {!isOffered && <span className="completeness-note"> · {t('instruments:completeness.notOffered')}</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
