import { describe, expect, it } from 'vitest';
import { formatFromFileName, sniffTextFormat } from './transcript-format.js';

describe(formatFromFileName.name, () => {
  it.each([
    { fileName: 'Interview 3.TXT', extension: 'txt', format: 'txt' },
    { fileName: 'notes.markdown', extension: 'markdown', format: 'md' },
    { fileName: 'C:\\Users\\anna\\RUMC-P-0007.docx', extension: 'docx', format: 'docx' },
    { fileName: 'ukm/p3.vtt', extension: 'vtt', format: 'vtt' },
    { fileName: 'trento.srt', extension: 'srt', format: 'srt' },
    { fileName: 'interview.rtf', extension: 'rtf', format: null },
    { fileName: 'interview', extension: '', format: null },
    { fileName: '.hidden', extension: '', format: null },
  ])('reads "$fileName" as extension "$extension" and format $format', ({ fileName, extension, format }) => {
    expect(formatFromFileName(fileName)).toEqual({ extension, format });
  });
});

describe(sniffTextFormat.name, () => {
  it.each([
    { name: 'a WebVTT header', text: 'WEBVTT\n\n00:01.000 --> 00:02.000\nJa', expected: 'vtt' },
    { name: 'a WebVTT header with a title', text: 'WEBVTT - Interview 3', expected: 'vtt' },
    { name: 'a first SRT cue', text: '1\n00:00:01,000 --> 00:00:02,000\nJa', expected: 'srt' },
    { name: 'a transcript', text: 'I: WEBVTT?\nP: Nee.', expected: null },
  ])('says $expected when the text starts with $name', ({ text, expected }) => {
    expect(sniffTextFormat(text)).toBe(expected);
  });
});
