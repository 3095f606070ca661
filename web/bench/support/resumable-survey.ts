import { signInApi } from '../../../e2e/support/survey-flow.js';

export interface ResumableSurvey {
  token: string;
  language: 'nl';
}

/**
 * An invitation whose language and consent are done and whose first answer is saved: opening it
 * goes straight to the first open question, in the participant app and in the baseline page alike.
 */
export async function createResumableSurvey(appUrl: string): Promise<ResumableSurvey> {
  const lead = await signInApi(appUrl, 'lead@polyphony.demo');
  const participant = await lead.send<{ id: string }>('POST', '/api/participants', { center: 'RUMC', group: 'patient', language: 'nl' });
  const { items } = await lead.get<{ items: Array<{ id: string; key: string }> }>('/api/instruments');
  const instrument = items.find((item) => item.key === 'patient-meaningful-ai');
  if (!instrument) throw new Error('seeded patient instrument missing');
  const invitation = await lead.send<{ token: string }>('POST', '/api/survey-invitations', { participantId: participant.body.id, instrumentId: instrument.id });
  const token = invitation.body.token;
  const headers = { 'x-survey-token': token, 'content-type': 'application/json' };
  const session = (await (await fetch(`${appUrl}/api/survey-session`, { headers })).json()) as {
    instrumentVersion: { id: string; consent: { version: string } };
  };
  const consent = await fetch(`${appUrl}/api/survey-session/consent`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ version: session.instrumentVersion.consent.version, language: 'nl' }),
  });
  if (consent.status !== 204) throw new Error(`consent: ${consent.status}`);
  const saved = await fetch(`${appUrl}/api/responses/${crypto.randomUUID()}`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({
      instrumentVersionId: session.instrumentVersion.id,
      participantId: participant.body.id,
      data: { ai_openness: 4 },
      status: 'in_progress',
      revision: 0,
      language: 'nl',
    }),
  });
  if (saved.status !== 200) throw new Error(`response: ${saved.status}`);
  return { token, language: 'nl' };
}
