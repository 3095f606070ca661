import { apiClient } from '../../api/api-client';
import { queryString } from '../../api/query-string';
import type { AuditPage, ChainVerification } from './audit-event';
import type { AuditFilters } from './audit-filters';

/** A local calendar day as the ISO instant it starts (or, with `endOfDay`, its last millisecond). */
function dayToInstant(day: string, endOfDay: boolean): string | undefined {
  if (!day) return undefined;
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return undefined;
  const instant = endOfDay ? new Date(year, month - 1, date, 23, 59, 59, 999) : new Date(year, month - 1, date);
  return instant.toISOString();
}

export const auditApi = {
  list: (filters: AuditFilters, page: number, pageSize: number) =>
    apiClient.get<AuditPage>(
      `/api/audit${queryString({
        action: filters.action.trim(),
        actorId: filters.actorId,
        entity: filters.entity.trim(),
        center: filters.center,
        from: dayToInstant(filters.from, false),
        to: dayToInstant(filters.to, true),
        page,
        pageSize,
      })}`,
    ),
  verify: () => apiClient.get<ChainVerification>('/api/audit/verify'),
};
