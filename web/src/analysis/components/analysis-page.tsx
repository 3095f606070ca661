import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import { ANALYSIS_VIEWS } from '../analysis-views';

/** Start page of the analysis area: one card per view (agreement, co-occurrence, surveys, text …). */
export function AnalysisPage() {
  // Each view keeps its card text in its own namespace; all of them load with this page.
  const namespaces = ['analysis', ...new Set(ANALYSIS_VIEWS.map((view) => view.namespace))];
  const { t } = useTranslation(namespaces as ['analysis']);
  usePageTitle(t('analysis:title'));
  // Titles come from each view's own namespace; the key is data, so it is resolved at run time.
  const label = (key: string) => t(key as never);
  return (
    <section className="page">
      <h1>{t('analysis:title')}</h1>
      <p className="lead">{t('analysis:intro')}</p>
      <ul className="card-grid">
        {ANALYSIS_VIEWS.map((view) => (
          <li className="card" key={view.path}>
            <h2>{label(`${view.namespace}:${view.titleKey}`)}</h2>
            <p>{label(`${view.namespace}:${view.summaryKey}`)}</p>
            <Link className="button button-primary" to={view.path} data-testid={view.testId}>
              {t('analysis:open')}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
