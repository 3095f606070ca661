import { describe, expect, it } from 'vitest';
import { newestVersion } from './newest-version';

describe(newestVersion.name, () => {
  it('finds the highest version number in any order', () => {
    expect(newestVersion([{ version: 2 }, { version: 3 }, { version: 1 }])).toEqual({ version: 3 });
  });

  it('returns undefined when there are no versions', () => {
    expect(newestVersion([])).toBeUndefined();
  });
});
