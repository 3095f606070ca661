import { useMutation, useQueryClient } from '@tanstack/react-query';
import { findingsApi, findingsKeys } from '../api/findings-api';

/** Unpinning and translating quotes; the joint display is refetched afterwards. */
export function useQuoteActions() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: findingsKeys.all });
  const unpin = useMutation({ mutationFn: (id: string) => findingsApi.unpin(id), onSuccess: refresh });
  const translate = useMutation({
    mutationFn: ({ id, translations, revision }: { id: string; translations: Record<string, string>; revision: number }) => findingsApi.editTranslations(id, { translations, revision }),
    onSuccess: refresh,
  });
  const pin = useMutation({ mutationFn: (body: { codingId: string; criterion: string; group: string }) => findingsApi.pin(body), onSuccess: refresh });
  return { unpin, translate, pin };
}
