import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Number formats in the reader's language: statistics to two decimals, percentages, confidence levels. */
export function useStatsFormat() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    return {
      number: (value: number) => decimal.format(value),
      /** A share given as 0–100. */
      percent: (value: number) => percent.format(value / 100),
      whole: (value: number) => whole.format(value),
      /** 0.95 → "95 %" (or "95%", as the language writes it). */
      level: (level: number) => percent.format(level),
    };
  }, [language]);
}
