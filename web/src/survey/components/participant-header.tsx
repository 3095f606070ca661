import { useTranslation } from 'react-i18next';

/** The study's name, and on a tablet the discreet way in for staff. No menu, no links away. */
export function ParticipantHeader({ onStaff }: { onStaff: (() => void) | null }) {
  const { t } = useTranslation(['survey']);
  return (
    <header className="participant-header">
      <span className="participant-brand">
        <svg className="participant-brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <circle cx="16" cy="16" r="15" fill="#0b4f7c" />
          <path d="M9 20c2-6 4-9 7-9s5 3 7 9" fill="none" stroke="#fff" strokeWidth="2.5" strokeLinecap="round" />
        </svg>
        <span>{t('survey:brand')}</span>
      </span>
      {onStaff && (
        <button type="button" className="staff-button" onClick={onStaff} data-testid="staff-button">
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M7 11V8a5 5 0 0 1 10 0v3" fill="none" stroke="currentColor" strokeWidth="2" />
            <rect x="5" y="11" width="14" height="10" rx="2" fill="currentColor" />
          </svg>
          <span>{t('survey:kiosk.staffButton')}</span>
        </button>
      )}
    </header>
  );
}
