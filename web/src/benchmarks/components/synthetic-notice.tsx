import { useTranslation } from 'react-i18next';

/** Said once, plainly, above any view that shows synthetic demo results. */
export function SyntheticNotice() {
  const { t } = useTranslation(['benchmarks']);
  return (
    <div className="note benchmark-synthetic-note" role="note" data-testid="synthetic-notice">
      <p>
        <strong>{t('benchmarks:synthetic.badge')}</strong> {t('benchmarks:synthetic.notice')}
      </p>
    </div>
  );
}
