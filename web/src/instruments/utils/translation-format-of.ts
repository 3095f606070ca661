import type { TranslationFormat } from '../api/translation-import';

/** The translation file's format from its name; null for anything but .csv and .xlsx. */
export function translationFormatOf(fileName: string): TranslationFormat | null {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return extension === 'csv' || extension === 'xlsx' ? extension : null;
}
