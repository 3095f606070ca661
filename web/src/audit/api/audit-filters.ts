/** Audit filters as the reader set them; dates are local calendar days (YYYY-MM-DD). */
export interface AuditFilters {
  action: string;
  actorId: string;
  entity: string;
  center: string;
  from: string;
  to: string;
}
