import type { StakeholderGroup } from '../../participants/api/participant';

export const VERSION_STATUSES = ['draft', 'published', 'retired'] as const;

/** A draft can change; a published version is frozen; a retired one takes no new responses. */
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** Text per language as the API stores it; any language may be missing. */
export type LocalizedText = Partial<Record<string, string>>;

/** One version of an instrument as the library lists it. */
export interface VersionSummary {
  id: string;
  version: number;
  status: VersionStatus;
  languages: string[];
  /** SHA-256 of the definition, fixed at publication; null for drafts. */
  checksum: string | null;
  /** Optimistic lock of a draft: every write names the revision it started from. */
  revision: number;
  createdAt: string;
  publishedAt: string | null;
}

/** A questionnaire with a stable key; its content lives in its versions (oldest first). */
export interface Instrument {
  id: string;
  key: string;
  title: LocalizedText;
  targetGroups: StakeholderGroup[];
  versions: VersionSummary[];
}

export interface ConsentText {
  version: string;
  text: LocalizedText;
}

/** One version with its SurveyJS definition and the share of its texts available per language (0..1). */
export interface InstrumentVersion extends VersionSummary {
  instrumentId: string;
  instrumentKey: string;
  definition: Record<string, unknown>;
  consent: ConsentText | null;
  completeness: Partial<Record<string, number>>;
}
