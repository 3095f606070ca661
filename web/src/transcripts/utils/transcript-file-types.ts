/** The file types the import takes, as the chooser's `accept` and for checking dropped files. */
export const TRANSCRIPT_FILE_TYPES = ['.txt', '.md', '.docx', '.vtt', '.srt'] as const;
