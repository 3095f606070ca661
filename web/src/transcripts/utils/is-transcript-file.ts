import { TRANSCRIPT_FILE_TYPES } from './transcript-file-types';

/** True for a file name the import understands (.txt .md .docx .vtt .srt, any case). */
export function isTranscriptFile(name: string): boolean {
  const lower = name.toLowerCase();
  return TRANSCRIPT_FILE_TYPES.some((extension) => lower.endsWith(extension) && lower.length > extension.length);
}
