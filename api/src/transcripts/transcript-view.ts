import type { Segment } from './segment.entity.js';
import type { Transcript } from './transcript.entity.js';

export interface TranscriptView {
  id: string;
  participantId: string;
  participantCode: string;
  center: string;
  group: string;
  language: string;
  interviewMonth: string;
  sourceFormat: string;
  lengthCp: number;
  createdAt: string;
  codingsRevealedAt: string | null;
}

export interface SegmentView {
  id: string;
  ordinal: number;
  start: number;
  end: number;
  speakerLabel: string | null;
  role: string;
  mediaStart: number | null;
  mediaEnd: number | null;
}

export function toTranscriptView(t: Transcript, participantCode: string): TranscriptView {
  return {
    id: t.id,
    participantId: t.participantId,
    participantCode,
    center: t.centerCode,
    group: t.group,
    language: t.language,
    interviewMonth: String(t.interviewMonth).slice(0, 7),
    sourceFormat: t.sourceFormat,
    lengthCp: t.lengthCp,
    createdAt: t.createdAt.toISOString(),
    codingsRevealedAt: t.codingsRevealedAt?.toISOString() ?? null,
  };
}

export function toSegmentView(s: Segment): SegmentView {
  return { id: s.id, ordinal: s.ordinal, start: s.startCp, end: s.endCp, speakerLabel: s.speakerLabel, role: s.role, mediaStart: s.mediaStart, mediaEnd: s.mediaEnd };
}
