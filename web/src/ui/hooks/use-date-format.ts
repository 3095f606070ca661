import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface DateFormat {
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
}

/** Dates and times in the reader's language, e.g. "12.03.2025, 14:05" in German. */
export function useDateFormat(): DateFormat {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    const safe = (format: Intl.DateTimeFormat) => (iso: string) => {
      const value = new Date(iso);
      return Number.isNaN(value.getTime()) ? iso : format.format(value);
    };
    return { dateTime: safe(dateTime), date: safe(date) };
  }, [language]);
}
