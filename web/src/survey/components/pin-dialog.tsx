import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnlockResult } from '../app/participant-controller';
import { PinForm } from './pin-form';

interface PinDialogProps {
  open: boolean;
  onClose: () => void;
  onUnlock: (pin: string) => Promise<UnlockResult>;
  onPasswordSignIn: () => void;
}

/** The staff PIN over the participant's screen, on the native modal dialog (focus stays inside). */
export function PinDialog({ open, onClose, onUnlock, onPasswordSignIn }: PinDialogProps) {
  const { t } = useTranslation(['survey']);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="participant-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      data-testid="pin-dialog"
    >
      {open && (
        <div className="participant-dialog-body">
          <h2 id={titleId}>{t('survey:pin.title')}</h2>
          <p>{t('survey:pin.intro')}</p>
          <PinForm onUnlock={onUnlock} onCancel={onClose} onPasswordSignIn={onPasswordSignIn} />
        </div>
      )}
    </dialog>
  );
}
