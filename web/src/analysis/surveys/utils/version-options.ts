import type { Instrument } from '../../../instruments/api/instrument';
import { localizedText } from '../../../instruments/utils/localized-text';

export interface VersionOption {
  versionId: string;
  instrumentKey: string;
  title: string;
  version: number;
  retired: boolean;
}

/**
 * The instrument versions that can hold responses (published or retired, never drafts), newest
 * version of each instrument first, titled in the reader's language.
 */
export function versionOptions(instruments: readonly Instrument[], language: string): VersionOption[] {
  return instruments.flatMap((instrument) => {
    const title = localizedText(instrument.title, language) ?? instrument.key;
    return instrument.versions
      .filter((version) => version.status !== 'draft')
      .sort((a, b) => b.version - a.version)
      .map((version) => ({ versionId: version.id, instrumentKey: instrument.key, title, version: version.version, retired: version.status === 'retired' }));
  });
}

/** The version to show first: the one asked for if it exists, else the newest published one. */
export function defaultVersionId(options: readonly VersionOption[], wanted: string | null): string | null {
  if (wanted && options.some((option) => option.versionId === wanted)) return wanted;
  return (options.find((option) => !option.retired) ?? options[0])?.versionId ?? null;
}
