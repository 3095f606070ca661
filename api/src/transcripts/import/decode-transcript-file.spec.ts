import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { codePointSlice } from './code-point-offsets.js';
import { decodeTranscriptFile, TRANSCRIPT_MAX_BYTES, TRANSCRIPT_MAX_CODE_POINTS } from './decode-transcript-file.js';
import { normalizeTranscriptText } from './normalize-transcript-text.js';
import { recognizeSpeakerTurns } from './recognize-speaker-turns.js';
import { TranscriptImportError } from './transcript-import-error.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16WithBom(text: string, endian: 'le' | 'be'): Uint8Array {
  const units = `\ufeff${text}`;
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < units.length; index += 1) view.setUint16(index * 2, units.charCodeAt(index), endian === 'le');
  return bytes;
}

// Windows-1252 bytes of the non-ASCII letters the tests use (a small encoder table, not a codec).
const WINDOWS_1252: Record<string, number> = { ä: 0xe4, ö: 0xf6, é: 0xe9, ß: 0xdf, ü: 0xfc, Ä: 0xc4, '’': 0x92 };
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text), (character) => (character.charCodeAt(0) < 0x80 ? character.charCodeAt(0) : (WINDOWS_1252[character] ?? 0x3f)));
}

async function dutchInterviewDocx(): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: 'Interview RUMC-P-0007', bold: true })] }),
          new Paragraph({ children: [new TextRun({ text: 'Interviewer: ', bold: true }), new TextRun('Wat betekent AI voor u bij de MRI-scan?')] }),
          new Paragraph({
            children: [new TextRun('P: Ik vind het spannend 👩🏽‍⚕️, maar de uitleg van mijn arts helpt.'), new TextRun({ break: 1 }), new TextRun('Daarna voelde ik me gerust.')],
          }),
          new Paragraph({ children: [new TextRun({ text: 'Interviewer: ', bold: true }), new TextRun('Dank u wel.')] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

async function tableDocx(): Promise<Uint8Array> {
  const cell = (text: string): TableCell => new TableCell({ children: [new Paragraph(text)] });
  const document = new Document({
    sections: [{ children: [new Table({ rows: [new TableRow({ children: [cell('I'), cell('Wie geht es Ihnen?')] }), new TableRow({ children: [cell('B'), cell('Gut.')] })] })] }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const VTT = [
  'WEBVTT',
  '',
  '00:00:01.000 --> 00:00:04.000',
  '<v Interviewer>Wie stehen Sie zur KI in der Bildgebung?</v>',
  '',
  '00:00:04.500 --> 00:00:07.250',
  '<v Teilnehmerin>Ich bin offen,',
  'wenn man es mir erklärt.</v>',
  '',
  '00:00:07.250 --> 00:00:09.000',
  '<v Teilnehmerin>Wirklich.</v>',
  '',
  '00:00:09.000 --> 00:00:10.000',
  '<v Interviewer>Danke.</v>',
  '',
].join('\r\n');

const SRT = [
  '1',
  '00:00:00,000 --> 00:00:02,500',
  'INTERVISTATRICE: Si fida dei risultati?',
  '',
  '2',
  '00:00:02,600 --> 00:00:05,000',
  'PAZIENTE: Sì, se il medico',
  '',
  '3',
  '00:00:05,000 --> 00:00:06,000',
  'me li spiega.',
  '',
].join('\n');

const PNG_HEADER = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);

async function importError(bytes: Uint8Array, fileName: string): Promise<TranscriptImportError> {
  const error: unknown = await decodeTranscriptFile(bytes, fileName).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TranscriptImportError)) throw new Error(`expected a TranscriptImportError, got ${String(error)}`);
  return error;
}

describe(decodeTranscriptFile.name, () => {
  it.each([
    { name: 'UTF-8 with a BOM and CRLF line breaks', fileName: 'gesprek.txt', bytes: utf8('\ufeffI: Hoe gaat het?\r\nP: Goed, dank u.\r\n'), encoding: 'utf-8', text: 'I: Hoe gaat het?\nP: Goed, dank u.' },
    { name: 'UTF-16 LE with a BOM', fileName: 'interview.txt', bytes: utf16WithBom('I: Größe?\r\nB: Ärztin weiß es.', 'le'), encoding: 'utf-16le', text: 'I: Größe?\nB: Ärztin weiß es.' },
    { name: 'UTF-16 BE with a BOM', fileName: 'intervista.txt', bytes: utf16WithBom('I: Perché?\nP: Perché sì 🧠.', 'be'), encoding: 'utf-16be', text: 'I: Perché?\nP: Perché sì 🧠.' },
    { name: 'Windows-1252', fileName: 'alt.txt', bytes: windows1252('I: Größe?\r\nB: Café, Ärztin’s Meinung, süß.\r\n'), encoding: 'windows-1252', text: 'I: Größe?\nB: Café, Ärztin’s Meinung, süß.' },
    { name: 'decomposed accents and trailing spaces', fileName: 'x.txt', bytes: utf8('P: cafe\u0301   \n\n\n\n\nI: ok'), encoding: 'utf-8', text: 'P: café\n\n\nI: ok' },
    { name: 'a file without an extension', fileName: 'interview', bytes: utf8('I: Ja?\nP: Ja.'), encoding: 'utf-8', text: 'I: Ja?\nP: Ja.' },
  ])('reads $name as normalized text', async ({ fileName, bytes, encoding, text }) => {
    await expect(decodeTranscriptFile(bytes, fileName)).resolves.toEqual({ text, encoding, format: 'txt' });
  });

  it('strips Markdown markup and keeps the lines when the file is .md', async () => {
    const markdown = '# Interview 4\n\n**Interviewer:** Was halten Sie von [KI](https://example.org)?\n\n**B:** *Eher* skeptisch.\n';
    const transcript = await decodeTranscriptFile(utf8(markdown), 'interview-4.md');
    expect(transcript).toEqual({ text: 'Interview 4\n\nInterviewer: Was halten Sie von KI?\n\nB: Eher skeptisch.', encoding: 'utf-8', format: 'md' });
  });

  it('reads a Dutch Word interview with bold labels and a manual line break, and its turns', async () => {
    const transcript = await decodeTranscriptFile(await dutchInterviewDocx(), 'RUMC-P-0007.docx');
    expect(transcript.format).toBe('docx');
    expect(transcript.encoding).toBeNull();
    expect(transcript.text).toBe(
      [
        'Interview RUMC-P-0007',
        'Interviewer: Wat betekent AI voor u bij de MRI-scan?',
        'P: Ik vind het spannend 👩🏽‍⚕️, maar de uitleg van mijn arts helpt.\nDaarna voelde ik me gerust.',
        'Interviewer: Dank u wel.',
      ].join('\n\n'),
    );
    const segments = recognizeSpeakerTurns(transcript.text);
    expect(segments.map((segment) => [segment.speakerLabel, segment.role, codePointSlice(transcript.text, segment.start, segment.end)])).toEqual([
      [null, 'unknown', 'Interview RUMC-P-0007'],
      ['Interviewer', 'interviewer', 'Wat betekent AI voor u bij de MRI-scan?'],
      ['P', 'participant', 'Ik vind het spannend 👩🏽‍⚕️, maar de uitleg van mijn arts helpt.\nDaarna voelde ik me gerust.'],
      ['Interviewer', 'interviewer', 'Dank u wel.'],
    ]);
  });

  it('reads a Word document as docx when its name says otherwise', async () => {
    await expect(decodeTranscriptFile(await tableDocx(), 'interview.doc')).resolves.toEqual({
      text: 'I: Wie geht es Ihnen?\n\nB: Gut.',
      encoding: null,
      format: 'docx',
    });
  });

  it('reads a WebVTT file with voice tags as speaker paragraphs with times', async () => {
    const transcript = await decodeTranscriptFile(utf8(VTT), 'ukm-p-0003.vtt');
    expect(transcript.format).toBe('vtt');
    expect(transcript.text).toBe(
      'Interviewer: Wie stehen Sie zur KI in der Bildgebung?\n\nTeilnehmerin: Ich bin offen, wenn man es mir erklärt. Wirklich.\n\nInterviewer: Danke.',
    );
    expect(normalizeTranscriptText(transcript.text)).toBe(transcript.text);
    const segments = recognizeSpeakerTurns(transcript.text, { timedTurns: transcript.timedTurns });
    expect(segments.map((s) => [s.speakerLabel, s.role, s.mediaStart, s.mediaEnd, codePointSlice(transcript.text, s.start, s.end)])).toEqual([
      ['Interviewer', 'interviewer', 1, 4, 'Wie stehen Sie zur KI in der Bildgebung?'],
      ['Teilnehmerin', 'participant', 4.5, 9, 'Ich bin offen, wenn man es mir erklärt. Wirklich.'],
      ['Interviewer', 'interviewer', 9, 10, 'Danke.'],
    ]);
    // The same text read without the times gives the same turns.
    expect(recognizeSpeakerTurns(transcript.text).map(({ start, end }) => [start, end])).toEqual(segments.map(({ start, end }) => [start, end]));
  });

  it('reads an SRT file with speaker prefixes, continuing a speaker through unnamed cues', async () => {
    const transcript = await decodeTranscriptFile(utf8(SRT), 'trento-07.srt');
    expect(transcript.text).toBe('INTERVISTATRICE: Si fida dei risultati?\n\nPAZIENTE: Sì, se il medico me li spiega.');
    expect(transcript.timedTurns).toEqual([
      { start: 17, end: 39, speakerLabel: 'INTERVISTATRICE', mediaStart: 0, mediaEnd: 2.5 },
      { start: 51, end: 81, speakerLabel: 'PAZIENTE', mediaStart: 2.6, mediaEnd: 6 },
    ]);
    const roles = recognizeSpeakerTurns(transcript.text, { timedTurns: transcript.timedTurns }).map((segment) => segment.role);
    expect(roles).toEqual(['interviewer', 'participant']);
  });

  it('recognizes subtitles saved as .txt by their content', async () => {
    await expect(decodeTranscriptFile(utf8(VTT), 'export.txt')).resolves.toMatchObject({ format: 'vtt' });
    await expect(decodeTranscriptFile(utf8(SRT), 'export')).resolves.toMatchObject({ format: 'srt' });
  });

  it.each([
    { name: 'the file has no bytes', bytes: new Uint8Array(), fileName: 'leer.txt', code: 'TRANSCRIPT_EMPTY', params: { fileName: 'leer.txt' } },
    { name: 'the file holds only whitespace', bytes: utf8(' \r\n\t\r\n'), fileName: 'blank.txt', code: 'TRANSCRIPT_EMPTY', params: { fileName: 'blank.txt' } },
    { name: 'a WebVTT file has no cues', bytes: utf8('WEBVTT\n\nNOTE nothing'), fileName: 'leer.vtt', code: 'TRANSCRIPT_EMPTY', params: { fileName: 'leer.vtt' } },
    { name: 'the file is a PNG image', bytes: PNG_HEADER, fileName: 'scan.txt', code: 'TRANSCRIPT_BINARY', params: { fileName: 'scan.txt', detected: 'png' } },
    { name: 'the file is a PDF', bytes: utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), fileName: 'interview.pdf', code: 'TRANSCRIPT_BINARY', params: { fileName: 'interview.pdf', detected: 'pdf' } },
    { name: 'the file is a zip that is no Word document', bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x6d, 0x69, 0x6d, 0x65]), fileName: 'interview.odt', code: 'TRANSCRIPT_BINARY', params: { fileName: 'interview.odt', detected: 'zip' } },
    { name: 'a text file holds NUL bytes', bytes: Uint8Array.from([0x49, 0x3a, 0x00, 0x20, 0x4a, 0x61, 0x00, 0x00, 0x01]), fileName: 'kaputt.txt', code: 'TRANSCRIPT_BINARY', params: { fileName: 'kaputt.txt', detected: 'unknown' } },
    { name: 'the file is an RTF document', bytes: utf8('{\\rtf1\\ansi Interviewer: ...}'), fileName: 'interview.rtf', code: 'TRANSCRIPT_UNSUPPORTED_FORMAT', params: { fileName: 'interview.rtf', extension: 'rtf', supported: 'txt, md, docx, vtt, srt' } },
    { name: 'the extension is not supported', bytes: utf8('I: Ja.'), fileName: 'interview.pages', code: 'TRANSCRIPT_UNSUPPORTED_FORMAT', params: { fileName: 'interview.pages', extension: 'pages', supported: 'txt, md, docx, vtt, srt' } },
    { name: 'a .docx is plain text', bytes: utf8('I: Ja.'), fileName: 'interview.docx', code: 'TRANSCRIPT_UNREADABLE', params: { fileName: 'interview.docx', format: 'docx', reason: 'not-a-docx' } },
    { name: 'a docx archive is cut off', bytes: utf8('PK\u0003\u0004 word/document.xml truncated'), fileName: 'kaputt.docx', code: 'TRANSCRIPT_UNREADABLE', params: { fileName: 'kaputt.docx', format: 'docx', reason: 'corrupt-docx' } },
    { name: 'UTF-16 with a BOM has an odd byte count', bytes: Uint8Array.from([0xff, 0xfe, 0x49, 0x00, 0x3a]), fileName: 'half.txt', code: 'TRANSCRIPT_UNREADABLE', params: { fileName: 'half.txt', format: 'txt', reason: 'invalid-utf-16' } },
    { name: 'an SRT file has no cues', bytes: utf8('this is not a subtitle'), fileName: 'x.srt', code: 'TRANSCRIPT_UNREADABLE', params: { fileName: 'x.srt', format: 'srt', reason: 'no-cues' } },
  ])('throws $code when $name', async ({ bytes, fileName, code, params }) => {
    const error = await importError(bytes, fileName);
    expect({ code: error.code, params: error.params }).toEqual({ code, params });
  });

  it.each([
    { name: 'the file is larger than 5 MB', bytes: new Uint8Array(TRANSCRIPT_MAX_BYTES + 1).fill(0x61) },
    { name: 'the text is longer than two million code points', bytes: utf8('ab🧠'.repeat((TRANSCRIPT_MAX_CODE_POINTS + 1) / 3)) },
    { name: 'the text is two million and one ASCII letters', bytes: new Uint8Array(TRANSCRIPT_MAX_CODE_POINTS + 1).fill(0x61) },
  ])('throws TRANSCRIPT_TOO_LARGE when $name', async ({ bytes }) => {
    const error = await importError(bytes, 'lang.txt');
    expect({ code: error.code, params: error.params }).toEqual({ code: 'TRANSCRIPT_TOO_LARGE', params: { fileName: 'lang.txt', maxMegabytes: 5, maxCharacters: 2_000_000 } });
  });

  it('accepts a text of exactly two million code points', async () => {
    const transcript = await decodeTranscriptFile(new Uint8Array(TRANSCRIPT_MAX_CODE_POINTS).fill(0x61), 'grens.txt');
    expect(transcript.text).toHaveLength(TRANSCRIPT_MAX_CODE_POINTS);
  });

  it('counts code points, not UTF-16 units, when it checks the length', async () => {
    // 1.1 million emoji are 2.2 million UTF-16 units but only 1.1 million code points.
    const transcript = await decodeTranscriptFile(utf8('🧠'.repeat(1_100_000)), 'emoji.txt');
    expect(transcript.text.length).toBeGreaterThan(TRANSCRIPT_MAX_CODE_POINTS);
  });
});
