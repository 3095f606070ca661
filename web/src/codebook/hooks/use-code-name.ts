import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../api/code';
import { codeName } from '../utils/code-name';

/** Names codes in the interface language, falling back to English, any language, then the key. */
export function useCodeName(): (code: Pick<Code, 'name' | 'key'>) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useCallback((code) => codeName(code, language), [language]);
}
