import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';

/** Project-wide leads import and edit; everyone else who sees the benchmark reads it. */
export function useCanEditBenchmarks(): boolean {
  const user = useSignedInUser();
  return user.role === 'lead' && user.center === null;
}
