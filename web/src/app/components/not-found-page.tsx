import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../ui/hooks/use-page-title';

export function NotFoundPage() {
  const { t } = useTranslation(['common']);
  usePageTitle(t('common:notFound.title'));
  return (
    <section className="page narrow">
      <h1>{t('common:notFound.title')}</h1>
      <p>{t('common:notFound.body')}</p>
      <Link className="button button-primary" to="/">
        {t('common:notFound.backHome')}
      </Link>
    </section>
  );
}
