import { useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isLanguage } from '../../app/is-language';
import { LANGUAGES, type Language } from '../../app/languages';
import { createCodePointIndex } from '../../coding/utils/code-point-index';
import type { CodePointRange } from '../../coding/utils/code-point-range';
import type { Participant } from '../../participants/api/participant';
import { ErrorAlert } from '../../ui/components/error-alert';
import type { SpeakerOptions, TranscriptPreview } from '../api/transcript-preview';
import { useCreateTranscript } from '../hooks/use-create-transcript';
import { useMonthFormat } from '../hooks/use-month-format';
import type { CandidateGroup } from '../utils/candidate-group';
import { findOccurrences } from '../utils/find-occurrences';
import { groupCandidates } from '../utils/group-candidates';
import { isPlaceholder } from '../utils/is-placeholder';
import { nextPlaceholder } from '../utils/next-placeholder';
import { rememberTermsFromGroups } from '../utils/remember-terms-from-groups';
import { replacementsFromGroups } from '../utils/replacements-from-groups';
import { CandidateLegend } from './candidate-legend';
import { CandidateTable } from './candidate-table';
import { PreviewText } from './preview-text';

interface PseudonymizePreviewProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  preview: TranscriptPreview;
  upload: { fileName: string; contentBase64: string };
  participant: Participant;
  month: string;
  speakerOptions: SpeakerOptions | undefined;
  onBack: () => void;
}

/**
 * Step 2: the text with every identifier the server found, each confirmed or not, with the
 * placeholder that will stand in its place. Anything else can be selected and replaced by hand.
 * Saving stores only the pseudonymized text; then the reader opens.
 */
export function PseudonymizePreview({ headingRef, preview, upload, participant, month, speakerOptions, onBack }: PseudonymizePreviewProps) {
  const { t, i18n } = useTranslation(['coding', 'common']);
  const navigate = useNavigate();
  const monthFormat = useMonthFormat();
  const create = useCreateTranscript();
  const index = useMemo(() => createCodePointIndex(preview.text), [preview.text]);
  const [groups, setGroups] = useState<CandidateGroup[]>(() => groupCandidates(preview.candidates));
  const suggested = preview.suggestedLanguage.language;
  const [language, setLanguage] = useState<Language>(isLanguage(suggested) ? suggested : participant.language);
  const [remember, setRemember] = useState(true);
  const [selection, setSelection] = useState<CodePointRange | null>(null);
  const [focusGroup, setFocusGroup] = useState<number | null>(null);
  const [problem, setProblem] = useState<'placeholder' | null>(null);
  const percent = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', { style: 'percent' });

  const update = (position: number, changes: Partial<CandidateGroup>) =>
    setGroups((current) =>
      current.map((group, i) => {
        if (i !== position) return group;
        const next = { ...group, ...changes };
        // A capitalised word confirmed as a name gets the next free number instead of [NAME-?].
        if (changes.checked && !isPlaceholder(next.placeholder)) next.placeholder = nextPlaceholder(current);
        return next;
      }),
    );

  const addSelection = () => {
    if (!selection) return;
    const text = index.slice(selection.start, selection.end).trim();
    if (!text) return;
    const existing = groups.findIndex((group) => group.text === text);
    if (existing >= 0) {
      update(existing, { checked: true });
      setFocusGroup(existing);
    } else {
      const found = findOccurrences(index, text);
      setGroups((current) => [
        ...current,
        {
          text,
          kind: 'name',
          placeholder: nextPlaceholder(current),
          checked: true,
          occurrences: found.length > 0 ? found : [selection],
          manual: true,
        },
      ]);
      setFocusGroup(groups.length);
    }
    setSelection(null);
    window.getSelection()?.removeAllRanges();
  };

  const save = () => {
    if (groups.some((group) => group.checked && !isPlaceholder(group.placeholder))) return setProblem('placeholder');
    setProblem(null);
    create.mutate(
      {
        participantId: participant.id,
        language,
        interviewMonth: month,
        fileName: upload.fileName,
        contentBase64: upload.contentBase64,
        ...(speakerOptions ? { speakerOptions } : {}),
        replacements: replacementsFromGroups(groups),
        rememberTerms: remember ? rememberTermsFromGroups(groups) : [],
      },
      { onSuccess: (transcript) => void navigate(`/transcripts/${encodeURIComponent(transcript.id)}`) },
    );
  };

  const confirmed = groups.filter((group) => group.checked).length;
  const selectedText = selection ? index.slice(selection.start, selection.end) : '';

  return (
    <section className="panel" aria-labelledby="import-preview-title" data-testid="import-preview-step">
      <h2 id="import-preview-title" ref={headingRef} tabIndex={-1}>
        {t('coding:preview.title')}
      </h2>
      <p className="muted">{t('coding:preview.intro')}</p>

      <dl className="facts">
        <div>
          <dt>{t('coding:import.participant')}</dt>
          <dd className="pseudonym">{participant.code}</dd>
        </div>
        <div>
          <dt>{t('coding:import.month')}</dt>
          <dd>{monthFormat(month)}</dd>
        </div>
        <div>
          <dt>{t('coding:preview.file')}</dt>
          <dd className="code-wrap">{upload.fileName}</dd>
        </div>
        <div>
          <dt>{t('coding:preview.format')}</dt>
          <dd>{preview.encoding ? `${preview.format} · ${preview.encoding}` : preview.format}</dd>
        </div>
        <div>
          <dt>{t('coding:preview.turns')}</dt>
          <dd data-testid="preview-turns">{preview.segments.length}</dd>
        </div>
      </dl>

      <div className="form">
        <div className="field preview-language">
          <label htmlFor="preview-language">{t('coding:preview.language')}</label>
          <select
            id="preview-language"
            className="select"
            value={language}
            aria-describedby="preview-language-hint"
            onChange={(event) => {
              if (isLanguage(event.target.value)) setLanguage(event.target.value);
            }}
            data-testid="preview-language"
          >
            {LANGUAGES.map((option) => (
              <option key={option} value={option}>
                {t(`common:languageNames.${option}`)}
              </option>
            ))}
          </select>
          <p id="preview-language-hint" className="field-hint">
            {isLanguage(suggested)
              ? t('coding:preview.languageDetected', {
                  language: t(`common:languageNames.${suggested}`),
                  confidence: percent.format(preview.suggestedLanguage.confidence),
                })
              : t('coding:preview.languageUnknown')}
          </p>
        </div>
      </div>

      <CandidateLegend groups={groups} />

      <div className="preview-layout">
        <div className="preview-text-column">
          <h3 id="preview-text-title">{t('coding:preview.textTitle')}</h3>
          <p className="field-hint">{t('coding:preview.selectHint')}</p>
          <PreviewText index={index} groups={groups} onSelect={setSelection} onPick={setFocusGroup} />
          <div className="preview-selection" role="status" aria-live="polite">
            {selection && (
              <p className="small">
                {t('coding:preview.selected', { text: selectedText.length > 60 ? `${selectedText.slice(0, 60)}…` : selectedText })}
              </p>
            )}
            <button type="button" className="button button-secondary button-small" disabled={!selection} onClick={addSelection} data-testid="preview-add-selection">
              {t('coding:preview.addSelection')}
            </button>
          </div>
        </div>
        <div className="preview-candidates-column">
          <h3>{t('coding:preview.candidatesTitle')}</h3>
          <p className="muted small" role="status" data-testid="preview-confirmed">
            {t('coding:preview.confirmed', { count: confirmed, total: groups.length })}
          </p>
          {groups.length === 0 ? (
            <p className="empty">{t('coding:preview.noCandidates')}</p>
          ) : (
            <CandidateTable groups={groups} onChange={update} focusGroup={focusGroup} />
          )}
        </div>
      </div>

      <label className="checkbox preview-remember">
        <input type="checkbox" checked={remember} onChange={(event) => setRemember(event.target.checked)} data-testid="preview-remember" />
        <span>{t('coding:preview.remember')}</span>
      </label>
      <p className="field-hint">{t('coding:preview.rememberHint')}</p>

      {problem && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{t('coding:preview.problems.placeholder')}</p>
        </div>
      )}
      {create.isError && <ErrorAlert error={create.error} testId="import-save-error" />}

      <div className="form-actions preview-actions">
        <button type="button" className="button button-primary" disabled={create.isPending} onClick={save} data-testid="import-save">
          {create.isPending ? t('coding:preview.saving') : t('coding:preview.save')}
        </button>
        <button type="button" className="button button-secondary" disabled={create.isPending} onClick={onBack} data-testid="import-back">
          {t('coding:preview.back')}
        </button>
      </div>
    </section>
  );
}
