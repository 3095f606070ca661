import { useTranslation } from 'react-i18next';
import type { SuggestionModel } from '../api/suggestions';
import { formatMetric } from '../utils/format-metric';
import { qualityRows } from '../utils/quality-rows';

interface ModelQualityTableProps {
  models: readonly SuggestionModel[];
  nameOf: (codeId: string) => string;
}

/** How far to trust the suggestions: cross-validated precision and recall per code, in plain words. */
export function ModelQualityTable({ models, nameOf }: ModelQualityTableProps) {
  const { t, i18n } = useTranslation(['textAnalysis', 'common']);
  const language = i18n.resolvedLanguage;
  return (
    <section className="suggestions-quality" aria-labelledby="model-quality-heading" data-testid="model-quality">
      <h2 id="model-quality-heading">{t('textAnalysis:quality.heading')}</h2>
      <div className="alert alert-warning" role="note">
        <p>{t('textAnalysis:quality.caution')}</p>
      </div>
      {models.length === 0 && <p className="empty">{t('textAnalysis:quality.noModel')}</p>}
      {models.map((model) => (
        <div key={model.id} className="suggestions-model" data-testid="model-quality-model" data-language={model.language}>
          <h3>{t('textAnalysis:quality.model', { language: t(`common:languageNames.${model.language}`) })}</h3>
          <p className="muted">
            {t('textAnalysis:quality.facts', {
              passages: model.trainingPassages,
              folds: model.evaluation.folds,
              threshold: formatMetric(model.threshold, language),
              date: new Date(model.createdAt).toLocaleString(language),
            })}
          </p>
          <p data-testid="model-quality-macro">
            {t('textAnalysis:quality.macroSentence', {
              precision: formatMetric(model.evaluation.macro.precision, language),
              recall: formatMetric(model.evaluation.macro.recall, language),
            })}
          </p>
          <details className="method-note">
            <summary>{t('textAnalysis:quality.methodHeading')}</summary>
            <p>{t('textAnalysis:quality.method')}</p>
          </details>
          <div className="table-scroll">
            <table className="table" data-testid="model-quality-table">
              <caption className="visually-hidden">{t('textAnalysis:quality.model', { language: t(`common:languageNames.${model.language}`) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('textAnalysis:quality.code')}</th>
                  <th scope="col" className="numeric">
                    {t('textAnalysis:quality.support')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('textAnalysis:quality.predicted')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('textAnalysis:quality.precision')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('textAnalysis:quality.recall')}
                  </th>
                  <th scope="col" className="numeric">
                    F1
                  </th>
                </tr>
              </thead>
              <tbody>
                {qualityRows(model.evaluation.perCode, nameOf).map((row) => (
                  <tr key={row.codeId} className={row.fewExamples ? 'muted' : undefined}>
                    <th scope="row">
                      {row.name}
                      {row.fewExamples && <span className="badge badge-muted">{t('textAnalysis:quality.fewExamples')}</span>}
                    </th>
                    <td className="numeric">{row.support}</td>
                    <td className="numeric">{row.predicted}</td>
                    <td className="numeric">{formatMetric(row.precision, language)}</td>
                    <td className="numeric">{formatMetric(row.recall, language)}</td>
                    <td className="numeric">{formatMetric(row.f1, language)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('textAnalysis:quality.macro')}</th>
                  <td />
                  <td />
                  <td className="numeric">{formatMetric(model.evaluation.macro.precision, language)}</td>
                  <td className="numeric">{formatMetric(model.evaluation.macro.recall, language)}</td>
                  <td className="numeric">{formatMetric(model.evaluation.macro.f1, language)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </div>
      ))}
    </section>
  );
}
