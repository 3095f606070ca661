import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components/error-alert';
import { SuccessAlert } from '../../ui/components/success-alert';
import { useDateFormat } from '../../ui/hooks/use-date-format';
import type { Participant } from '../api/participant';
import { useRecordConsent } from '../hooks/use-record-consent';

interface ConsentSectionProps {
  participant: Participant;
  /** Only the roles that meet participants record consent; others see its state. */
  canRecord: boolean;
}

/** Records which version of the consent form the participant signed. */
export function ConsentSection({ participant, canRecord }: ConsentSectionProps) {
  const { t } = useTranslation(['participants', 'common']);
  const format = useDateFormat();
  const record = useRecordConsent(participant.id);
  const [version, setVersion] = useState('');
  const [missing, setMissing] = useState(false);
  const withdrawn = participant.withdrawnAt !== null;
  const hasConsent = participant.consentVersion !== null && participant.consentGivenAt !== null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!version.trim()) return setMissing(true);
    setMissing(false);
    record.mutate(version.trim(), { onSuccess: () => setVersion('') });
  };

  return (
    <section className="panel" aria-labelledby="consent-title">
      <h2 id="consent-title">{t('participants:consent.title')}</h2>
      <p data-testid="consent-status">
        {hasConsent
          ? t('participants:consent.given', {
              version: participant.consentVersion,
              date: format.dateTime(participant.consentGivenAt ?? ''),
            })
          : t('participants:consent.notGiven')}
      </p>

      {withdrawn && <p className="muted">{t('participants:consent.withdrawnNote')}</p>}
      {!withdrawn && canRecord && (
        <>
          {record.isSuccess && (
            <SuccessAlert>
              <p className="alert-title">{t('participants:consent.saved')}</p>
            </SuccessAlert>
          )}
          {missing && (
            <div className="alert alert-error" role="alert">
              <p className="alert-title">{t('participants:consent.errors.version')}</p>
            </div>
          )}
          {record.isError && <ErrorAlert error={record.error} />}
          <form className="form form-narrow" onSubmit={submit} noValidate>
            <div className="field">
              <label htmlFor="consent-version">{t('participants:consent.version')}</label>
              <input
                id="consent-version"
                className="input"
                autoComplete="off"
                maxLength={64}
                value={version}
                aria-invalid={missing ? true : undefined}
                aria-describedby="consent-version-hint"
                onChange={(event) => setVersion(event.target.value)}
                data-testid="consent-version"
              />
              <p id="consent-version-hint" className="field-hint">
                {t('participants:consent.versionHint')}
              </p>
            </div>
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={record.isPending} data-testid="consent-submit">
                {hasConsent ? t('participants:consent.submitNew') : t('participants:consent.submit')}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
