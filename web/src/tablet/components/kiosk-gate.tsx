import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { activeKioskPath } from '../../survey/kiosk/kiosk-flag';

/**
 * While this device is handed to a participant, no staff screen opens: whatever address is
 * reached (back button, typed URL, a bookmark) goes straight back to the participant page, where
 * only the staff PIN ends the session. Until the browser has left, a blank cover hides the page.
 */
export function KioskGate() {
  const location = useLocation();
  const kiosk = activeKioskPath();
  useEffect(() => {
    if (kiosk) window.location.replace(kiosk);
  }, [kiosk, location.pathname]);
  if (!kiosk) return null;
  return <div aria-hidden="true" data-testid="kiosk-cover" style={{ position: 'fixed', inset: 0, zIndex: 1000, background: '#f4f6f8' }} />;
}
