import { useTranslation } from 'react-i18next';
import type { SurveyAccessKind } from '../api/survey-session';
import { useHeadingFocus } from '../hooks/use-heading-focus';

/** After the last page. On a tablet it asks for the tablet back; it returns to staff on its own once the server confirmed. */
export function ThankYouScreen({ kind, confirmed }: { kind: SurveyAccessKind; confirmed: boolean }) {
  const { t } = useTranslation(['survey']);
  const heading = useHeadingFocus<HTMLHeadingElement>();
  return (
    <section className="participant-screen participant-screen-centered" aria-labelledby="thanks-title" data-testid="thank-you" data-confirmed={confirmed}>
      <h1 id="thanks-title" ref={heading} tabIndex={-1}>
        {t('survey:thanks.title')}
      </h1>
      <p className="participant-lead">{t('survey:thanks.body')}</p>
      <p>{kind === 'tablet' ? t('survey:thanks.returnTablet') : t('survey:thanks.closePage')}</p>
    </section>
  );
}
