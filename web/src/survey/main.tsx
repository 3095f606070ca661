import './participant.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { surveyApi } from './api/survey-api';
import { ParticipantApp } from './app/participant-app';
import { applyParticipantLanguage, participantI18n } from './app/participant-i18n';
import { InvalidLinkScreen } from './components/invalid-link-screen';
import { readKioskSettings } from './kiosk/kiosk-settings';
import { registerServiceWorker, requestPersistentStorage } from './app/register-service-worker';
import { initialLanguage } from './utils/initial-language';
import { parseParticipantPath } from './utils/participant-target';

// The participant entry (survey.html): tablet sessions and invitation links. It shares no code
// with the staff app beyond React, i18next and a few pure helpers.
const container = document.getElementById('root');
if (!container) throw new Error('survey.html has no #root element');

const target = parseParticipantPath(window.location.pathname);
const root = createRoot(container);

if (target) {
  // The one request every start needs, sent before React renders anything.
  const initialSession = surveyApi.session(target.token, initialLanguage(navigator.language));
  initialSession.catch(() => undefined);
  registerServiceWorker(target.kind);
  requestPersistentStorage();
  const settings = readKioskSettings(window.location.search, (key) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  });
  root.render(
    <StrictMode>
      <I18nextProvider i18n={participantI18n}>
        <ParticipantApp target={target} settings={settings} initialSession={initialSession} />
      </I18nextProvider>
    </StrictMode>,
  );
} else {
  void applyParticipantLanguage(initialLanguage(navigator.language)).finally(() => {
    root.render(
      <StrictMode>
        <I18nextProvider i18n={participantI18n}>
          <InvalidLinkScreen />
        </I18nextProvider>
      </StrictMode>,
    );
  });
}
