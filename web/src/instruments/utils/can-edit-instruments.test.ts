import { describe, expect, it } from 'vitest';
import { canEditInstruments } from './can-edit-instruments';

describe(canEditInstruments.name, () => {
  it('lets project-wide administrators and leads edit', () => {
    expect(canEditInstruments({ role: 'admin', center: null })).toBe(true);
    expect(canEditInstruments({ role: 'lead', center: null })).toBe(true);
  });

  it('keeps researchers, site staff and center-bound accounts read-only', () => {
    expect(canEditInstruments({ role: 'researcher', center: null })).toBe(false);
    expect(canEditInstruments({ role: 'site_staff', center: 'UKM' })).toBe(false);
    expect(canEditInstruments({ role: 'lead', center: 'UKM' })).toBe(false);
  });
});
