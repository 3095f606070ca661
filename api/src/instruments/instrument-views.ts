import type { SupportedLanguage } from '../common/i18n/languages.js';
import type { StakeholderGroup } from '../participants/stakeholder-groups.js';
import type { ConsentText, InstrumentVersion, VersionStatus } from './instrument-version.entity.js';
import type { Instrument, LocalizedText } from './instrument.entity.js';

export interface VersionSummary {
  id: string;
  version: number;
  status: VersionStatus;
  languages: string[];
  checksum: string | null;
  revision: number;
  createdAt: string;
  publishedAt: string | null;
}

export interface InstrumentView {
  id: string;
  key: string;
  title: LocalizedText;
  targetGroups: StakeholderGroup[];
  versions: VersionSummary[];
}

export interface VersionView extends VersionSummary {
  instrumentId: string;
  instrumentKey: string;
  definition: Record<string, unknown>;
  consent: ConsentText | null;
  completeness: Partial<Record<SupportedLanguage, number>>;
}

export function toVersionSummary(v: InstrumentVersion): VersionSummary {
  return {
    id: v.id,
    version: v.version,
    status: v.status,
    languages: v.languages,
    checksum: v.checksum,
    revision: v.revision,
    createdAt: v.createdAt.toISOString(),
    publishedAt: v.publishedAt?.toISOString() ?? null,
  };
}

export function toInstrumentView(instrument: Instrument, versions: InstrumentVersion[]): InstrumentView {
  return {
    id: instrument.id,
    key: instrument.key,
    title: instrument.title,
    targetGroups: instrument.targetGroups,
    versions: versions.sort((a, b) => a.version - b.version).map(toVersionSummary),
  };
}
