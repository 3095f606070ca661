import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../auth/api/user';
import type { Transcript } from '../../transcripts/api/transcript';
import { Dialog } from '../../ui/components/dialog';
import { ErrorAlert } from '../../ui/components/error-alert';
import { useDateFormat } from '../../ui/hooks/use-date-format';
import { useRevealCodings } from '../hooks/use-reveal-codings';

interface CodingStatusBannerProps {
  transcript: Transcript;
  role: Role;
}

/**
 * Blind coding, said plainly: a researcher sees only their own codings until the lead reveals
 * them; the lead sees everyone's and decides when to reveal (which cannot be undone).
 */
export function CodingStatusBanner({ transcript, role }: CodingStatusBannerProps) {
  const { t } = useTranslation(['coding', 'common']);
  const format = useDateFormat();
  const reveal = useRevealCodings(transcript.id);
  const [confirming, setConfirming] = useState(false);
  const lead = role === 'lead' || role === 'admin';

  if (transcript.codingsRevealedAt) {
    return (
      <div className="alert alert-success coding-banner" role="status" data-testid="revealed-banner">
        <p className="alert-title">{t('coding:blind.revealedTitle')}</p>
        <p>{t('coding:blind.revealed', { date: format.dateTime(transcript.codingsRevealedAt) })}</p>
      </div>
    );
  }
  if (!lead) {
    return (
      <div className="alert alert-info coding-banner" role="note" data-testid="blind-banner">
        <p className="alert-title">{t('coding:blind.title')}</p>
        <p>{t('coding:blind.researcher')}</p>
      </div>
    );
  }
  return (
    <div className="alert alert-info coding-banner" role="note" data-testid="blind-banner">
      <p className="alert-title">{t('coding:blind.title')}</p>
      <p>{t('coding:blind.lead')}</p>
      <button type="button" className="button button-primary" onClick={() => setConfirming(true)} data-testid="reveal-codings">
        {t('coding:blind.reveal')}
      </button>
      <Dialog
        open={confirming}
        title={t('coding:blind.revealTitle')}
        onClose={() => setConfirming(false)}
        testId="reveal-dialog"
        actions={
          <>
            <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
              {t('common:actions.cancel')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={reveal.isPending}
              onClick={() => reveal.mutate(undefined, { onSuccess: () => setConfirming(false) })}
              data-testid="reveal-confirm"
            >
              {reveal.isPending ? t('coding:blind.revealing') : t('coding:blind.revealConfirm')}
            </button>
          </>
        }
      >
        <p>{t('coding:blind.revealBody')}</p>
        {reveal.isError && <ErrorAlert error={reveal.error} />}
      </Dialog>
    </div>
  );
}
