import { useTranslation } from 'react-i18next';
import type { SurveyAccessKind } from '../api/survey-session';

interface SaveStatusProps {
  kind: SurveyAccessKind;
  pending: number;
  failing: boolean;
  savedOnce: boolean;
}

/** One calm line on where the answers are; announced politely, never as an alarm. */
export function SaveStatus({ kind, pending, failing, savedOnce }: SaveStatusProps) {
  const { t } = useTranslation(['survey']);
  const offline = pending > 0 && (failing || !navigator.onLine);
  const state = offline ? 'waiting' : pending > 0 ? 'sending' : savedOnce ? 'saved' : 'idle';
  let text = '';
  if (state === 'waiting') text = kind === 'tablet' ? t('survey:status.waitingTablet') : t('survey:status.waitingDevice');
  else if (state === 'sending') text = t('survey:status.sending');
  else if (state === 'saved') text = t('survey:status.saved');
  return (
    <p className={`save-status save-status-${state}`} role="status" aria-live="polite" data-testid="save-status" data-state={state}>
      {state !== 'idle' && <span className="save-status-dot" aria-hidden="true" />}
      {text}
    </p>
  );
}
