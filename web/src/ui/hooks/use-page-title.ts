import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab after the page, so screen readers and tab lists say where one is. */
export function usePageTitle(page: string): void {
  const { t } = useTranslation(['common']);
  const title = t('common:pageTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
