import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../app/is-language';
import { CopyField } from '../../ui/components/copy-field';
import { SuccessAlert } from '../../ui/components/success-alert';
import type { Participant } from '../../participants/api/participant';
import type { IssuedSurveyAccess } from '../api/survey-access';
import type { SurveyInstrument } from '../api/survey-instrument';
import { useInvitationEmail } from '../hooks/use-invitation-email';
import { instrumentTitle } from '../utils/instrument-title';

interface InvitationResultProps {
  issued: IssuedSurveyAccess;
  participant: Participant;
  instrument: SurveyInstrument;
  onDone: () => void;
}

/** The new link, and an e-mail text in the clinician's language to send it with. */
export function InvitationResult({ issued, participant, instrument, onDone }: InvitationResultProps) {
  const { t } = useTranslation(['tablet', 'common']);
  const id = useId();
  const language = isLanguage(participant.language) ? participant.language : 'en';
  const email = useInvitationEmail(language, { url: issued.url, expiresAt: issued.expiresAt, instrumentTitle: instrumentTitle(instrument, language) });
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const text = email ? `${email.subject}\n\n${email.body}` : '';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <SuccessAlert testId="invitation-created">
      <p className="alert-title">{t('tablet:invite.created', { code: issued.participantCode })}</p>
      <CopyField label={t('tablet:invite.link')} value={issued.url} testId="invitation-link" />
      <div className="field">
        <label htmlFor={id}>{t('tablet:invite.emailLabel', { language: t(`common:languageNames.${language}`) })}</label>
        <textarea id={id} className="email-text" readOnly value={text} lang={language} data-testid="invitation-email" />
        <p className="field-hint" role="status" aria-live="polite">
          {copied === 'copied' && t('common:copy.copied')}
          {copied === 'failed' && t('common:copy.failed')}
        </p>
      </div>
      <div className="form-actions">
        <button type="button" className="button button-secondary" disabled={!email} onClick={() => void copy()} data-testid="invitation-email-copy">
          {t('tablet:invite.copyEmail')}
        </button>
        <button type="button" className="button button-primary" onClick={onDone} data-testid="invitation-another">
          {t('tablet:invite.another')}
        </button>
      </div>
    </SuccessAlert>
  );
}
