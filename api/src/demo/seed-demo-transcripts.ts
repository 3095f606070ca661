import type { EntityManager } from 'typeorm';
import { Code } from '../codebook/code.entity.js';
import { CodingEvent } from '../coding/coding-event.entity.js';
import { CONTEXT_CODE_POINTS } from '../coding/coding.service.js';
import { Coding } from '../coding/coding.entity.js';
import { User } from '../identity/user.entity.js';
import { Participant } from '../participants/participant.entity.js';
import { pseudonymCode } from '../participants/stakeholder-groups.js';
import { codePointLength, codePointSlice, recognizeSpeakerTurns } from '../transcripts/import/index.js';
import { Segment } from '../transcripts/segment.entity.js';
import { Transcript } from '../transcripts/transcript.entity.js';
import { deriveDemoCodings } from './demo-codings.js';
import { DEMO_INTERVIEWS } from './demo-transcripts.js';

const FIRST_CODER = 'researcher@polyphony.demo';
const SECOND_CODER = 'coder2@polyphony.demo';

/**
 * The demo interviews, stored as an import would store them (the importer's own speaker-turn
 * recognition makes the segments), coded by the two demo coders and revealed, so the comparison
 * and analysis views have real material. An interview already stored (same participant, same
 * text) is skipped with its codings, so a second run creates nothing.
 */
export async function seedDemoTranscripts(manager: EntityManager): Promise<{ created: number; existing: number }> {
  const users = await manager.find(User, { select: { id: true, email: true } });
  const userId = (email: string) => {
    const id = users.find((u) => u.email === email)?.id;
    if (!id) throw new Error(`demo account ${email} is missing`);
    return id;
  };
  const coders = { first: userId(FIRST_CODER), second: userId(SECOND_CODER) } as const;
  const codes = await manager.find(Code, { select: { id: true, key: true, parentId: true } });
  const codeId = new Map(codes.map((c) => [c.key, c.id]));
  const siblings = siblingKeys(codes);

  let created = 0;
  for (const [number, interview] of DEMO_INTERVIEWS.entries()) {
    const participant = await manager.findOneByOrFail(Participant, { code: pseudonymCode(interview.center, interview.group, interview.sequence) });
    const text = interview.turns.map(([speaker, utterance]) => `${speaker}: ${utterance}`).join('\n');
    if (await manager.existsBy(Transcript, { participantId: participant.id, text })) continue;
    const turns = recognizeSpeakerTurns(text);
    const revealedAt = new Date();
    const transcript = await manager.save(
      manager.create(Transcript, {
        participantId: participant.id,
        centerCode: participant.centerCode,
        group: participant.group,
        language: interview.language,
        interviewMonth: `${interview.month}-01`,
        sourceFormat: 'txt',
        text,
        lengthCp: codePointLength(text),
        codingsRevealedAt: revealedAt,
        createdBy: coders.first,
      }),
    );
    await manager.insert(
      Segment,
      turns.map((turn, ordinal) => ({
        transcriptId: transcript.id,
        ordinal,
        startCp: turn.start,
        endCp: turn.end,
        speakerLabel: turn.speakerLabel,
        role: turn.role,
        mediaStart: null,
        mediaEnd: null,
        language: interview.language,
        text: codePointSlice(text, turn.start, turn.end),
      })),
    );
    const codings = deriveDemoCodings(interview.turns, turns, [...text], siblings, 7919 * (number + 1));
    const rows = codings.map((coding) => {
      const id = codeId.get(coding.codeKey);
      if (!id) throw new Error(`demo interview ${number + 1} uses unknown code ${coding.codeKey}`);
      return {
        transcriptId: transcript.id,
        codeId: id,
        coderId: coders[coding.coder],
        startCp: coding.start,
        endCp: coding.end,
        memo: null,
        // As CodingService stores them: the passage and a little context, copied at coding time.
        passage: codePointSlice(text, coding.start, coding.end),
        contextBefore: codePointSlice(text, Math.max(0, coding.start - CONTEXT_CODE_POINTS), coding.start),
        contextAfter: codePointSlice(text, coding.end, Math.min(transcript.lengthCp, coding.end + CONTEXT_CODE_POINTS)),
      };
    });
    // One insert per table and interview: the seed runs at every start of a demo or test app.
    const inserted = await manager.insert(Coding, rows);
    await manager.insert(
      CodingEvent,
      rows.map((row, i) => ({ at: revealedAt, coderId: row.coderId, kind: 'added' as const, codingId: (inserted.identifiers[i] as { id: string }).id, transcriptId: row.transcriptId, codeId: row.codeId, startCp: row.startCp, endCp: row.endCp, memo: null })),
    );
    created += 1;
  }
  return { created, existing: DEMO_INTERVIEWS.length - created };
}

/** Per code key, the keys of its theme's codes (itself included): where a second coder may differ. */
function siblingKeys(codes: ReadonlyArray<Pick<Code, 'id' | 'key' | 'parentId'>>): Map<string, string[]> {
  const byParent = new Map<string, string[]>();
  for (const code of codes) if (code.parentId) byParent.set(code.parentId, [...(byParent.get(code.parentId) ?? []), code.key]);
  // Sorted, so the seeded choice does not depend on the order the database returns codes in.
  return new Map(codes.map((code) => [code.key, [...(code.parentId ? (byParent.get(code.parentId) ?? []) : [code.key])].sort()]));
}
