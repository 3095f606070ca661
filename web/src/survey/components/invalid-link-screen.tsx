import { useTranslation } from 'react-i18next';
import { MessageScreen } from './message-screen';

/** An address under /tablet/ or /survey/ without a usable token (say, a link cut short in an e-mail). */
export function InvalidLinkScreen() {
  const { t } = useTranslation(['survey']);
  return (
    <div className="participant">
      <main id="main" className="participant-main">
        <MessageScreen title={t('survey:unavailable.invalidLink.title')} testId="invalid-link">
          <p className="participant-lead">{t('survey:unavailable.invalidLink.body')}</p>
        </MessageScreen>
      </main>
    </div>
  );
}
