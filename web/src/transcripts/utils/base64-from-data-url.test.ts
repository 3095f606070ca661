import { describe, expect, it } from 'vitest';
import { base64FromDataUrl } from './base64-from-data-url';

describe(base64FromDataUrl.name, () => {
  it('takes the part after the comma', () => {
    expect(base64FromDataUrl('data:application/vnd.openxmlformats-officedocument.wordprocessingml.document;base64,UEsDBA==')).toBe('UEsDBA==');
  });

  it('returns an empty string for an empty file or no data URL', () => {
    expect(base64FromDataUrl('data:')).toBe('');
    expect(base64FromDataUrl('data:text/plain;base64,')).toBe('');
  });
});
