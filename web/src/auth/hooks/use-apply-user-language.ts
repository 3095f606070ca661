import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_STORAGE_KEY } from '../../app/languages';
import type { User } from '../api/user';

/**
 * After signing in, shows the interface in the user's own language, unless somebody chose a
 * language on this device with the switcher: that explicit choice wins.
 */
export function useApplyUserLanguage(): (user: User) => void {
  const { i18n } = useTranslation();
  return useCallback(
    (user: User) => {
      let chosen: string | null = null;
      try {
        chosen = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      } catch {
        // Storage can be blocked; then there is no remembered choice.
      }
      if (!chosen && user.language !== i18n.resolvedLanguage) void i18n.changeLanguage(user.language);
    },
    [i18n],
  );
}
