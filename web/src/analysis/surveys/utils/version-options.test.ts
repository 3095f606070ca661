import { describe, expect, it } from 'vitest';
import type { Instrument, VersionSummary } from '../../../instruments/api/instrument';
import { defaultVersionId, versionOptions } from './version-options';

const version = (id: string, n: number, status: VersionSummary['status']): VersionSummary => ({
  id,
  version: n,
  status,
  languages: ['en'],
  checksum: null,
  revision: 1,
  createdAt: '2026-01-01T00:00:00Z',
  publishedAt: null,
});
const instruments: Instrument[] = [
  { id: 'i1', key: 'patient-meaningful-ai', title: { en: 'Patients', nl: 'Patiënten' }, targetGroups: ['patient'], versions: [version('v1', 1, 'retired'), version('v2', 2, 'published'), version('v3', 3, 'draft')] },
  { id: 'i2', key: 'clinician-meaningful-ai', title: { en: 'Clinicians' }, targetGroups: ['radiologist'], versions: [version('c1', 1, 'published')] },
];

describe('versionOptions', () => {
  it('lists versions that can hold responses, newest first, titled in the reader’s language', () => {
    expect(versionOptions(instruments, 'nl').map((o) => [o.versionId, o.title, o.version, o.retired])).toEqual([
      ['v2', 'Patiënten', 2, false],
      ['v1', 'Patiënten', 1, true],
      ['c1', 'Clinicians', 1, false],
    ]);
  });

  it('starts on the wanted version, else the first published one', () => {
    const options = versionOptions(instruments, 'en');
    expect(defaultVersionId(options, 'c1')).toBe('c1');
    expect(defaultVersionId(options, 'gone')).toBe('v2');
    expect(defaultVersionId([], null)).toBeNull();
  });
});
