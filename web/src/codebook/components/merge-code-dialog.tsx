import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/components/dialog';
import type { Code } from '../api/code';
import { useCodeName } from '../hooks/use-code-name';
import { useCodeTree } from '../hooks/use-code-tree';
import { useMergeCode } from '../hooks/use-merge-code';
import { descendantIds } from '../utils/descendant-ids';
import { flattenCodeTree } from '../utils/flatten-code-tree';
import { CodeErrorAlert } from './code-error-alert';

interface MergeCodeDialogProps {
  open: boolean;
  code: Code;
  codes: readonly Code[];
  onClose: () => void;
  onMerged: (into: Code) => void;
  onReload: () => void;
}

/** Merges a code into another: every coding moves there, its sub-codes too; the code is retired. */
export function MergeCodeDialog({ open, code, codes, onClose, onMerged, onReload }: MergeCodeDialogProps) {
  const { t } = useTranslation(['coding', 'common']);
  const codeName = useCodeName();
  const tree = useCodeTree(codes);
  const merge = useMergeCode(code.id);
  const [target, setTarget] = useState('');
  const options = useMemo(() => {
    const excluded = descendantIds(codes, code.id);
    return flattenCodeTree(tree).filter((row) => row.code.id !== code.id && !excluded.has(row.code.id));
  }, [codes, code.id, tree]);
  const targetCode = codes.find((candidate) => candidate.id === target);

  const close = () => {
    merge.reset();
    setTarget('');
    onClose();
  };

  return (
    <Dialog
      open={open}
      title={t('coding:merge.title', { code: codeName(code) })}
      onClose={close}
      testId="merge-dialog"
      actions={
        <>
          <button type="button" className="button button-secondary" onClick={close}>
            {t('common:actions.cancel')}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={!targetCode || merge.isPending}
            onClick={() => {
              // The merged code leaves the tree (and this dialog with it) before a mutate() callback
              // would run, so the page is told through the promise, which resolves regardless.
              void merge.mutateAsync({ intoId: target, revision: code.revision }).then(onMerged, () => undefined);
            }}
            data-testid="merge-confirm"
          >
            {merge.isPending ? t('coding:merge.merging') : t('coding:merge.confirm')}
          </button>
        </>
      }
    >
      <div className="field">
        <label htmlFor="merge-target">{t('coding:merge.target')}</label>
        <select id="merge-target" className="select" value={target} onChange={(event) => setTarget(event.target.value)} data-testid="merge-target">
          <option value="">{t('coding:merge.choose')}</option>
          {options.map((row) => (
            <option key={row.code.id} value={row.code.id}>
              {`${'\u2003'.repeat(row.depth)}${codeName(row.code)}`}
            </option>
          ))}
        </select>
      </div>
      <p className="field-hint">{targetCode ? t('coding:merge.explain', { code: codeName(code), target: codeName(targetCode) }) : t('coding:merge.hint')}</p>
      {merge.isError && (
        <CodeErrorAlert
          error={merge.error}
          onReload={() => {
            merge.reset();
            onReload();
          }}
          testId="merge-error"
        />
      )}
    </Dialog>
  );
}
