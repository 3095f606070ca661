import { describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_SETTINGS, KIOSK_STORAGE_KEYS, readKioskSettings } from './kiosk-settings';

describe(readKioskSettings.name, () => {
  const nothingStored = () => null;

  it('uses three minutes and eight seconds when nothing is configured', () => {
    expect(readKioskSettings('', nothingStored)).toEqual(DEFAULT_KIOSK_SETTINGS);
    expect(DEFAULT_KIOSK_SETTINGS.idleMs).toBe(180_000);
  });

  it('takes the device setting, and the query parameter over it', () => {
    const stored = (key: string) => (key === KIOSK_STORAGE_KEYS.idleMs ? '5000' : key === KIOSK_STORAGE_KEYS.returnAfterMs ? '100' : null);
    expect(readKioskSettings('', stored)).toEqual({ idleMs: 5_000, returnAfterMs: 100 });
    expect(readKioskSettings('?idle=2500&returnAfter=0', stored)).toEqual({ idleMs: 2_500, returnAfterMs: 0 });
  });

  it('ignores values that are not a non-negative number', () => {
    expect(readKioskSettings('?idle=soon&returnAfter=-5', () => 'x')).toEqual(DEFAULT_KIOSK_SETTINGS);
    expect(readKioskSettings('?idle=', nothingStored)).toEqual(DEFAULT_KIOSK_SETTINGS);
  });

  it('never locks faster than once a second', () => {
    expect(readKioskSettings('?idle=10', nothingStored).idleMs).toBe(1_000);
  });
});
