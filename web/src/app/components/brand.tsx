import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The product name with its mark; a link home. */
export function Brand() {
  const { t } = useTranslation(['common']);
  return (
    <Link to="/" className="brand">
      <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" fill="currentColor" />
        <path d="M7 21c3-8 5-8 7 0s4 8 7 0 3-6 4-4" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" />
      </svg>
      <span className="brand-text">
        <span className="brand-name">{t('common:appName')}</span>
        <span className="brand-tagline">{t('common:tagline')}</span>
      </span>
    </Link>
  );
}
