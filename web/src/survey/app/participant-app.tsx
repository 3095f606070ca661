import { lazy, Suspense, useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../app/languages';
import type { SurveyAnswers, SurveySession } from '../api/survey-session';
import { BusyScreen } from '../components/busy-screen';
import { ConsentScreen } from '../components/consent-screen';
import { LanguageScreen } from '../components/language-screen';
import { LockScreen } from '../components/lock-screen';
import { MessageScreen } from '../components/message-screen';
import { ParticipantHeader } from '../components/participant-header';
import { PinDialog } from '../components/pin-dialog';
import { SaveStatus } from '../components/save-status';
import { StaffMenuScreen } from '../components/staff-menu-screen';
import { ThankYouScreen } from '../components/thank-you-screen';
import type { KioskSettings } from '../kiosk/kiosk-settings';
import { useIdleTimer } from '../kiosk/use-idle-timer';
import { useKioskGuard } from '../kiosk/use-kiosk-guard';
import type { ParticipantTarget } from '../utils/participant-target';
import { surveyCoreLocale } from '../utils/survey-core-locale';
import { applyParticipantLanguage, preloadParticipantLanguage } from './participant-i18n';
import { ParticipantController, type ParticipantStep, type ParticipantView } from './participant-controller';

// survey-core and survey-react-ui are most of the weight: fetched in parallel with the session,
// while the participant picks a language and reads the consent text.
let surveyScreenModule: typeof import('../components/survey-screen') | null = null;
const loadSurveyScreen = () =>
  import('../components/survey-screen').then((module) => {
    surveyScreenModule = module;
    return module;
  });
const LazySurveyScreen = lazy(() => loadSurveyScreen().then((module) => ({ default: module.SurveyScreen })));

/**
 * Fetches the survey renderer and, for a language, SurveyJS's and our strings in it. Never fails:
 * whatever did not arrive is fetched again (and reported) where it is rendered.
 */
async function preloadSurvey(language: Language | null): Promise<void> {
  await Promise.all([loadSurveyScreen(), language ? surveyCoreLocale(language) : null, language ? preloadParticipantLanguage(language) : null]).catch(
    () => undefined,
  );
}

const PARTICIPANT_STEPS: ReadonlySet<ParticipantStep> = new Set(['language', 'consent', 'declined', 'survey']);

interface ParticipantAppProps {
  target: ParticipantTarget;
  settings: KioskSettings;
  /** The session request main.tsx started before rendering. */
  initialSession?: Promise<SurveySession>;
}

export function ParticipantApp({ target, settings, initialSession }: ParticipantAppProps) {
  const [controller] = useState(
    () =>
      new ParticipantController({
        target,
        settings,
        applyLanguage: applyParticipantLanguage,
        preloadSurvey,
        initialSession,
      }),
  );
  const view = useSyncExternalStore(controller.subscribe, controller.getView);
  const isTablet = target.kind === 'tablet';
  const [pinOpen, setPinOpen] = useState(false);

  // The controller lives as long as the page (starting twice, as StrictMode does, is harmless).
  useEffect(() => {
    void controller.start();
  }, [controller]);

  // Whatever is on the current page also goes out when the page is hidden (tab closed, screen off).
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void controller.queueSnapshot();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => document.removeEventListener('visibilitychange', onHide);
  }, [controller]);

  useKioskGuard(isTablet && view.step !== 'loading' && !view.leaving);
  const lock = useCallback(() => {
    setPinOpen(false);
    void controller.lock();
  }, [controller]);
  useIdleTimer(isTablet && PARTICIPANT_STEPS.has(view.step) && !pinOpen, settings.idleMs, lock);

  const onAnswers = useCallback((data: SurveyAnswers, pageNo: number) => void controller.recordAnswers(data, pageNo), [controller]);
  const onPage = useCallback((data: SurveyAnswers, pageNo: number) => void controller.recordPage(data, pageNo), [controller]);
  const onComplete = useCallback((data: SurveyAnswers) => void controller.complete(data), [controller]);
  const unlock = useCallback(
    async (pin: string) => {
      const result = await controller.unlock(pin);
      if (result === 'ok') setPinOpen(false);
      return result;
    },
    [controller],
  );
  const passwordSignIn = useCallback(() => void controller.endSession('/sign-in'), [controller]);

  if (view.step === 'loading') return <BusyScreen />;

  const staffEntry = isTablet && (PARTICIPANT_STEPS.has(view.step) || view.step === 'thanks') ? () => setPinOpen(true) : null;
  const showStatus = view.step === 'survey' || view.step === 'thanks' || view.step === 'staff';

  return (
    <div className={`participant participant-${target.kind}`}>
      <ParticipantHeader onStaff={staffEntry} />
      <main id="main" className="participant-main">
        <Suspense fallback={<BusyScreen />}>
          <StepScreen view={view} controller={controller} onAnswers={onAnswers} onPage={onPage} onComplete={onComplete} unlock={unlock} passwordSignIn={passwordSignIn} />
        </Suspense>
      </main>
      {showStatus && (
        <footer className="participant-footer">
          <SaveStatus kind={view.kind} pending={view.pending} failing={view.syncFailing} savedOnce={view.savedOnce} />
        </footer>
      )}
      {staffEntry && <PinDialog open={pinOpen} onClose={() => setPinOpen(false)} onUnlock={unlock} onPasswordSignIn={passwordSignIn} />}
    </div>
  );
}

interface StepScreenProps {
  view: ParticipantView;
  controller: ParticipantController;
  onAnswers: (data: SurveyAnswers, pageNo: number) => void;
  onPage: (data: SurveyAnswers, pageNo: number) => void;
  onComplete: (data: SurveyAnswers) => void;
  unlock: (pin: string) => Promise<Awaited<ReturnType<ParticipantController['unlock']>>>;
  passwordSignIn: () => void;
}

function StepScreen({ view, controller, onAnswers, onPage, onComplete, unlock, passwordSignIn }: StepScreenProps) {
  const { t } = useTranslation(['survey']);
  const isTablet = view.kind === 'tablet';
  switch (view.step) {
    case 'loading':
      return <BusyScreen />;
    case 'language':
      return (
        <LanguageScreen
          current={view.language}
          available={view.session?.instrumentVersion.languages ?? []}
          onChoose={(language) => void controller.chooseLanguage(language)}
        />
      );
    case 'consent': {
      const consent = view.session?.instrumentVersion.consent;
      if (!consent) return <BusyScreen />;
      return (
        <ConsentScreen
          key={view.language}
          consent={consent}
          language={view.language}
          onAccept={() => void controller.acceptConsent()}
          onDecline={() => void controller.declineConsent()}
          onChangeLanguage={() => void controller.changeLanguage()}
        />
      );
    }
    case 'declined':
      return (
        <MessageScreen title={t('survey:declined.title')} testId="declined">
          <p className="participant-lead">{t('survey:declined.body')}</p>
          <p>{isTablet ? t('survey:declined.returnTablet') : t('survey:declined.closePage')}</p>
          <button type="button" className="participant-button participant-button-secondary" onClick={() => void controller.reconsider()} data-testid="declined-back">
            {t('survey:declined.back')}
          </button>
        </MessageScreen>
      );
    case 'survey': {
      if (!view.session) return <BusyScreen />;
      // Rendered directly once loaded (no Suspense round trip); lazily before that.
      const SurveyScreen = surveyScreenModule?.SurveyScreen ?? LazySurveyScreen;
      return (
        <SurveyScreen
          definition={view.session.instrumentVersion.definition}
          language={view.language}
          data={view.data}
          pageNo={view.pageNo}
          epoch={view.surveyEpoch}
          rejection={view.rejection}
          onAnswers={onAnswers}
          onPage={onPage}
          onComplete={onComplete}
        />
      );
    }
    case 'thanks':
      return <ThankYouScreen kind={view.kind} confirmed={view.confirmed} />;
    case 'already-completed':
      return (
        <MessageScreen title={t('survey:completed.title')} testId="already-completed">
          <p className="participant-lead">{t('survey:completed.body')}</p>
        </MessageScreen>
      );
    case 'locked':
      return <LockScreen onUnlock={unlock} onPasswordSignIn={passwordSignIn} />;
    case 'staff':
      return (
        <StaffMenuScreen
          participantCode={view.session?.participant.code ?? ''}
          answered={Object.keys(view.data).filter((key) => !key.endsWith('-Comment')).length}
          pending={view.pending}
          onResume={() => controller.resume()}
          onEnd={() => controller.endSession()}
        />
      );
    case 'unavailable':
      return <UnavailableScreen view={view} controller={controller} />;
  }
}

function UnavailableScreen({ view, controller }: { view: ParticipantView; controller: ParticipantController }) {
  const { t } = useTranslation(['survey']);
  switch (view.unavailableReason) {
    case 'offline':
      return (
        <MessageScreen title={t('survey:unavailable.offline.title')} testId="unavailable">
          <p className="participant-lead">{t('survey:unavailable.offline.body')}</p>
          <button type="button" className="participant-button participant-button-primary" onClick={() => void controller.retry()} data-testid="unavailable-retry">
            {t('survey:unavailable.retry')}
          </button>
        </MessageScreen>
      );
    case 'token-invalid':
      return (
        <MessageScreen title={t('survey:unavailable.tokenInvalid.title')} testId="unavailable">
          <p className="participant-lead">{view.kind === 'tablet' ? t('survey:unavailable.tokenInvalid.tablet') : t('survey:unavailable.tokenInvalid.invitation')}</p>
          {view.kind === 'tablet' && (
            <button type="button" className="participant-button participant-button-secondary" onClick={() => void controller.abandon()} data-testid="unavailable-sign-in">
              {t('survey:unavailable.staffSignIn')}
            </button>
          )}
        </MessageScreen>
      );
    case 'withdrawn':
      return (
        <MessageScreen title={t('survey:unavailable.withdrawn.title')} testId="unavailable">
          <p className="participant-lead">{t('survey:unavailable.withdrawn.body')}</p>
        </MessageScreen>
      );
    case 'storage':
    case 'error':
    case null:
      return (
        <MessageScreen title={t('survey:unavailable.error.title')} testId="unavailable">
          <p className="participant-lead">{t('survey:unavailable.error.body')}</p>
          <button type="button" className="participant-button participant-button-primary" onClick={() => void controller.retry()} data-testid="unavailable-retry">
            {t('survey:unavailable.retry')}
          </button>
        </MessageScreen>
      );
  }
}
