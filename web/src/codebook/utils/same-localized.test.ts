import { describe, expect, it } from 'vitest';
import { sameLocalized } from './same-localized';

describe(sameLocalized.name, () => {
  it('ignores key order, blanks and surrounding spaces', () => {
    expect(sameLocalized({ en: 'Trust', nl: 'Vertrouwen' }, { nl: 'Vertrouwen ', en: 'Trust', de: '' })).toBe(true);
  });

  it('notices a changed or removed translation', () => {
    expect(sameLocalized({ en: 'Trust' }, { en: 'Trust', it: 'Fiducia' })).toBe(false);
  });
});
