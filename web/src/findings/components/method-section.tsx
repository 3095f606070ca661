import { useTranslation } from 'react-i18next';
import type { JointDisplay } from '../api/joint-display';

/** The method in plain words, with its assumptions, in the reader's language. */
export function MethodSection({ display }: { display: JointDisplay }) {
  const { t } = useTranslation(['findings']);
  return (
    <section className="findings-section findings-method" aria-labelledby="findings-method-title" data-testid="findings-method">
      <h2 id="findings-method-title">{t('findings:method.title')}</h2>
      <p>{t('findings:method.intro')}</p>
      <ol>
        {display.method.steps.map((step) => (
          <li key={step}>{t(`findings:method.steps.${step}` as 'findings:method.steps.weights')}</li>
        ))}
      </ol>
      <h3>{t('findings:method.assumptionsTitle')}</h3>
      <ul>
        {display.method.assumptions.map((assumption) => (
          <li key={assumption}>{t(`findings:method.assumptions.${assumption}` as 'findings:method.assumptions.missingData')}</li>
        ))}
      </ul>
      {display.leftOutQuestions.length > 0 && <p className="small muted">{t('findings:method.leftOutQuestions', { list: display.leftOutQuestions.join(', ') })}</p>}
    </section>
  );
}
