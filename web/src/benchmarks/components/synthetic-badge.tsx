import { useTranslation } from 'react-i18next';

/** Marks made-up demo numbers wherever a package or its results appear. */
export function SyntheticBadge() {
  const { t } = useTranslation(['benchmarks']);
  return (
    <span className="badge badge-synthetic" title={t('benchmarks:synthetic.hint')} data-testid="synthetic-badge">
      {t('benchmarks:synthetic.badge')}
    </span>
  );
}
