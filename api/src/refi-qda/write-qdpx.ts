import { PassThrough, Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource, In, IsNull } from 'typeorm';
import yazl from 'yazl';
import { centerScope, type Actor } from '../access/actor.js';
import { Code } from '../codebook/code.entity.js';
import { deterministicGuid } from '../codebook/refi-qdc/qdc-export.js';
import { formatQdcDescription } from '../codebook/refi-qdc/qdc-format.js';
import type { CodebookLanguage } from '../codebook/seed/codebook-types.js';
import { seesAllCodings } from '../coding/coding.service.js';
import { Coding } from '../coding/coding.entity.js';
import { Memo } from '../coding/memo.entity.js';
import { Participant } from '../participants/participant.entity.js';
import { Transcript } from '../transcripts/transcript.entity.js';
import { escapeXmlAttribute as attr, escapeXmlText as text } from './xml-escape.js';

/**
 * Writes a REFI-QDA project (.qdpx, Project.xsd 1.0): project.qde plus sources/<guid>.txt (UTF-8,
 * no BOM) for every transcript the actor may see. Streams: the zip is written as it is produced,
 * one transcript's text and codings in memory at a time.
 *
 * Offsets are code points (the unit of every Polyphony offset), which is what REFI-QDA means by
 * character positions; see source-text.ts for how other tools' files are read.
 * GUIDs are deterministic, so exporting twice gives the same project: transcripts, codes, codings
 * and memos use their own UUIDs; selections and users are name-based UUIDs of what they stand for.
 * Coders appear as "Coder n" (numbered by user id order), never with a name or an e-mail address.
 * No timestamps go into project.qde or the zip entries, for the same reason.
 */
export interface QdpxScope {
  actor: Actor;
  language: CodebookLanguage;
}

const SELECTION_NAME_CODE_POINTS = 60;
// A fixed date for zip entries keeps repeated exports byte-identical.
const ENTRY_DATE = new Date(Date.UTC(2020, 0, 1));

const userGuid = (userId: string): string => deterministicGuid(userId, 'polyphony-user');
const selectionGuid = (transcriptId: string, start: number, end: number): string => deterministicGuid(`${transcriptId}:${start}:${end}`, 'polyphony-selection');
const codingNoteGuid = (codingId: string): string => deterministicGuid(codingId, 'polyphony-coding-memo');

interface ExportedTranscript {
  id: string;
  participantCode: string;
  language: string;
  interviewMonth: string;
}

export async function writeQdpx(dataSource: DataSource, scope: QdpxScope, output: Writable, onProgress?: (done: number, total: number) => Promise<void>): Promise<void> {
  const { actor, language } = scope;
  const center = centerScope(actor);
  const transcripts = await dataSource
    .getRepository(Transcript)
    .createQueryBuilder('t')
    .innerJoin(Participant, 'p', 'p.id = t.participant_id')
    .select(['t.id AS id', 'p.code AS participant_code', 't.language AS language', 't.interview_month AS interview_month', 't.codings_revealed_at AS revealed'])
    .where(center ? 't.center_code = :center' : '1=1', { center })
    .orderBy('p.code', 'ASC')
    .addOrderBy('t.id', 'ASC')
    .getRawMany<{ id: string; participant_code: string; language: string; interview_month: string | Date; revealed: Date | null }>();
  const list: Array<ExportedTranscript & { revealed: Date | null }> = transcripts.map((t) => ({
    id: t.id,
    participantCode: t.participant_code,
    language: t.language,
    interviewMonth: (t.interview_month instanceof Date ? t.interview_month.toISOString() : String(t.interview_month)).slice(0, 7),
    revealed: t.revealed,
  }));
  const codes = await dataSource.getRepository(Code).find({ where: { mergedIntoId: IsNull() }, order: { key: 'ASC' } });
  const transcriptIds = list.map((t) => t.id);
  const memos = await dataSource.getRepository(Memo).find({
    where: [{ targetType: 'project' }, { targetType: 'code' }, ...(transcriptIds.length > 0 ? [{ targetType: 'transcript' as const, targetId: In(transcriptIds) }] : [])],
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  const visibleCoding = (t: { revealed: Date | null }) => (seesAllCodings(actor, { codingsRevealedAt: t.revealed }) ? {} : { coderId: actor.id });
  const coderRows: Array<{ coder_id: string }> = transcriptIds.length === 0 ? [] : await dataSource.getRepository(Coding).createQueryBuilder('c').select('DISTINCT c.coder_id', 'coder_id').where('c.transcript_id IN (:...ids)', { ids: transcriptIds }).getRawMany();
  const userIds = [...new Set([...coderRows.map((r) => r.coder_id), ...memos.map((m) => m.authorId)])].sort();

  const zip = new yazl.ZipFile();
  const done = pipeline(zip.outputStream, output);
  // Awaited at the end; this only keeps an early failure from being reported as unhandled.
  done.catch(() => undefined);
  const entryOptions = { mtime: ENTRY_DATE, mode: 0o100644 };
  for (const transcript of list) {
    // Read when the zip reaches this entry, not before: one transcript text in memory at a time.
    const lazyText = Readable.from(
      (async function* () {
        const row = await dataSource.getRepository(Transcript).findOne({ where: { id: transcript.id }, select: { id: true, text: true } });
        yield Buffer.from(row?.text ?? '', 'utf8');
      })(),
    );
    zip.addReadStream(lazyText, `sources/${transcript.id}.txt`, entryOptions);
  }
  const project = new PassThrough();
  zip.addReadStream(project, 'project.qde', entryOptions);
  zip.end();

  const write = async (chunk: string): Promise<void> => {
    if (!project.write(chunk)) await new Promise<void>((resolve) => project.once('drain', resolve));
  };
  try {
    await write('<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="Polyphony" origin="Polyphony">\n');
    if (userIds.length > 0) {
      await write('  <Users>\n');
      for (const [index, id] of userIds.entries()) await write(`    <User guid="${userGuid(id)}" name="Coder ${index + 1}"/>\n`);
      await write('  </Users>\n');
    }
    const memosByTarget = new Map<string, Memo[]>();
    for (const memo of memos) {
      const key = `${memo.targetType}:${memo.targetId ?? ''}`;
      memosByTarget.set(key, [...(memosByTarget.get(key) ?? []), memo]);
    }
    const memosOf = (type: Memo['targetType'], id: string | null): Memo[] => memosByTarget.get(`${type}:${id ?? ''}`) ?? [];
    const noteRefs = (refs: Array<{ id: string }>, indent: string) => refs.map((m) => `${indent}<NoteRef targetGUID="${m.id}"/>\n`).join('');
    if (codes.length > 0) {
      const children = new Map<string | null, Code[]>();
      const ids = new Set(codes.map((c) => c.id));
      for (const code of codes) {
        const parent = code.parentId && ids.has(code.parentId) ? code.parentId : null;
        children.set(parent, [...(children.get(parent) ?? []), code]);
      }
      const lines: string[] = [];
      const writeCode = (code: Code, depth: number): void => {
        const indent = '  '.repeat(depth);
        const name = code.name[language]?.trim() || code.name.en?.trim() || Object.values(code.name).find((n) => n?.trim()) || code.key;
        const color = /^#[0-9a-fA-F]{6}$/.test(code.color) ? ` color="${code.color}"` : '';
        lines.push(`${indent}<Code guid="${code.id}" name="${attr(name)}" isCodable="true"${color}>`);
        const description = formatQdcDescription(
          { definition: code.definition[language] ?? '', inclusion: code.inclusion[language] ?? '', exclusion: code.exclusion[language] ?? '', example: code.example[language] ?? '' },
          { key: code.key, criterion: code.criterion, valence: code.valence, task: code.task },
        );
        lines.push(`${indent}  <Description>${text(description)}</Description>`);
        const refs = noteRefs(memosOf('code', code.id), `${indent}  `);
        if (refs) lines.push(refs.trimEnd());
        for (const child of children.get(code.id) ?? []) writeCode(child, depth + 1);
        lines.push(`${indent}</Code>`);
      };
      for (const root of children.get(null) ?? []) writeCode(root, 3);
      await write(`  <CodeBook>\n    <Codes>\n${lines.join('\n')}\n    </Codes>\n  </CodeBook>\n`);
    }

    const codingNotes: Array<{ guid: string; authorId: string; text: string }> = [];
    if (list.length > 0) {
      await write('  <Sources>\n');
      for (const [position, transcript] of list.entries()) {
        const codings = await dataSource.getRepository(Coding).find({
          where: { transcriptId: transcript.id, ...visibleCoding(transcript) },
          select: { id: true, codeId: true, coderId: true, startCp: true, endCp: true, memo: true, passage: true, createdAt: true },
          order: { startCp: 'ASC', endCp: 'ASC', id: 'ASC' },
        });
        const name = `${transcript.participantCode} (${transcript.language}, ${transcript.interviewMonth})`;
        const parts: string[] = [`    <TextSource guid="${transcript.id}" name="${attr(name)}" plainTextPath="internal://${transcript.id}.txt">`];
        const selections = new Map<string, Coding[]>();
        for (const coding of codings) {
          const key = `${coding.startCp}:${coding.endCp}`;
          selections.set(key, [...(selections.get(key) ?? []), coding]);
        }
        for (const group of selections.values()) {
          const first = group[0];
          const selectionName = Array.from(first.passage).slice(0, SELECTION_NAME_CODE_POINTS).join('').replace(/\s+/g, ' ').trim();
          parts.push(
            `      <PlainTextSelection guid="${selectionGuid(transcript.id, first.startCp, first.endCp)}" name="${attr(selectionName)}" startPosition="${first.startCp}" endPosition="${first.endCp}">`,
          );
          for (const coding of group) {
            parts.push(`        <Coding guid="${coding.id}" creatingUser="${userGuid(coding.coderId)}">`);
            parts.push(`          <CodeRef targetGUID="${coding.codeId}"/>`);
            if (coding.memo) {
              const guid = codingNoteGuid(coding.id);
              codingNotes.push({ guid, authorId: coding.coderId, text: coding.memo });
              parts.push(`          <NoteRef targetGUID="${guid}"/>`);
            }
            parts.push('        </Coding>');
          }
          parts.push('      </PlainTextSelection>');
        }
        const refs = noteRefs(memosOf('transcript', transcript.id), '      ');
        if (refs) parts.push(refs.trimEnd());
        parts.push('    </TextSource>');
        await write(`${parts.join('\n')}\n`);
        await onProgress?.(position + 1, list.length);
      }
      await write('  </Sources>\n');
    }

    const notes = [...memos.map((m) => ({ guid: m.id, authorId: m.authorId, text: m.text })), ...codingNotes];
    if (notes.length > 0) {
      await write('  <Notes>\n');
      for (const note of notes) {
        await write(`    <Note guid="${note.guid}" name="Memo" creatingUser="${userGuid(note.authorId)}">\n      <PlainTextContent>${text(note.text)}</PlainTextContent>\n    </Note>\n`);
      }
      await write('  </Notes>\n');
    }
    const projectRefs = noteRefs(memosOf('project', null), '  ');
    if (projectRefs) await write(projectRefs);
    await write('</Project>\n');
    project.end();
  } catch (error) {
    project.destroy(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
  await done;
}
