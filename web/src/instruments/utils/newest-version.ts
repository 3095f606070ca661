import type { VersionSummary } from '../api/instrument';

/** The version with the highest number; undefined for an instrument without versions. */
export function newestVersion<V extends Pick<VersionSummary, 'version'>>(versions: readonly V[]): V | undefined {
  return versions.reduce<V | undefined>((newest, version) => (!newest || version.version > newest.version ? version : newest), undefined);
}
