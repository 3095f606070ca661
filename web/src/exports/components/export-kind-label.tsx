import { useTranslation } from 'react-i18next';

/** The kind's name in the reader's language; kinds added later by other features show their id. */
export function useExportKindLabel(): (kind: string) => string {
  const { t } = useTranslation(['exports']);
  const labels: Record<string, string> = {
    workbook: t('exports:kinds.workbook'),
    'statistics-bundle': t('exports:kinds.statisticsBundle'),
    'refi-qda': t('exports:kinds.refiQda'),
    'report-html': t('exports:kinds.reportHtml'),
    'report-pdf': t('exports:kinds.reportPdf'),
  };
  return (kind) => labels[kind] ?? kind;
}
