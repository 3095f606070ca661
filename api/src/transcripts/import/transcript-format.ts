/** The file formats a transcript is imported from. */
export type TranscriptFormat = 'txt' | 'md' | 'docx' | 'vtt' | 'srt';

/** For messages: the extensions a researcher can upload. */
export const SUPPORTED_TRANSCRIPT_EXTENSIONS = ['txt', 'md', 'docx', 'vtt', 'srt'] as const;

const FORMAT_BY_EXTENSION: Readonly<Record<string, TranscriptFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  docx: 'docx',
  vtt: 'vtt',
  webvtt: 'vtt',
  srt: 'srt',
};

/** The lower-case extension of a file name ('' when it has none) and the format it stands for, if any. */
export function formatFromFileName(fileName: string): { extension: string; format: TranscriptFormat | null } {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  return { extension, format: Object.hasOwn(FORMAT_BY_EXTENSION, extension) ? FORMAT_BY_EXTENSION[extension] : null };
}

const WEBVTT_HEADER = /^WEBVTT(?:[ \t]|\n|$)/;
const SRT_FIRST_CUE = /^\d+\n\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]+-->[ \t]+\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}/;

/** Subtitles saved as .txt (or without an extension) are still subtitles: the content decides. */
export function sniffTextFormat(text: string): 'vtt' | 'srt' | null {
  if (WEBVTT_HEADER.test(text)) return 'vtt';
  if (SRT_FIRST_CUE.test(text)) return 'srt';
  return null;
}
