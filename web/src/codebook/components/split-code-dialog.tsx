import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../app/is-language';
import { Dialog } from '../../ui/components/dialog';
import type { Code } from '../api/code';
import { useCodeName } from '../hooks/use-code-name';
import { useSplitCode } from '../hooks/use-split-code';
import { CodeErrorAlert } from './code-error-alert';

const MIN_PARTS = 2;
const MAX_PARTS = 10;

interface SplitCodeDialogProps {
  open: boolean;
  code: Code;
  onClose: () => void;
  onReload: () => void;
}

/**
 * Splits a code that grew too broad into sibling codes with its tags; names are typed in the
 * interface language, translations follow in the editor. Passages are then recoded by hand.
 */
export function SplitCodeDialog({ open, code, onClose, onReload }: SplitCodeDialogProps) {
  const { t, i18n } = useTranslation(['coding', 'common']);
  const codeName = useCodeName();
  const split = useSplitCode(code.id);
  const [names, setNames] = useState<string[]>(['', '']);
  const language = i18n.resolvedLanguage ?? 'en';
  const filled = names.map((name) => name.trim()).filter((name) => name !== '');

  const close = () => {
    split.reset();
    setNames(['', '']);
    onClose();
  };

  return (
    <Dialog
      open={open}
      title={t('coding:split.title', { code: codeName(code) })}
      onClose={close}
      testId="split-dialog"
      actions={
        <>
          <button type="button" className="button button-secondary" onClick={close}>
            {t('common:actions.cancel')}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={filled.length < MIN_PARTS || split.isPending}
            onClick={() =>
              split.mutate(
                { revision: code.revision, into: filled.map((name) => ({ name: { [isLanguage(language) ? language : 'en']: name } })) },
                { onSuccess: close },
              )
            }
            data-testid="split-confirm"
          >
            {split.isPending ? t('coding:split.splitting') : t('coding:split.confirm')}
          </button>
        </>
      }
    >
      <p>{t('coding:split.intro')}</p>
      {names.map((name, position) => (
        <div className="field split-row" key={position}>
          <label htmlFor={`split-name-${position}`}>{t('coding:split.name', { number: position + 1 })}</label>
          <div className="copy-field-row">
            <input
              id={`split-name-${position}`}
              className="input"
              maxLength={120}
              value={name}
              onChange={(event) => setNames((current) => current.map((value, i) => (i === position ? event.target.value : value)))}
              data-testid="split-name"
            />
            {names.length > MIN_PARTS && (
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => setNames((current) => current.filter((_, i) => i !== position))}
                aria-label={t('coding:split.remove', { number: position + 1 })}
              >
                ×
              </button>
            )}
          </div>
        </div>
      ))}
      {names.length < MAX_PARTS && (
        <button type="button" className="button button-secondary button-small" onClick={() => setNames((current) => [...current, ''])} data-testid="split-add">
          {t('coding:split.add')}
        </button>
      )}
      {split.isError && (
        <CodeErrorAlert
          error={split.error}
          onReload={() => {
            split.reset();
            onReload();
          }}
          testId="split-error"
        />
      )}
    </Dialog>
  );
}
