import { useEffect } from 'react';

/**
 * Keeps a handed-over tablet on the participant page: the back button (or an edge swipe) lands on
 * a history entry of this page again, and a reload, close or typed address asks first. Off while
 * the page itself leaves on purpose (after the thank-you, or when staff end the session).
 */
export function useKioskGuard(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const stay = () => window.history.pushState({ polyphonyKiosk: true }, '', window.location.href);
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    stay();
    window.addEventListener('popstate', stay);
    window.addEventListener('beforeunload', onBeforeUnload);
    // Chromium skips history entries that were added without a user gesture when going back, so
    // add one more on the participant's first touch.
    window.addEventListener('pointerdown', stay, { once: true });
    return () => {
      window.removeEventListener('popstate', stay);
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pointerdown', stay);
    };
  }, [active]);
}
