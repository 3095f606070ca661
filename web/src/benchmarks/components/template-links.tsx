import { useTranslation } from 'react-i18next';
import { templateUrl } from '../api/benchmarks-api';

/** The template with a header row and two example rows; the XLSX also documents every column. */
export function TemplateLinks() {
  const { t } = useTranslation(['benchmarks']);
  return (
    <p className="button-row">
      <a className="button button-secondary" href={templateUrl('csv')} download data-testid="benchmark-template-csv">
        {t('benchmarks:import.templateCsv')}
      </a>
      <a className="button button-secondary" href={templateUrl('xlsx')} download data-testid="benchmark-template-xlsx">
        {t('benchmarks:import.templateXlsx')}
      </a>
    </p>
  );
}
