import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { useUsers } from '../../users/hooks/use-users';

/**
 * Names a coder: "you" for oneself; leads (who may list accounts) see names; researchers see a
 * short neutral label, since the account list is not theirs to read.
 */
export function useCoderLabel(): (coderId: string) => string {
  const { t } = useTranslation(['coding']);
  const user = useSignedInUser();
  const users = useUsers({ enabled: user.role === 'lead' || user.role === 'admin' });
  const names = useMemo(() => new Map((users.data ?? []).map((account) => [account.id, account.displayName || account.email])), [users.data]);
  return useCallback(
    (coderId: string) => {
      if (coderId === user.id) return t('coding:coder.you');
      return names.get(coderId) ?? t('coding:coder.other', { id: coderId.slice(0, 4).toUpperCase() });
    },
    [names, t, user.id],
  );
}
