import { apiClient } from '../../api/api-client';
import type { IssuedSurveyAccess, SurveyInvitation } from './survey-access';
import type { SurveyInstrument } from './survey-instrument';

interface StartSurvey {
  participantId: string;
  instrumentId: string;
}

/** Staff calls for handing out surveys: tablet sessions, invitation links and the kiosk PIN. */
export const tabletApi = {
  instruments: () => apiClient.get<{ items: SurveyInstrument[] }>('/api/instruments').then((body) => body.items),
  startTabletSession: (body: StartSurvey) => apiClient.post<IssuedSurveyAccess>('/api/tablet-sessions', body),
  createInvitation: (body: StartSurvey) => apiClient.post<IssuedSurveyAccess>('/api/survey-invitations', body),
  invitations: () => apiClient.get<{ items: SurveyInvitation[] }>('/api/survey-invitations').then((body) => body.items),
  revokeInvitation: (id: string) => apiClient.post<undefined>(`/api/survey-invitations/${encodeURIComponent(id)}/revoke`),
  kioskPinStatus: () => apiClient.get<{ set: boolean }>('/api/auth/kiosk-pin'),
  setKioskPin: (pin: string) => apiClient.put<undefined>('/api/auth/kiosk-pin', { pin }),
};
