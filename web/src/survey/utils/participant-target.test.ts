import { describe, expect, it } from 'vitest';
import { parseParticipantPath } from './participant-target';

describe(parseParticipantPath.name, () => {
  const token = 'AbCdEfGhIjKlMnOpQrStUv_-0123456789';

  it('reads tablet sessions and invitation links', () => {
    expect(parseParticipantPath(`/tablet/${token}`)).toEqual({ kind: 'tablet', token, path: `/tablet/${token}` });
    expect(parseParticipantPath(`/survey/${token}/`)).toEqual({ kind: 'invitation', token, path: `/survey/${token}` });
  });

  it('refuses other paths and tokens of the wrong shape', () => {
    expect(parseParticipantPath('/tablet/')).toBeNull();
    expect(parseParticipantPath('/tablet/short')).toBeNull();
    expect(parseParticipantPath(`/tablet/${token}/extra`)).toBeNull();
    expect(parseParticipantPath(`/tablet-start`)).toBeNull();
    expect(parseParticipantPath(`/survey/${token}%20`)).toBeNull();
  });
});
