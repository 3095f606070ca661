import { translate } from '../common/i18n/translator.js';
import type { ExportLanguage } from './export-producer.js';

/** Headers and sheet names of export files, from locales/<lng>/exports.json (`file.*`). */
export function exportLabels(language: ExportLanguage): (key: string, params?: Record<string, unknown>) => string {
  return (key, params = {}) => translate(language, `exports:file.${key}`, params);
}
