import type { StakeholderGroup } from '../../participants/api/participant';
import type { SurveyInvitation } from '../api/survey-access';

export interface CompletionRow {
  center: string;
  group: StakeholderGroup;
  /** Invitations that can still be or were answered: all but revoked and expired-unanswered ones. */
  open: number;
  started: number;
  completed: number;
  revokedOrExpired: number;
}

/** Completion per center and group, sorted by center then group, for the invitations overview. */
export function completionSummary(invitations: readonly SurveyInvitation[]): CompletionRow[] {
  const rows = new Map<string, CompletionRow>();
  for (const invitation of invitations) {
    const key = `${invitation.center}\u0000${invitation.group}`;
    const row = rows.get(key) ?? { center: invitation.center, group: invitation.group, open: 0, started: 0, completed: 0, revokedOrExpired: 0 };
    switch (invitation.status) {
      case 'completed':
        row.completed += 1;
        row.open += 1;
        break;
      case 'in_progress':
        row.started += 1;
        row.open += 1;
        break;
      case 'pending':
        row.open += 1;
        break;
      case 'revoked':
      case 'expired':
        row.revokedOrExpired += 1;
        break;
    }
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a.center.localeCompare(b.center) || a.group.localeCompare(b.group));
}

/** Completed share of the invitations still counting, 0–1; null when there are none. */
export function completionRate(row: CompletionRow): number | null {
  return row.open === 0 ? null : row.completed / row.open;
}
