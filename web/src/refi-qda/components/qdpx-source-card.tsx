import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../app/languages';
import { ParticipantChoice } from '../../transcripts/components/participant-choice';
import { isPlaceholder } from '../../transcripts/utils/is-placeholder';
import { nextPlaceholder } from '../../transcripts/utils/next-placeholder';
import type { QdpxPreviewSource } from '../api/refi-qda';
import type { SourceChoice, SourceProblem } from '../utils/source-choice';

/** How many identifier groups are listed before "show all"; long exports have thousands of capitalised words. */
const GROUPS_SHOWN = 200;

interface QdpxSourceCardProps {
  source: QdpxPreviewSource;
  choice: SourceChoice;
  problem: SourceProblem | null;
  showProblem: boolean;
  onChange: (choice: SourceChoice) => void;
}

/** One text source: import it or not, whose interview it is, and which identifiers to replace. */
export function QdpxSourceCard({ source, choice, problem, showProblem, onChange }: QdpxSourceCardProps) {
  const { t, i18n } = useTranslation(['refiQda', 'common', 'coding']);
  const id = useId();
  const number = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en');
  const checked = choice.groups.filter((group) => group.checked).length;

  const setGroup = (position: number, value: boolean) => {
    const groups = choice.groups.map((group, i) => {
      if (i !== position) return group;
      const next = { ...group, checked: value };
      // A capitalised word confirmed as a name gets the next free number instead of [NAME-?].
      if (value && !isPlaceholder(next.placeholder)) next.placeholder = nextPlaceholder(choice.groups);
      return next;
    });
    onChange({ ...choice, groups });
  };

  return (
    <article className="panel refi-qda-source" data-testid="qdpx-source" data-name={source.name}>
      <h3>{source.name || t('refiQda:preview.unnamedSource')}</h3>
      <p className="muted small">{t('refiQda:preview.sourceFacts', { length: number.format(source.lengthCp), codings: source.codings, memos: source.memos })}</p>
      <blockquote className="refi-qda-excerpt">{source.excerpt}…</blockquote>
      <label className="choice choice-compact">
        <input type="checkbox" checked={choice.include} onChange={(event) => onChange({ ...choice, include: event.target.checked })} data-testid="qdpx-source-include" />
        <span className="choice-text">{t('refiQda:preview.include')}</span>
      </label>
      {choice.include && (
        <>
          <ParticipantChoice selected={choice.participant} onSelect={(participant) => onChange({ ...choice, participant })} invalid={showProblem && problem === 'participant'} />
          {showProblem && problem === 'participant' && <p className="field-error">{t('refiQda:preview.problems.participant')}</p>}
          <div className="refi-qda-row">
            <div className="field">
              <label htmlFor={`${id}-language`}>{t('refiQda:preview.language')}</label>
              <select id={`${id}-language`} className="input" value={choice.language} onChange={(event) => onChange({ ...choice, language: event.target.value as Language })}>
                {LANGUAGES.map((lng) => (
                  <option key={lng} value={lng}>
                    {t(`common:languageNames.${lng}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-month`}>{t('refiQda:preview.month')}</label>
              <input
                id={`${id}-month`}
                className="input"
                type="month"
                value={choice.month}
                aria-invalid={showProblem && problem === 'month' ? true : undefined}
                onChange={(event) => onChange({ ...choice, month: event.target.value })}
                data-testid="qdpx-source-month"
              />
              {showProblem && problem === 'month' && <p className="field-error">{t('refiQda:preview.problems.month')}</p>}
            </div>
          </div>
          <details className="refi-qda-identifiers">
            <summary>{t('refiQda:preview.identifiers', { count: choice.groups.length, checked })}</summary>
            <p className="field-hint">{t('refiQda:preview.identifiersHint')}</p>
            <ul className="refi-qda-identifier-list">
              {choice.groups.slice(0, GROUPS_SHOWN).map((group, position) => (
                <li key={group.text}>
                  <label className="choice choice-compact">
                    <input type="checkbox" checked={group.checked} onChange={(event) => setGroup(position, event.target.checked)} />
                    <span className="choice-text">
                      <span className="choice-title">{group.text}</span>
                      <span className="choice-hint">
                        {t(`coding:kinds.${group.kind}`)} · {group.checked ? group.placeholder : t('refiQda:preview.kept')} · {t('refiQda:preview.occurrences', { count: group.occurrences.length })}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            {choice.groups.length > GROUPS_SHOWN && <p className="muted small">{t('refiQda:preview.moreIdentifiers', { count: choice.groups.length - GROUPS_SHOWN })}</p>}
          </details>
        </>
      )}
    </article>
  );
}
