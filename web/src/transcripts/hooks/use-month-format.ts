import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** "2025-03" as "March 2025" in the reader's language; the interview month is all Polyphony keeps. */
export function useMonthFormat(): (month: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' });
    return (month: string) => {
      const match = /^(\d{4})-(\d{2})/.exec(month);
      return match ? format.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1))) : month;
    };
  }, [language]);
}
