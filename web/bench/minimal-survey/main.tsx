// The smallest page that shows a Polyphony instrument: fetch it with the survey token, give SurveyJS
// its language and the saved answers, render. No router, no i18n library, no storage, no styles of
// our own; the fontless SurveyJS stylesheet, as the participant app uses (the other one fetches
// Google Fonts, which Polyphony's CSP forbids).
import 'survey-core/survey-core.fontless.css';
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';

interface Session {
  instrumentVersion: { definition: Record<string, unknown> };
  response: { data: Record<string, unknown> } | null;
}

function surveyCoreStrings(language: string): Promise<unknown> {
  if (language === 'nl') return import('survey-core/i18n/dutch');
  if (language === 'de') return import('survey-core/i18n/german');
  if (language === 'it') return import('survey-core/i18n/italian');
  return Promise.resolve();
}

async function main(): Promise<void> {
  const query = new URLSearchParams(window.location.search);
  const token = query.get('token') ?? '';
  const language = query.get('lang') ?? 'en';
  const [session] = await Promise.all([
    fetch('/api/survey-session', { headers: { 'x-survey-token': token } }).then((response) => response.json() as Promise<Session>),
    surveyCoreStrings(language),
  ]);
  const model = new Model(session.instrumentVersion.definition);
  model.locale = language;
  model.data = session.response?.data ?? {};
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<Survey model={model} />);
}

void main();
