import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../app/languages';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { CenterOptions } from '../../centers/components/center-options';
import { useCenterName } from '../../centers/hooks/use-center-name';
import { useCenters } from '../../centers/hooks/use-centers';
import type { Participant, StakeholderGroup } from '../../participants/api/participant';
import { useParticipants } from '../../participants/hooks/use-participants';
import { useRegisterParticipant } from '../../participants/hooks/use-register-participant';
import { isStakeholderGroup } from '../../participants/utils/is-stakeholder-group';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';

/** How many matches the picker lists; searching by code narrows it down. */
const SHOWN = 30;

interface ParticipantPickerProps {
  /** The groups this hand-out is for (patients on tablets, clinicians by link, …). */
  groups: readonly StakeholderGroup[];
  selected: Participant | null;
  onSelect: (participant: Participant | null) => void;
  testIdPrefix: string;
}

/** Pick an active participant of one's center by pseudonym, or register a new one on the spot. */
export function ParticipantPicker({ groups, selected, onSelect, testIdPrefix }: ParticipantPickerProps) {
  const { t } = useTranslation(['tablet', 'participants', 'common']);
  const id = useId();
  const centerName = useCenterName();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const participants = useParticipants({ search: query, group: '', center: '', status: 'active' });
  const matches = useMemo(
    () => (participants.data ?? []).filter((participant) => groups.includes(participant.group)),
    [participants.data, groups],
  );
  // The chosen participant always shows (checked), even when it falls outside the first SHOWN
  // matches — e.g. one just registered here in a center with many participants.
  const shown = useMemo(() => {
    const first = matches.slice(0, SHOWN);
    return selected && !first.some((participant) => participant.id === selected.id) ? [selected, ...first] : first;
  }, [matches, selected]);
  const [registering, setRegistering] = useState(false);

  return (
    <div className="participant-picker">
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('tablet:picker.search')}</label>
        <input
          id={`${id}-search`}
          className="input input-mono"
          type="search"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder={t('participants:filters.searchPlaceholder')}
          value={search}
          onChange={(event) => {
            const value = event.target.value;
            setSearch(value);
            window.clearTimeout(timer.current);
            timer.current = window.setTimeout(() => setQuery(value.trim()), 300);
          }}
          data-testid={`${testIdPrefix}-search`}
        />
      </div>
      {participants.isPending && <LoadingState />}
      {participants.isError && <ErrorAlert error={participants.error} onRetry={() => void participants.refetch()} />}
      {participants.data && (
        <fieldset className="choice-group picker-choices">
          <legend className="visually-hidden">{t('tablet:picker.legend')}</legend>
          {matches.length === 0 && <p className="empty">{t('tablet:picker.none')}</p>}
          {shown.map((participant) => (
            <label key={participant.id} className="choice">
              <input
                type="radio"
                name={`${id}-participant`}
                checked={selected?.id === participant.id}
                onChange={() => onSelect(participant)}
                data-testid={`${testIdPrefix}-option`}
                data-code={participant.code}
              />
              <span className="choice-text">
                <span className="choice-title pseudonym">{participant.code}</span>
                <span className="choice-hint">
                  {t(`participants:groups.${participant.group}`)} · {t(`common:languageNames.${participant.language}`)} ·{' '}
                  {centerName(participant.center)}
                  {participant.consentVersion ? ` · ${t('tablet:picker.consent', { version: participant.consentVersion })}` : ''}
                </span>
              </span>
            </label>
          ))}
          {matches.length > SHOWN && <p className="muted small">{t('tablet:picker.more', { count: matches.length - SHOWN })}</p>}
        </fieldset>
      )}
      {registering ? (
        <RegisterHere
          groups={groups}
          testIdPrefix={testIdPrefix}
          onCancel={() => setRegistering(false)}
          onRegistered={(participant) => {
            setRegistering(false);
            onSelect(participant);
          }}
        />
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setRegistering(true)} data-testid={`${testIdPrefix}-register-open`}>
          {t('tablet:picker.registerNew')}
        </button>
      )}
    </div>
  );
}

interface RegisterHereProps {
  groups: readonly StakeholderGroup[];
  testIdPrefix: string;
  onCancel: () => void;
  onRegistered: (participant: Participant) => void;
}

function RegisterHere({ groups, testIdPrefix, onCancel, onRegistered }: RegisterHereProps) {
  const { t } = useTranslation(['tablet', 'participants', 'common']);
  const id = useId();
  const user = useSignedInUser();
  const { data: centers = [] } = useCenters();
  const register = useRegisterParticipant();
  const fixedCenter = user.role === 'site_staff' ? user.center : null;
  const [chosenCenter, setChosenCenter] = useState('');
  const [group, setGroup] = useState<StakeholderGroup>(groups[0] ?? 'patient');
  const [chosenLanguage, setChosenLanguage] = useState<Language | null>(null);
  const [problem, setProblem] = useState(false);
  const center = fixedCenter ?? chosenCenter;
  const language: Language = chosenLanguage ?? centers.find((candidate) => candidate.code === center)?.defaultLanguage ?? user.language;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!center) return setProblem(true);
    setProblem(false);
    register.mutate({ center, group, language }, { onSuccess: onRegistered });
  };

  return (
    <form className="panel-inset form form-grid" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="form-actions">
        {t('tablet:picker.registerTitle')}
      </h3>
      <p className="muted form-actions">{t('participants:register.privacy')}</p>
      {!fixedCenter && (
        <div className="field">
          <label htmlFor={`${id}-center`}>{t('participants:register.center')}</label>
          <select
            id={`${id}-center`}
            className="select"
            value={chosenCenter}
            aria-invalid={problem ? true : undefined}
            onChange={(event) => setChosenCenter(event.target.value)}
            data-testid={`${testIdPrefix}-register-center`}
          >
            <option value="">{t('participants:register.choose')}</option>
            <CenterOptions />
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-group`}>{t('participants:register.group')}</label>
        <select
          id={`${id}-group`}
          className="select"
          value={group}
          onChange={(event) => {
            if (isStakeholderGroup(event.target.value)) setGroup(event.target.value);
          }}
          data-testid={`${testIdPrefix}-register-group`}
        >
          {groups.map((option) => (
            <option key={option} value={option}>
              {t(`participants:groups.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-language`}>{t('participants:register.language')}</label>
        <select
          id={`${id}-language`}
          className="select"
          value={language}
          onChange={(event) => setChosenLanguage(event.target.value as Language)}
          data-testid={`${testIdPrefix}-register-language`}
        >
          {LANGUAGES.map((option) => (
            <option key={option} value={option}>
              {t(`common:languageNames.${option}`)}
            </option>
          ))}
        </select>
      </div>
      {problem && (
        <p className="alert alert-error form-actions" role="alert">
          {t('participants:register.errors.center')}
        </p>
      )}
      {register.isError && (
        <div className="form-actions">
          <ErrorAlert error={register.error} />
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={register.isPending} data-testid={`${testIdPrefix}-register-submit`}>
          {register.isPending ? t('participants:register.submitting') : t('participants:register.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
