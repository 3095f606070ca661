import type { SurveyAccessKind } from '../api/survey-session';

/**
 * The service worker keeps the participant app (never any /api answer) so it starts without a
 * network after the first visit. Its scope is the participant's own path, /tablet/ or /survey/:
 * the staff app is never served from it.
 */
export function registerServiceWorker(kind: SurveyAccessKind): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const scope = kind === 'tablet' ? '/tablet/' : '/survey/';
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope }).catch(() => {
      // Without it the app still works online; offline start is what is lost.
    });
  };
  // After the first screen, so installing (and precaching) never competes with it.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** Asks the browser not to evict this origin's storage under pressure (queued answers live there). */
export function requestPersistentStorage(): void {
  void navigator.storage?.persist?.().catch(() => false);
}
