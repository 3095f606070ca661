import { useTranslation } from 'react-i18next';

/** A calm spinner with a spoken label; never suspends itself, so it can be a Suspense fallback. */
export function LoadingState({ label }: { label?: string }) {
  const { t, ready } = useTranslation(['common'], { useSuspense: false });
  const text = label ?? (ready ? t('common:loading') : '');
  return (
    <div className="loading-state" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {text && <span>{text}</span>}
    </div>
  );
}
