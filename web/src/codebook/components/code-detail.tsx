import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LANGUAGES } from '../../app/languages';
import { MemoPanel } from '../../coding/components/memo-panel';
import { CODE_TEXT_FIELDS, type Code } from '../api/code';
import { useCodeName } from '../hooks/use-code-name';
import { localizedValue } from '../utils/localized-value';
import { CodeHistory } from './code-history';
import { MergeCodeDialog } from './merge-code-dialog';
import { SplitCodeDialog } from './split-code-dialog';

interface CodeDetailProps {
  code: Code;
  codes: readonly Code[];
  onEdit: () => void;
  onAddChild: () => void;
  onSelect: (id: string) => void;
  onReload: () => void;
}

/** One code as a codebook entry: definition, when to use it and when not, an example, its tags. */
export function CodeDetail({ code, codes, onEdit, onAddChild, onSelect, onReload }: CodeDetailProps) {
  const { t, i18n } = useTranslation(['coding', 'common']);
  const codeName = useCodeName();
  const language = i18n.resolvedLanguage ?? 'en';
  const [dialog, setDialog] = useState<'merge' | 'split' | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const parent = code.parentId ? codes.find((candidate) => candidate.id === code.parentId) : undefined;
  const children = codes.filter((candidate) => candidate.parentId === code.id);
  const missing = LANGUAGES.filter((candidate) => !code.name[candidate]?.trim());

  return (
    <section className="panel code-detail" aria-labelledby="code-detail-title" data-testid="code-detail">
      <div className="code-detail-head">
        <span className="code-swatch code-swatch-large" style={{ backgroundColor: code.color }} aria-hidden="true" />
        <div>
          <h2 id="code-detail-title" data-testid="code-detail-name">
            {codeName(code)}
          </h2>
          <p className="muted small">
            <code className="code">{code.key}</code>
            {parent && (
              <>
                {' · '}
                {t('coding:codebook.under')}{' '}
                <button type="button" className="link-button" onClick={() => onSelect(parent.id)}>
                  {codeName(parent)}
                </button>
              </>
            )}
          </p>
        </div>
      </div>

      <ul className="tag-chips">
        {code.criterion && (
          <li className="tag-chip">
            <span className="tag-chip-label">{t('coding:tags.criterion')}: </span>
            {t(`coding:criteria.${code.criterion}`)}
          </li>
        )}
        {code.valence && (
          <li className="tag-chip tag-chip-measure">
            <span className="tag-chip-label">{t('coding:tags.valence')}: </span>
            {t(`coding:valences.${code.valence}`)}
          </li>
        )}
        {code.task && (
          <li className="tag-chip tag-chip-task">
            <span className="tag-chip-label">{t('coding:tags.task')}: </span>
            {t(`coding:tasks.${code.task}`)}
          </li>
        )}
      </ul>

      <dl className="code-texts">
        {CODE_TEXT_FIELDS.filter((field) => field !== 'name').map((field) => {
          const value = localizedValue(code[field], language);
          return (
            <div key={field}>
              <dt>{t(`coding:fields.${field}`)}</dt>
              <dd className={value ? undefined : 'muted'}>{value || t('coding:codebook.notWritten')}</dd>
            </div>
          );
        })}
      </dl>
      {missing.length > 0 && (
        <p className="field-hint" data-testid="code-missing-languages">
          {t('coding:codebook.missingLanguages', { languages: missing.map((candidate) => t(`common:languageNames.${candidate}`)).join(', ') })}
        </p>
      )}
      {children.length > 0 && (
        <p className="small">
          {t('coding:codebook.children', { count: children.length })}{' '}
          {children.map((child, position) => (
            <span key={child.id}>
              {position > 0 && ', '}
              <button type="button" className="link-button" onClick={() => onSelect(child.id)}>
                {codeName(child)}
              </button>
            </span>
          ))}
        </p>
      )}

      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onEdit} data-testid="code-edit">
          {t('coding:codebook.edit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onAddChild} data-testid="code-add-child">
          {t('coding:codebook.addChild')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setDialog('merge')} disabled={codes.length < 2} data-testid="code-merge">
          {t('coding:codebook.merge')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setDialog('split')} data-testid="code-split">
          {t('coding:codebook.split')}
        </button>
        <button type="button" className="button button-secondary" aria-expanded={showHistory} onClick={() => setShowHistory((open) => !open)} data-testid="code-history-toggle">
          {t('coding:codebook.history')}
        </button>
        <Link className="button button-secondary" to={`/coding/retrieve?code=${encodeURIComponent(code.id)}`} data-testid="code-retrieve">
          {t('coding:codebook.retrieve')}
        </Link>
      </div>

      {showHistory && <CodeHistory code={code} codes={codes} />}
      <MemoPanel targetType="code" targetId={code.id} title={t('coding:memos.codeTitle')} />

      <MergeCodeDialog
        open={dialog === 'merge'}
        code={code}
        codes={codes}
        onClose={() => setDialog(null)}
        onMerged={(into) => {
          setDialog(null);
          onSelect(into.id);
        }}
        onReload={onReload}
      />
      <SplitCodeDialog open={dialog === 'split'} code={code} onClose={() => setDialog(null)} onReload={onReload} />
    </section>
  );
}
