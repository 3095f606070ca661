import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../ui/hooks/use-page-title';

export function ForbiddenPage() {
  const { t } = useTranslation(['common']);
  usePageTitle(t('common:forbidden.title'));
  return (
    <section className="page narrow" data-testid="forbidden-page">
      <h1>{t('common:forbidden.title')}</h1>
      <p>{t('common:forbidden.body')}</p>
      <Link className="button button-primary" to="/">
        {t('common:notFound.backHome')}
      </Link>
    </section>
  );
}
