import { describe, expect, it } from 'vitest';
import { cleanLocalized } from './clean-localized';

describe(cleanLocalized.name, () => {
  it('trims and drops empty languages', () => {
    expect(cleanLocalized({ en: ' Trust ', nl: '', de: '   ', it: 'Fiducia' })).toEqual({ en: 'Trust', it: 'Fiducia' });
  });
});
