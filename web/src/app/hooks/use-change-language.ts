import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_STORAGE_KEY, type Language } from '../languages';

/** Switches the interface language and remembers the choice on this device. */
export function useChangeLanguage(): (language: Language) => void {
  const { i18n } = useTranslation();
  return useCallback(
    (language: Language) => {
      try {
        window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
      } catch {
        // Private mode or blocked storage: the switch still works for this visit.
      }
      void i18n.changeLanguage(language);
    },
    [i18n],
  );
}
