import { ApiError } from '../../api/api-error';

/** True when a draft write was refused because someone else saved the draft first. */
export function isStaleRevision(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'STALE_REVISION';
}
