import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCanEditBenchmarks } from '../hooks/use-can-edit-benchmarks';

/** Results, packages, criterion mapping and (for leads) the import, one click apart. */
export function BenchmarksNav() {
  const { t } = useTranslation(['benchmarks']);
  const canEdit = useCanEditBenchmarks();
  const links = [
    { to: '/benchmarks', label: t('benchmarks:nav.results'), testId: 'benchmarks-nav-results' },
    { to: '/benchmarks/packages', label: t('benchmarks:nav.packages'), testId: 'benchmarks-nav-packages' },
    { to: '/benchmarks/criteria', label: t('benchmarks:nav.criteria'), testId: 'benchmarks-nav-criteria' },
    ...(canEdit ? [{ to: '/benchmarks/import', label: t('benchmarks:nav.import'), testId: 'benchmarks-nav-import' }] : []),
  ];
  return (
    <nav className="coding-nav" aria-label={t('benchmarks:nav.label')}>
      <ul className="coding-nav-list">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.to === '/benchmarks'} className="coding-nav-link" data-testid={link.testId}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
