import { describe, expect, it } from 'vitest';
import type { InvitationStatus, SurveyInvitation } from '../api/survey-access';
import { completionRate, completionSummary } from './completion-summary';

let next = 0;
const invitation = (center: string, group: SurveyInvitation['group'], status: InvitationStatus): SurveyInvitation => ({
  id: String(++next),
  participantId: `p${next}`,
  participantCode: `${center}-X-${next}`,
  group,
  center,
  language: 'en',
  instrumentVersionId: 'v1',
  status,
  createdAt: '2026-01-01T00:00:00.000Z',
  expiresAt: '2026-03-01T00:00:00.000Z',
  completedAt: status === 'completed' ? '2026-01-02T00:00:00.000Z' : null,
});

describe(completionSummary.name, () => {
  it('returns no rows for no invitations', () => {
    expect(completionSummary([])).toEqual([]);
  });

  it('counts per center and group, sorted, leaving revoked and expired links out of the rate', () => {
    const rows = completionSummary([
      invitation('UKM', 'radiologist', 'completed'),
      invitation('RUMC', 'neurologist', 'pending'),
      invitation('UKM', 'radiologist', 'in_progress'),
      invitation('UKM', 'radiologist', 'revoked'),
      invitation('UKM', 'radiologist', 'expired'),
      invitation('UKM', 'neurosurgeon', 'completed'),
    ]);
    expect(rows).toEqual([
      { center: 'RUMC', group: 'neurologist', open: 1, started: 0, completed: 0, revokedOrExpired: 0 },
      { center: 'UKM', group: 'neurosurgeon', open: 1, started: 0, completed: 1, revokedOrExpired: 0 },
      { center: 'UKM', group: 'radiologist', open: 2, started: 1, completed: 1, revokedOrExpired: 2 },
    ]);
    expect(rows.map(completionRate)).toEqual([0, 1, 0.5]);
  });

  it('has no rate when every link was revoked or expired', () => {
    const [row] = completionSummary([invitation('UKL', 'radiotherapist', 'revoked')]);
    expect(row && completionRate(row)).toBeNull();
  });
});
