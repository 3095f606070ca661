import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Brand } from '../../app/components/brand';
import { LanguageSwitcher } from '../../app/components/language-switcher';

/** The frame for pages used before signing in: brand, language choice, one centred card. */
export function AuthLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation(['auth']);
  return (
    <div className="auth-layout">
      <header className="auth-topbar">
        <div className="container auth-topbar-inner">
          <Brand />
          <LanguageSwitcher variant="buttons" />
        </div>
      </header>
      <main id="main" className="auth-main">
        <div className="auth-card">{children}</div>
        <p className="auth-footnote">{t('auth:footnote')}</p>
      </main>
    </div>
  );
}
