import { assembleTimedTranscript } from './assemble-timed-transcript.js';
import { codePointLength } from './code-point-offsets.js';
import { decodeTextBytes, TextDecodingError, type DecodedText, type TextEncodingName } from './decode-text-bytes.js';
import { extractDocxText } from './extract-docx-text.js';
import { normalizeTranscriptText } from './normalize-transcript-text.js';
import { parseSrt } from './parse-srt.js';
import { parseWebVtt } from './parse-webvtt.js';
import { sniffFileSignature } from './sniff-file-signature.js';
import { stripMarkdown } from './strip-markdown.js';
import type { TimedTurn } from './timed-turn.js';
import { formatFromFileName, sniffTextFormat, SUPPORTED_TRANSCRIPT_EXTENSIONS, type TranscriptFormat } from './transcript-format.js';
import { TranscriptImportError } from './transcript-import-error.js';
import { zipDeclaredSize } from './zip-declared-size.js';

export const TRANSCRIPT_MAX_BYTES = 5 * 1024 * 1024;
export const TRANSCRIPT_MAX_CODE_POINTS = 2_000_000;
// A docx stores its text as zipped XML, typically a tenth of its unzipped size; more than this
// unzipped is a zip bomb, not an interview.
const DOCX_MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

export interface ImportedTranscript {
  /** The normalized text (see normalizeTranscriptText); all offsets point into it. */
  text: string;
  /** The character encoding of a text file; null for docx, whose encoding the container fixes. */
  encoding: TextEncodingName | null;
  format: TranscriptFormat;
  /** Subtitle files (vtt, srt) only: the speaker turns with their times; pass them to recognizeSpeakerTurns. */
  timedTurns?: TimedTurn[];
}

function tooLarge(fileName: string): TranscriptImportError {
  return new TranscriptImportError('TRANSCRIPT_TOO_LARGE', {
    fileName,
    maxMegabytes: TRANSCRIPT_MAX_BYTES / 1024 / 1024,
    maxCharacters: TRANSCRIPT_MAX_CODE_POINTS,
  });
}

function decodeText(bytes: Uint8Array, fileName: string, format: TranscriptFormat): DecodedText {
  try {
    return decodeTextBytes(bytes);
  } catch (error) {
    if (!(error instanceof TextDecodingError)) throw error;
    if (error.failure === 'binary') throw new TranscriptImportError('TRANSCRIPT_BINARY', { fileName, detected: 'unknown' }, { cause: error });
    throw new TranscriptImportError('TRANSCRIPT_UNREADABLE', { fileName, format, reason: error.failure }, { cause: error });
  }
}

async function readDocx(bytes: Uint8Array, fileName: string): Promise<string> {
  const unzipped = zipDeclaredSize(bytes);
  if (unzipped !== null && unzipped > DOCX_MAX_UNZIPPED_BYTES) throw tooLarge(fileName);
  try {
    return await extractDocxText(bytes);
  } catch (error) {
    throw new TranscriptImportError('TRANSCRIPT_UNREADABLE', { fileName, format: 'docx', reason: 'corrupt-docx' }, { cause: error });
  }
}

/** The format to read the bytes as; throws when they are binary, another format, or docx in name only. */
function chooseFormat(bytes: Uint8Array, fileName: string): TranscriptFormat {
  const { extension, format } = formatFromFileName(fileName);
  const signature = sniffFileSignature(bytes);
  // The content wins over the name: a Word document saved as "interview" or "interview.doc" is read as docx.
  if (signature === 'docx') return 'docx';
  const supported = SUPPORTED_TRANSCRIPT_EXTENSIONS.join(', ');
  if (signature === 'rtf') throw new TranscriptImportError('TRANSCRIPT_UNSUPPORTED_FORMAT', { fileName, extension: 'rtf', supported });
  if (signature !== null) throw new TranscriptImportError('TRANSCRIPT_BINARY', { fileName, detected: signature });
  if (format === 'docx') throw new TranscriptImportError('TRANSCRIPT_UNREADABLE', { fileName, format: 'docx', reason: 'not-a-docx' });
  if (format === null && extension !== '') throw new TranscriptImportError('TRANSCRIPT_UNSUPPORTED_FORMAT', { fileName, extension, supported });
  return format ?? 'txt';
}

async function readTranscript(bytes: Uint8Array, fileName: string, chosen: TranscriptFormat): Promise<ImportedTranscript> {
  if (chosen === 'docx') return { text: normalizeTranscriptText(await readDocx(bytes, fileName)), encoding: null, format: 'docx' };
  const decoded = decodeText(bytes, fileName, chosen);
  const text = normalizeTranscriptText(decoded.text);
  const format = chosen === 'txt' ? (sniffTextFormat(text) ?? 'txt') : chosen;
  switch (format) {
    case 'txt':
      return { text, encoding: decoded.encoding, format };
    case 'md':
      return { text: normalizeTranscriptText(stripMarkdown(text)), encoding: decoded.encoding, format };
    case 'vtt':
    case 'srt': {
      const cues = format === 'vtt' ? parseWebVtt(text) : parseSrt(text);
      // A WebVTT file with a header and nothing else is empty; anything else without cues is not a subtitle file.
      if (cues.length === 0 && !(format === 'vtt' && sniffTextFormat(text) === 'vtt')) {
        throw new TranscriptImportError('TRANSCRIPT_UNREADABLE', { fileName, format, reason: 'no-cues' });
      }
      const timed = assembleTimedTranscript(cues);
      return { text: timed.text, encoding: decoded.encoding, format, timedTurns: timed.timedTurns };
    }
  }
}

/**
 * Reads an uploaded transcript: decides the format from the content and the name (txt, md, docx,
 * vtt, srt), decodes the text (UTF-8 with or without BOM, UTF-16 LE/BE, Windows-1252), extracts a
 * Word document's text, strips Markdown, turns subtitles into "Speaker: text" paragraphs, and
 * normalizes the result. Throws TranscriptImportError with a code and params for the message.
 */
export async function decodeTranscriptFile(bytes: Uint8Array, fileName: string): Promise<ImportedTranscript> {
  if (bytes.length === 0) throw new TranscriptImportError('TRANSCRIPT_EMPTY', { fileName });
  if (bytes.length > TRANSCRIPT_MAX_BYTES) throw tooLarge(fileName);
  const transcript = await readTranscript(bytes, fileName, chooseFormat(bytes, fileName));
  if (transcript.text.trim() === '') throw new TranscriptImportError('TRANSCRIPT_EMPTY', { fileName });
  if (codePointLength(transcript.text) > TRANSCRIPT_MAX_CODE_POINTS) throw tooLarge(fileName);
  return transcript;
}
