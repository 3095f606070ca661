import { useMutation } from '@tanstack/react-query';
import { auditApi } from '../api/audit-api';

/** Verifying walks the whole hash chain, so it runs when asked, never on page load. */
export function useVerifyAuditChain() {
  return useMutation({ mutationFn: auditApi.verify });
}
