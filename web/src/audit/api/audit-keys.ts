import type { AuditFilters } from './audit-filters';

export const auditKeys = {
  all: ['audit'] as const,
  page: (filters: AuditFilters, page: number, pageSize: number) => ['audit', 'page', filters, page, pageSize] as const,
};
