import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { useDateFormat } from '../../ui/hooks/use-date-format';
import type { Memo, MemoTarget } from '../api/memo';
import { useCoderLabel } from '../hooks/use-coder-label';
import { useMemos } from '../hooks/use-memos';
import { useSaveMemo } from '../hooks/use-save-memo';

interface MemoPanelProps {
  targetType: MemoTarget;
  targetId: string | null;
  title: string;
}

/** Analytic memos on a transcript (or a code): everyone's to read, one's own to edit. */
export function MemoPanel({ targetType, targetId, title }: MemoPanelProps) {
  const { t } = useTranslation(['coding', 'common']);
  const memos = useMemos(targetType, targetId);
  const save = useSaveMemo(targetType, targetId);
  const [draft, setDraft] = useState('');

  return (
    <section className="side-panel memo-panel" aria-labelledby={`memo-title-${targetType}`} data-testid="memo-panel">
      <h2 id={`memo-title-${targetType}`} className="side-panel-title">
        {title}
      </h2>
      {memos.isPending && <LoadingState />}
      {memos.isError && <ErrorAlert error={memos.error} onRetry={() => void memos.refetch()} />}
      {memos.data && memos.data.length === 0 && <p className="muted small">{t('coding:memos.none')}</p>}
      {memos.data && memos.data.length > 0 && (
        <ul className="memo-list">
          {memos.data.map((memo) => (
            <MemoItem key={`${memo.id}-${memo.revision}`} memo={memo} targetType={targetType} targetId={targetId} />
          ))}
        </ul>
      )}
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!draft.trim()) return;
          save.mutate({ id: null, text: draft.trim() }, { onSuccess: () => setDraft('') });
        }}
      >
        <div className="field">
          <label htmlFor={`memo-new-${targetType}`}>{t('coding:memos.new')}</label>
          <textarea
            id={`memo-new-${targetType}`}
            className="input coding-textarea"
            rows={3}
            maxLength={20000}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            data-testid="memo-new"
          />
        </div>
        {save.isError && <ErrorAlert error={save.error} />}
        <div className="button-row">
          <button type="submit" className="button button-secondary button-small" disabled={!draft.trim() || save.isPending} data-testid="memo-add">
            {save.isPending ? t('common:actions.saving') : t('coding:memos.add')}
          </button>
        </div>
      </form>
    </section>
  );
}

function MemoItem({ memo, targetType, targetId }: { memo: Memo; targetType: MemoTarget; targetId: string | null }) {
  const { t } = useTranslation(['coding', 'common']);
  const user = useSignedInUser();
  const coderLabel = useCoderLabel();
  const format = useDateFormat();
  const save = useSaveMemo(targetType, targetId);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(memo.text);
  const own = memo.authorId === user.id;

  return (
    <li className="memo-item" data-testid="memo-item">
      <p className="muted small">
        {coderLabel(memo.authorId)} · {format.dateTime(memo.updatedAt)}
      </p>
      {editing ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!text.trim()) return;
            save.mutate({ id: memo.id, text: text.trim(), revision: memo.revision }, { onSuccess: () => setEditing(false) });
          }}
        >
          <label className="coding-sub-label" htmlFor={`memo-edit-${memo.id}`}>
            {t('coding:memos.edit')}
          </label>
          <textarea
            id={`memo-edit-${memo.id}`}
            className="input coding-textarea"
            rows={4}
            maxLength={20000}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          {save.isError && <ErrorAlert error={save.error} />}
          <div className="button-row">
            <button type="submit" className="button button-primary button-small" disabled={save.isPending}>
              {save.isPending ? t('common:actions.saving') : t('common:actions.save')}
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => setEditing(false)}>
              {t('common:actions.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="memo-text">{memo.text}</p>
          {own && (
            <button type="button" className="button button-secondary button-small" onClick={() => setEditing(true)}>
              {t('coding:memos.edit')}
            </button>
          )}
        </>
      )}
    </li>
  );
}
