import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** A share from 0 to 1 as a whole percentage in the reader's language ("85 %" in German). */
export function usePercentFormat(): (share: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    // Never round an incomplete translation up to 100 %.
    return (share: number) => format.format(share < 1 ? Math.min(Math.floor(share * 100), 99) / 100 : 1);
  }, [language]);
}
