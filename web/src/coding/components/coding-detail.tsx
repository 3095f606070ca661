import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeErrorAlert } from '../../codebook/components/code-error-alert';
import { Dialog } from '../../ui/components/dialog';
import { ErrorAlert } from '../../ui/components/error-alert';
import { useDateFormat } from '../../ui/hooks/use-date-format';
import { codingKeys } from '../api/coding-keys';
import { useDeleteCoding } from '../hooks/use-delete-coding';
import { useUpdateCodingMemo } from '../hooks/use-update-coding-memo';
import type { CodePointIndex } from '../utils/code-point-index';
import type { CodePointRange } from '../utils/code-point-range';
import type { VisibleCoding } from '../utils/visible-coding';

const EXCERPT = 280;

interface CodingDetailProps {
  coding: VisibleCoding;
  index: CodePointIndex;
  onClose: () => void;
  onSelectPassage: (range: CodePointRange) => void;
}

/** One coding: its code, coder and passage; one's own can carry a memo and be removed. */
export function CodingDetail({ coding, index, onClose, onSelectPassage }: CodingDetailProps) {
  const { t } = useTranslation(['coding', 'common']);
  const format = useDateFormat();
  const queryClient = useQueryClient();
  const updateMemo = useUpdateCodingMemo(coding.transcriptId);
  const remove = useDeleteCoding(coding.transcriptId);
  const [memo, setMemo] = useState(coding.memo ?? '');
  const [confirming, setConfirming] = useState(false);
  const passage = index.slice(coding.start, coding.end);
  const excerpt = [...passage].length > EXCERPT ? `${[...passage].slice(0, EXCERPT).join('')}…` : passage;
  const changed = memo.trim() !== (coding.memo ?? '');

  return (
    <section className="side-panel coding-detail" aria-labelledby="coding-detail-title" data-testid="coding-detail">
      <div className="coding-detail-head">
        <h2 id="coding-detail-title" className="side-panel-title">
          <span className="code-swatch" style={{ backgroundColor: coding.color }} aria-hidden="true" />
          <span data-testid="coding-detail-code">{coding.codeName}</span>
        </h2>
        <button type="button" className="button button-secondary button-small" onClick={onClose} data-testid="coding-detail-close">
          {t('common:actions.close')}
        </button>
      </div>
      <p className="muted small">
        {t('coding:detail.by', { coder: coding.coderLabel, date: format.dateTime(coding.createdAt) })}
      </p>
      <blockquote className="coding-detail-passage">{excerpt}</blockquote>
      <div className="button-row">
        <button type="button" className="button button-secondary button-small" onClick={() => onSelectPassage(coding)} data-testid="coding-select-passage">
          {t('coding:detail.selectPassage')}
        </button>
      </div>

      {coding.own ? (
        <form
          className="form coding-memo-form"
          onSubmit={(event) => {
            event.preventDefault();
            updateMemo.mutate({ id: coding.id, memo: memo.trim() || null, revision: coding.revision });
          }}
        >
          <div className="field">
            <label htmlFor={`coding-memo-${coding.id}`}>{t('coding:detail.memo')}</label>
            <textarea
              id={`coding-memo-${coding.id}`}
              className="input coding-textarea"
              rows={3}
              maxLength={4000}
              value={memo}
              onChange={(event) => setMemo(event.target.value)}
              data-testid="coding-memo"
            />
          </div>
          {updateMemo.isSuccess && !changed && (
            <p className="field-hint" role="status">
              {t('coding:detail.memoSaved')}
            </p>
          )}
          {updateMemo.isError && (
            <CodeErrorAlert
              error={updateMemo.error}
              onReload={() => {
                updateMemo.reset();
                void queryClient.invalidateQueries({ queryKey: codingKeys.codings(coding.transcriptId) });
              }}
              testId="coding-memo-error"
            />
          )}
          <div className="button-row">
            <button type="submit" className="button button-primary button-small" disabled={!changed || updateMemo.isPending} data-testid="coding-memo-save">
              {updateMemo.isPending ? t('common:actions.saving') : t('coding:detail.saveMemo')}
            </button>
            <button type="button" className="button button-danger-outline button-small" onClick={() => setConfirming(true)} data-testid="coding-delete">
              {t('coding:detail.delete')}
            </button>
          </div>
        </form>
      ) : (
        <div className="coding-memo-readonly">
          <h3 className="coding-small-heading">{t('coding:detail.memo')}</h3>
          <p>{coding.memo ?? <span className="muted">{t('coding:detail.noMemo')}</span>}</p>
        </div>
      )}

      <Dialog
        open={confirming}
        title={t('coding:detail.deleteTitle')}
        tone="danger"
        onClose={() => setConfirming(false)}
        testId="coding-delete-dialog"
        actions={
          <>
            <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
              {t('common:actions.cancel')}
            </button>
            <button
              type="button"
              className="button button-danger"
              disabled={remove.isPending}
              onClick={() => {
                // The coding leaves the cache (and this panel the page) before a mutate() callback would run.
                void remove.mutateAsync(coding.id).then(onClose, () => undefined);
              }}
              data-testid="coding-delete-confirm"
            >
              {t('coding:detail.deleteConfirm')}
            </button>
          </>
        }
      >
        <p>{t('coding:detail.deleteBody', { code: coding.codeName })}</p>
        {remove.isError && <ErrorAlert error={remove.error} />}
      </Dialog>
    </section>
  );
}
