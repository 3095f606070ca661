/**
 * While a tablet is handed to a participant, this device remembers the participant page. The
 * staff app sends any visit straight back there (see KioskGate), so neither the back button nor a
 * typed address reaches staff screens; entering the staff PIN clears it.
 */
const KIOSK_FLAG_KEY = 'polyphony.kiosk.active';

export function setKioskFlag(path: string): void {
  try {
    localStorage.setItem(KIOSK_FLAG_KEY, path);
  } catch {
    // Storage may be full or blocked; the in-page guards still hold.
  }
}

export function clearKioskFlag(): void {
  try {
    localStorage.removeItem(KIOSK_FLAG_KEY);
  } catch {
    // see above
  }
}

/** The participant page a locked device belongs to, or null when no tablet session is active. */
export function activeKioskPath(): string | null {
  try {
    const path = localStorage.getItem(KIOSK_FLAG_KEY);
    return path && /^\/tablet\/[A-Za-z0-9_-]+$/.test(path) ? path : null;
  } catch {
    return null;
  }
}
