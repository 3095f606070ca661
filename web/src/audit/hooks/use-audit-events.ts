import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditApi } from '../api/audit-api';
import type { AuditFilters } from '../api/audit-filters';
import { auditKeys } from '../api/audit-keys';

export function useAuditEvents(filters: AuditFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: auditKeys.page(filters, page, pageSize),
    queryFn: () => auditApi.list(filters, page, pageSize),
    placeholderData: keepPreviousData,
  });
}
