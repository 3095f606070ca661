import { describe, expect, it } from 'vitest';
import { isPlaceholder } from './is-placeholder';

describe(isPlaceholder.name, () => {
  it.each(['[NAME-1]', '[DATE]', ' [HOSPITAL] ', '[NAME-12]'])('accepts %j', (value) => expect(isPlaceholder(value)).toBe(true));
  it.each(['', 'NAME-1', '[name-1]', '[NAME-?]', '[NAME-]', '[NAME 1]', '[]'])('refuses %j', (value) => expect(isPlaceholder(value)).toBe(false));
});
