import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHeadingFocus } from '../hooks/use-heading-focus';

interface StaffMenuScreenProps {
  participantCode: string;
  answered: number;
  pending: number;
  onResume: () => Promise<void>;
  onEnd: () => Promise<void>;
}

/** After the PIN: hand the tablet back to the same participant, or end the session. */
export function StaffMenuScreen({ participantCode, answered, pending, onResume, onEnd }: StaffMenuScreenProps) {
  const { t } = useTranslation(['survey']);
  const heading = useHeadingFocus<HTMLHeadingElement>();
  const [busy, setBusy] = useState(false);
  const run = (action: () => Promise<void>) => {
    setBusy(true);
    void action().finally(() => setBusy(false));
  };
  return (
    <section className="participant-screen" aria-labelledby="staff-title" data-testid="staff-menu">
      <h1 id="staff-title" ref={heading} tabIndex={-1}>
        {t('survey:staff.title')}
      </h1>
      <dl className="participant-facts">
        <div>
          <dt>{t('survey:staff.participant')}</dt>
          <dd className="participant-code" data-testid="staff-participant-code">
            {participantCode}
          </dd>
        </div>
        <div>
          <dt>{t('survey:staff.answered')}</dt>
          <dd>{answered}</dd>
        </div>
      </dl>
      {pending > 0 && (
        <p className="participant-notice" role="status" data-testid="staff-pending">
          {t('survey:staff.pending', { count: pending })}
        </p>
      )}
      <div className="participant-actions participant-actions-stacked">
        <button
          type="button"
          className="participant-button participant-button-primary"
          disabled={busy}
          onClick={() => run(onResume)}
          data-testid="staff-resume"
        >
          {t('survey:staff.resume')}
        </button>
        <button
          type="button"
          className="participant-button participant-button-secondary"
          disabled={busy}
          onClick={() => run(onEnd)}
          data-testid="staff-end-session"
        >
          {t('survey:staff.end')}
        </button>
      </div>
      <p className="participant-note">{t('survey:staff.endHint')}</p>
    </section>
  );
}
