import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LANGUAGES, type Language } from '../../app/languages';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { CenterOptions } from '../../centers/components/center-options';
import { useCenterName } from '../../centers/hooks/use-center-name';
import { useCenters } from '../../centers/hooks/use-centers';
import { ErrorAlert } from '../../ui/components/error-alert';
import { SuccessAlert } from '../../ui/components/success-alert';
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from '../api/participant';
import { useRegisterParticipant } from '../hooks/use-register-participant';
import { isStakeholderGroup } from '../utils/is-stakeholder-group';

/**
 * Registers a pseudonymous participant. There is deliberately no field for a name or contact
 * data: the site keeps the key between person and code outside Polyphony.
 */
export function RegisterParticipantForm() {
  const { t } = useTranslation(['participants', 'common']);
  const user = useSignedInUser();
  const { data: centers = [] } = useCenters();
  const centerName = useCenterName();
  const register = useRegisterParticipant();
  // Site staff register for their own center only.
  const fixedCenter = user.role === 'site_staff' ? user.center : null;
  const [chosenCenter, setChosenCenter] = useState('');
  const [group, setGroup] = useState<StakeholderGroup | ''>('');
  const [chosenLanguage, setChosenLanguage] = useState<Language | null>(null);
  const [problem, setProblem] = useState<'center' | 'group' | null>(null);

  const center = fixedCenter ?? chosenCenter;
  // Until somebody picks a language, offer the center's own.
  const language: Language =
    chosenLanguage ?? centers.find((candidate) => candidate.code === center)?.defaultLanguage ?? user.language;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!center) return setProblem('center');
    if (!group) return setProblem('group');
    setProblem(null);
    register.mutate(
      { center, group, language },
      {
        onSuccess: () => {
          setGroup('');
          setChosenLanguage(null);
        },
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="register-participant-title">
      <h2 id="register-participant-title">{t('participants:register.title')}</h2>
      <p className="muted">{t('participants:register.privacy')}</p>

      {register.isSuccess && (
        <SuccessAlert testId="participant-registered">
          <p className="alert-title">{t('participants:register.success')}</p>
          <p className="pseudonym pseudonym-large" data-testid="registered-code">
            {register.data.code}
          </p>
          <p>{t('participants:register.nextStep')}</p>
          <Link className="button button-primary" to={`/participants/${encodeURIComponent(register.data.id)}`}>
            {t('participants:register.open', { code: register.data.code })}
          </Link>
        </SuccessAlert>
      )}
      {problem && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">
            {problem === 'center' ? t('participants:register.errors.center') : t('participants:register.errors.group')}
          </p>
        </div>
      )}
      {register.isError && <ErrorAlert error={register.error} />}

      <form className="form form-grid" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="register-center">{t('participants:register.center')}</label>
          {fixedCenter ? (
            <>
              <input
                id="register-center"
                className="input"
                readOnly
                aria-describedby="register-center-hint"
                value={centerName(fixedCenter) ?? fixedCenter}
                data-testid="register-center"
              />
              <p id="register-center-hint" className="field-hint">
                {t('participants:register.centerFixed')}
              </p>
            </>
          ) : (
            <select
              id="register-center"
              className="select"
              value={chosenCenter}
              aria-invalid={problem === 'center' ? true : undefined}
              onChange={(event) => setChosenCenter(event.target.value)}
              data-testid="register-center"
            >
              <option value="">{t('participants:register.choose')}</option>
              <CenterOptions />
            </select>
          )}
        </div>
        <div className="field">
          <label htmlFor="register-group">{t('participants:register.group')}</label>
          <select
            id="register-group"
            className="select"
            value={group}
            aria-invalid={problem === 'group' ? true : undefined}
            onChange={(event) => setGroup(isStakeholderGroup(event.target.value) ? event.target.value : '')}
            data-testid="register-group"
          >
            <option value="">{t('participants:register.choose')}</option>
            {STAKEHOLDER_GROUPS.map((option) => (
              <option key={option} value={option}>
                {t(`participants:groups.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="register-language">{t('participants:register.language')}</label>
          <select
            id="register-language"
            className="select"
            value={language}
            aria-describedby="register-language-hint"
            onChange={(event) => setChosenLanguage(event.target.value as Language)}
            data-testid="register-language"
          >
            {LANGUAGES.map((option) => (
              <option key={option} value={option}>
                {t(`common:languageNames.${option}`)}
              </option>
            ))}
          </select>
          <p id="register-language-hint" className="field-hint">
            {t('participants:register.languageHint')}
          </p>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={register.isPending} data-testid="participant-create">
            {register.isPending ? t('participants:register.submitting') : t('participants:register.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
