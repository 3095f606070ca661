import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCenterName } from '../../centers/hooks/use-center-name';
import type { Participant } from '../../participants/api/participant';
import { useParticipants } from '../../participants/hooks/use-participants';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';

/** How many matches are listed; typing more of the pseudonym narrows them down. */
const SHOWN = 8;

interface ParticipantChoiceProps {
  selected: Participant | null;
  onSelect: (participant: Participant) => void;
  invalid: boolean;
}

/** Finds the interviewee by pseudonym (active participants only) and picks one. */
export function ParticipantChoice({ selected, onSelect, invalid }: ParticipantChoiceProps) {
  const { t } = useTranslation(['coding', 'participants', 'common']);
  const id = useId();
  const centerName = useCenterName();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const participants = useParticipants({ search: query, group: '', center: '', status: 'active' });
  const matches = participants.data ?? [];

  return (
    <fieldset className="field coding-participant-choice" aria-invalid={invalid ? true : undefined}>
      <legend>{t('coding:import.participant')}</legend>
      <label className="coding-sub-label" htmlFor={`${id}-search`}>
        {t('coding:import.participantSearch')}
      </label>
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
          timer.current = window.setTimeout(() => setQuery(value.trim()), 250);
        }}
        data-testid="import-participant-search"
      />
      {participants.isPending && <LoadingState />}
      {participants.isError && <ErrorAlert error={participants.error} onRetry={() => void participants.refetch()} />}
      {participants.data && (
        <div className="coding-choice-list" role="radiogroup" aria-label={t('coding:import.participant')}>
          {matches.length === 0 && <p className="empty">{t('coding:import.noParticipants')}</p>}
          {matches.slice(0, SHOWN).map((participant) => (
            <label key={participant.id} className="choice choice-compact">
              <input
                type="radio"
                name={`${id}-participant`}
                checked={selected?.id === participant.id}
                onChange={() => onSelect(participant)}
                data-testid="import-participant-option"
                data-code={participant.code}
              />
              <span className="choice-text">
                <span className="choice-title pseudonym">{participant.code}</span>
                <span className="choice-hint">
                  {t(`participants:groups.${participant.group}`)} · {t(`common:languageNames.${participant.language}`)} · {centerName(participant.center)}
                </span>
              </span>
            </label>
          ))}
          {matches.length > SHOWN && <p className="muted small">{t('coding:import.moreParticipants', { count: matches.length - SHOWN })}</p>}
        </div>
      )}
      {selected && !matches.some((participant) => participant.id === selected.id) && (
        <p className="field-hint" data-testid="import-participant-selected">
          {t('coding:import.participantChosen', { code: selected.code })}
        </p>
      )}
    </fieldset>
  );
}
