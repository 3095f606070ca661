import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCookie } from './read-cookie';

describe(readCookie.name, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('finds a cookie among others and decodes it', () => {
    vi.stubGlobal('document', { cookie: 'theme=light; polyphony_csrf=a%2Bb%3D; other=1' });
    expect(readCookie('polyphony_csrf')).toBe('a+b=');
  });

  it('returns null when the cookie is absent or only a prefix matches', () => {
    vi.stubGlobal('document', { cookie: 'polyphony_csrf_old=x' });
    expect(readCookie('polyphony_csrf')).toBeNull();
  });
});
