/** How long a tablet may sit untouched before it locks, and how long the thank-you stays up. */
export interface KioskSettings {
  idleMs: number;
  returnAfterMs: number;
}

export const DEFAULT_KIOSK_SETTINGS: KioskSettings = { idleMs: 3 * 60_000, returnAfterMs: 8_000 };

/** Device-wide overrides (for a ward that wants another timeout, and for tests). */
export const KIOSK_STORAGE_KEYS = { idleMs: 'polyphony.kiosk.idleMs', returnAfterMs: 'polyphony.kiosk.returnAfterMs' } as const;

const QUERY_KEYS = { idleMs: 'idle', returnAfterMs: 'returnAfter' } as const;

function milliseconds(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 ? Math.round(number) : null;
}

/**
 * The settings for this page: a query parameter (`?idle=5000&returnAfter=0`, in milliseconds) wins
 * over the device's stored value, which wins over the default.
 */
export function readKioskSettings(search: string, stored: (key: string) => string | null): KioskSettings {
  const query = new URLSearchParams(search);
  const pick = (name: keyof KioskSettings) =>
    milliseconds(query.get(QUERY_KEYS[name])) ?? milliseconds(stored(KIOSK_STORAGE_KEYS[name])) ?? DEFAULT_KIOSK_SETTINGS[name];
  // Locking faster than a second would make the tablet unusable; treat it as a typo.
  return { idleMs: Math.max(1_000, pick('idleMs')), returnAfterMs: pick('returnAfterMs') };
}
