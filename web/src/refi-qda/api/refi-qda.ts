import type { Language } from '../../app/languages';
import type { Candidate } from '../../transcripts/api/transcript-preview';

/** Why something in the file was not carried over (see api/src/refi-qda/import-plan.ts). */
export type NotCarriedReason =
  | 'non_text_source'
  | 'source_text_missing'
  | 'source_too_long'
  | 'source_not_chosen'
  | 'selection_out_of_range'
  | 'coding_unknown_code'
  | 'source_coding'
  | 'duplicate_codings'
  | 'sets'
  | 'graphs'
  | 'links'
  | 'cases'
  | 'variables';

export interface NotCarriedItem {
  reason: NotCarriedReason;
  item: string;
  count: number;
  kind?: 'pdf' | 'picture' | 'audio' | 'video';
}

export interface QdpxPreviewSource {
  guid: string;
  name: string;
  lengthCp: number;
  codings: number;
  memos: number;
  suggestedLanguage: string | null;
  excerpt: string;
  candidates: Candidate[];
}

export interface QdpxPreview {
  tool: string;
  sources: QdpxPreviewSource[];
  codes: Array<{ guid: string; path: string[]; existing: boolean }>;
  codings: number;
  coders: Array<{ label: string; codings: number }>;
  memos: number;
  notCarried: NotCarriedItem[];
}

export interface QdpxUpload {
  fileName: string;
  contentBase64: string;
}

export interface QdpxSourceRequest {
  guid: string;
  participantId: string;
  language: Language;
  interviewMonth: string;
  replacements: Array<{ start: number; end: number; placeholder: string }>;
}

export interface QdpxImportInput extends QdpxUpload {
  language: Language;
  sources: QdpxSourceRequest[];
}

export interface QdpxImportSummary {
  tool: string;
  transcripts: Array<{ id: string; name: string; participantCode: string; codings: number }>;
  codesCreated: number;
  codesMatched: number;
  codings: number;
  memos: number;
  coders: Array<{ label: string; codings: number }>;
  notCarried: NotCarriedItem[];
}
