import type { DataSource } from 'typeorm';
import { Participant } from '../../src/participants/participant.entity.js';
import { Segment } from '../../src/transcripts/segment.entity.js';
import { Transcript } from '../../src/transcripts/transcript.entity.js';

/**
 * A stored, already pseudonymized transcript with one segment per line, for tests that are about
 * what happens after import (coding, retrieval, search). Offsets count code points.
 */
export async function storeTranscript(dataSource: DataSource, options: { participantCode: string; language: string; lines: string[]; createdBy: string }): Promise<{ transcript: Transcript; segments: Segment[] }> {
  const participant = await dataSource.getRepository(Participant).findOneByOrFail({ code: options.participantCode });
  const text = options.lines.join('\n');
  const transcript = await dataSource.getRepository(Transcript).save({
    participantId: participant.id,
    centerCode: participant.centerCode,
    group: participant.group,
    language: options.language,
    interviewMonth: '2026-10-01',
    sourceFormat: 'txt',
    text,
    lengthCp: [...text].length,
    codingsRevealedAt: null,
    createdBy: options.createdBy,
  });
  let start = 0;
  const segments: Segment[] = [];
  for (const [ordinal, line] of options.lines.entries()) {
    const length = [...line].length;
    segments.push(
      await dataSource.getRepository(Segment).save({
        transcriptId: transcript.id,
        ordinal,
        startCp: start,
        endCp: start + length,
        speakerLabel: line.split(':')[0] ?? null,
        role: line.startsWith('I:') ? 'interviewer' : 'participant',
        mediaStart: null,
        mediaEnd: null,
        language: options.language,
        text: line,
      }),
    );
    start += length + 1;
  }
  return { transcript, segments };
}
