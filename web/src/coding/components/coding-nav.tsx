import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The four places of qualitative work, one click apart. */
export function CodingNav() {
  const { t } = useTranslation(['coding']);
  const links = [
    { to: '/transcripts', label: t('coding:nav.transcripts'), testId: 'coding-nav-transcripts' },
    { to: '/codebook', label: t('coding:nav.codebook'), testId: 'coding-nav-codebook' },
    { to: '/coding/retrieve', label: t('coding:nav.retrieve'), testId: 'coding-nav-retrieve' },
    { to: '/coding/search', label: t('coding:nav.search'), testId: 'coding-nav-search' },
  ];
  return (
    <nav className="coding-nav" aria-label={t('coding:nav.label')}>
      <ul className="coding-nav-list">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.to === '/transcripts'} className="coding-nav-link" data-testid={link.testId}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
