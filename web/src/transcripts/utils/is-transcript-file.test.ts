import { describe, expect, it } from 'vitest';
import { isTranscriptFile } from './is-transcript-file';

describe(isTranscriptFile.name, () => {
  it.each(['interview.txt', 'Interview 3.DOCX', 'notes.md', 'call.vtt', 'call.srt'])('accepts %s', (name) => {
    expect(isTranscriptFile(name)).toBe(true);
  });

  it.each(['interview.pdf', 'audio.mp3', '.txt', 'docx', 'x.docx.zip'])('refuses %s', (name) => {
    expect(isTranscriptFile(name)).toBe(false);
  });
});
