import { useTranslation } from 'react-i18next';
import { ANALYSIS_TAG_NAMES, type AnalysisTag } from '../api/analysis-tags';
import type { QuestionTags } from '../api/dictionary-entry';
import { isAnalysisTagValue } from '../utils/is-analysis-tag-value';

/** The analysis tags of a question as chips: "Criterion: Diagnostic accuracy". */
export function TagChips({ tags }: { tags: QuestionTags }) {
  const { t } = useTranslation(['instruments']);
  const present = ANALYSIS_TAG_NAMES.filter((tag) => tags[tag]);
  if (present.length === 0) return <span className="muted">{t('instruments:questions.none')}</span>;

  const valueName = (tag: AnalysisTag, value: string): string => {
    if (tag === 'criterion' && isAnalysisTagValue('criterion', value)) return t(`instruments:tags.criterion.${value}`);
    if (tag === 'task' && isAnalysisTagValue('task', value)) return t(`instruments:tags.task.${value}`);
    if (tag === 'measure' && isAnalysisTagValue('measure', value)) return t(`instruments:tags.measure.${value}`);
    return value;
  };

  return (
    <ul className="tag-chips">
      {present.map((tag) => {
        const value = tags[tag] ?? '';
        return (
          <li key={tag} className={`tag-chip tag-chip-${tag}`} data-testid="tag-chip" data-tag={tag} data-value={value}>
            <span className="tag-chip-label">{t(`instruments:tags.label.${tag}`)}</span> {valueName(tag, value)}
          </li>
        );
      })}
    </ul>
  );
}
