import '../tablet.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../app/current-language';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import type { Participant } from '../../participants/api/participant';
import { STAKEHOLDER_GROUPS } from '../../participants/api/participant';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import type { SurveyInstrument } from '../api/survey-instrument';
import { useKioskPinStatus } from '../hooks/use-kiosk-pin-status';
import { useStartTabletSession } from '../hooks/use-start-tablet-session';
import { useSurveyInstruments } from '../hooks/use-survey-instruments';
import { useWaitingAnswers } from '../hooks/use-waiting-answers';
import { canHandOut } from '../utils/handout-roles';
import { eligibleInstruments } from '../utils/eligible-instruments';
import { instrumentTitle } from '../utils/instrument-title';
import { HandoutError } from './handout-error';
import { InstrumentPicker } from './instrument-picker';
import { KioskPinPanel } from './kiosk-pin-panel';
import { ParticipantPicker } from './participant-picker';

/**
 * Site staff prepare the waiting-room tablet: their PIN, the participant, the questionnaire; then
 * the tablet changes to the participant screen (/tablet/<token>) until the PIN is entered.
 */
export function TabletStartPage() {
  const { t } = useTranslation(['tablet', 'participants', 'common']);
  usePageTitle(t('tablet:start.title'));
  const user = useSignedInUser();
  const pin = useKioskPinStatus();
  const instruments = useSurveyInstruments();
  const start = useStartTabletSession();
  const waiting = useWaitingAnswers();
  const [participant, setParticipant] = useState<Participant | null>(null);
  const [instrument, setInstrument] = useState<SurveyInstrument | null>(null);
  const [handingOver, setHandingOver] = useState(false);

  const offered = useMemo(() => eligibleInstruments(instruments.data ?? [], participant?.group ?? null), [instruments.data, participant]);
  const chosen = offered.find((candidate) => candidate.id === instrument?.id) ?? (offered.length === 1 ? offered[0] : undefined) ?? null;
  const ready = Boolean(participant && chosen && pin.data?.set);

  const handOver = () => {
    if (!participant || !chosen) return;
    start.mutate(
      { participantId: participant.id, instrumentId: chosen.id },
      {
        onSuccess: (session) => {
          setHandingOver(true);
          // A full page change: the participant app is its own small page, without staff screens.
          window.location.assign(session.path);
        },
      },
    );
  };

  if (!canHandOut(user.role)) {
    return (
      <section className="page">
        <h1>{t('tablet:start.title')}</h1>
        <p className="alert alert-info">{t('tablet:start.notForRole')}</p>
      </section>
    );
  }

  return (
    <section className="page" data-testid="tablet-start">
      <h1 data-testid="tablet-start-heading">{t('tablet:start.title')}</h1>
      <p className="lead">{t('tablet:start.intro')}</p>
      <p>
        <Link to="/invitations" data-testid="link-invitations">
          {t('tablet:start.toInvitations')}
        </Link>
      </p>
      {waiting > 0 && (
        <div className="alert alert-info" role="status" data-testid="waiting-answers">
          <p className="alert-title">{t('tablet:start.waiting', { count: waiting })}</p>
        </div>
      )}

      <KioskPinPanel />

      <section className="panel" aria-labelledby="tablet-participant-title">
        <h2 id="tablet-participant-title">
          <span className="step-number" aria-hidden="true">
            1
          </span>
          {t('tablet:start.participant')}
        </h2>
        <ParticipantPicker
          groups={STAKEHOLDER_GROUPS}
          selected={participant}
          onSelect={(next) => {
            setParticipant(next);
            setInstrument(null);
          }}
          testIdPrefix="tablet-participant"
        />
      </section>

      <section className="panel" aria-labelledby="tablet-instrument-title">
        <h2 id="tablet-instrument-title">
          <span className="step-number" aria-hidden="true">
            2
          </span>
          {t('tablet:start.instrument')}
        </h2>
        {instruments.isPending && <LoadingState />}
        {instruments.isError && <ErrorAlert error={instruments.error} onRetry={() => void instruments.refetch()} />}
        {instruments.data && (
          <InstrumentPicker
            instruments={offered}
            selectedId={chosen?.id ?? null}
            onSelect={setInstrument}
            emptyText={participant ? t('tablet:instrument.noneForGroup') : t('tablet:instrument.chooseParticipantFirst')}
            testIdPrefix="tablet"
          />
        )}
      </section>

      <section className="panel handover" aria-labelledby="tablet-handover-title">
        <h2 id="tablet-handover-title">
          <span className="step-number" aria-hidden="true">
            3
          </span>
          {t('tablet:start.handOverTitle')}
        </h2>
        {participant && chosen ? (
          <p className="handover-summary" data-testid="handover-summary">
            {t('tablet:start.summary', { code: participant.code, instrument: instrumentTitle(chosen, currentLanguage()) })}
          </p>
        ) : (
          <p className="muted">{t('tablet:start.chooseBoth')}</p>
        )}
        {pin.data && !pin.data.set && <p className="alert alert-info">{t('tablet:start.pinFirst')}</p>}
        <p className="muted">{t('tablet:start.handOverHint')}</p>
        {start.isError && <HandoutError error={start.error} testId="handover-error" />}
        <button type="button" className="button button-primary" disabled={!ready || start.isPending || handingOver} onClick={handOver} data-testid="start-tablet">
          {start.isPending || handingOver ? t('tablet:start.starting') : t('tablet:start.handOver')}
        </button>
      </section>
    </section>
  );
}
