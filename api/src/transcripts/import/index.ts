// The import module's public surface: read a file into normalized text, find speaker turns, count code points.
export { codePointLength, codePointSlice, createCodePointIndex, type CodePointIndex } from './code-point-offsets.js';
export { decodeTranscriptFile, TRANSCRIPT_MAX_BYTES, TRANSCRIPT_MAX_CODE_POINTS, type ImportedTranscript } from './decode-transcript-file.js';
export type { TextEncodingName } from './decode-text-bytes.js';
export { normalizeTranscriptText } from './normalize-transcript-text.js';
export { recognizeSpeakerTurns, type SpeakerLabelPattern, type SpeakerTurnOptions } from './recognize-speaker-turns.js';
export { DEFAULT_INTERVIEWER_LABELS, DEFAULT_PARTICIPANT_LABELS, type SpeakerRole } from './speaker-roles.js';
export type { TimedTurn } from './timed-turn.js';
export { SUPPORTED_TRANSCRIPT_EXTENSIONS, type TranscriptFormat } from './transcript-format.js';
export { TranscriptImportError, type TranscriptImportErrorCode, type TranscriptImportErrorParams } from './transcript-import-error.js';
export type { TranscriptSegment } from './transcript-segment.js';
