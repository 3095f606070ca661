import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, StakeholderGroup } from '../../participants/api/participant';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import type { IssuedSurveyAccess } from '../api/survey-access';
import type { SurveyInstrument } from '../api/survey-instrument';
import { useCreateInvitation } from '../hooks/use-create-invitation';
import { useSurveyInstruments } from '../hooks/use-survey-instruments';
import { eligibleInstruments } from '../utils/eligible-instruments';
import { HandoutError } from './handout-error';
import { InstrumentPicker } from './instrument-picker';
import { InvitationResult } from './invitation-result';
import { ParticipantPicker } from './participant-picker';

/** Clinicians answer by personal link; patients answer on the tablet. */
const CLINICIAN_GROUPS: readonly StakeholderGroup[] = ['radiologist', 'neurologist', 'neurosurgeon', 'radiotherapist'];

export function CreateInvitationPanel() {
  const { t } = useTranslation(['tablet']);
  const instruments = useSurveyInstruments();
  const create = useCreateInvitation();
  const [participant, setParticipant] = useState<Participant | null>(null);
  const [instrument, setInstrument] = useState<SurveyInstrument | null>(null);
  const [issued, setIssued] = useState<{ access: IssuedSurveyAccess; participant: Participant; instrument: SurveyInstrument } | null>(null);

  const offered = useMemo(() => eligibleInstruments(instruments.data ?? [], participant?.group ?? null), [instruments.data, participant]);
  const chosen = offered.find((candidate) => candidate.id === instrument?.id) ?? (offered.length === 1 ? offered[0] : undefined) ?? null;

  const submit = () => {
    if (!participant || !chosen) return;
    create.mutate(
      { participantId: participant.id, instrumentId: chosen.id },
      { onSuccess: (access) => setIssued({ access, participant, instrument: chosen }) },
    );
  };

  return (
    <section className="panel" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('tablet:invite.title')}</h2>
      <p className="muted">{t('tablet:invite.intro')}</p>
      {issued ? (
        <InvitationResult
          issued={issued.access}
          participant={issued.participant}
          instrument={issued.instrument}
          onDone={() => {
            setIssued(null);
            setParticipant(null);
            setInstrument(null);
            create.reset();
          }}
        />
      ) : (
        <div className="form">
          <ParticipantPicker
            groups={CLINICIAN_GROUPS}
            selected={participant}
            onSelect={(next) => {
              setParticipant(next);
              setInstrument(null);
            }}
            testIdPrefix="invite-participant"
          />
          {instruments.isPending && <LoadingState />}
          {instruments.isError && <ErrorAlert error={instruments.error} onRetry={() => void instruments.refetch()} />}
          {instruments.data && participant && (
            <InstrumentPicker
              instruments={offered}
              selectedId={chosen?.id ?? null}
              onSelect={setInstrument}
              emptyText={t('tablet:instrument.noneForGroup')}
              testIdPrefix="invite"
            />
          )}
          {create.isError && <HandoutError error={create.error} testId="invite-error" />}
          <div className="form-actions">
            <button type="button" className="button button-primary" disabled={!participant || !chosen || create.isPending} onClick={submit} data-testid="invite-create">
              {create.isPending ? t('tablet:invite.creating') : t('tablet:invite.create')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
