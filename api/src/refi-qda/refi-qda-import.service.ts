import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { detectLanguage } from '@polyphony/analysis';
import { canSeeCenter, type Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { CodeChange } from '../codebook/code-change.entity.js';
import { Code, type LocalizedTexts } from '../codebook/code.entity.js';
import { parseQdcDescription } from '../codebook/refi-qdc/qdc-format.js';
import { keyFromName } from '../codebook/refi-qdc/qdc-import.js';
import { CodingEvent } from '../coding/coding-event.entity.js';
import { CONTEXT_CODE_POINTS } from '../coding/coding.service.js';
import { Coding } from '../coding/coding.entity.js';
import { Memo } from '../coding/memo.entity.js';
import { AppError } from '../common/errors/app-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { Participant } from '../participants/participant.entity.js';
import { createCodePointIndex } from '../transcripts/import/code-point-offsets.js';
import { recognizeSpeakerTurns } from '../transcripts/import/recognize-speaker-turns.js';
import { termCandidates } from '../transcripts/known-terms.js';
import { applyPseudonymization, findIdentifiers, mapOffset, PseudonymizationError, type OffsetMap } from '../transcripts/pseudonymization/index.js';
import { PseudonymTerm } from '../transcripts/pseudonym-term.entity.js';
import { Segment } from '../transcripts/segment.entity.js';
import { Transcript } from '../transcripts/transcript.entity.js';
import type { ImportPlan, NotCarriedItem, PlannedSource } from './import-plan.js';
import { QdpxError } from './qdpx-error.js';
import { readQdpx } from './read-qdpx.js';
import type { ImportQdpxInput, PreviewQdpxInput } from './refi-qda.schemas.js';

export interface QdpxCandidate {
  start: number;
  end: number;
  text: string;
  kind: string;
  suggestion: string;
}

export interface QdpxPreviewSource {
  guid: string;
  name: string;
  lengthCp: number;
  codings: number;
  memos: number;
  suggestedLanguage: string | null;
  /** The first few hundred characters, so the user recognises the interview. */
  excerpt: string;
  /** Likely identifiers, as the transcript import finds them: reviewed before anything is stored. */
  candidates: QdpxCandidate[];
}

export interface QdpxPreview {
  tool: string;
  sources: QdpxPreviewSource[];
  codes: Array<{ guid: string; path: string[]; existing: boolean }>;
  codings: number;
  coders: Array<{ label: string; codings: number }>;
  memos: number;
  notCarried: NotCarriedItem[];
}

export interface QdpxImportSummary {
  tool: string;
  transcripts: Array<{ id: string; name: string; participantCode: string; codings: number }>;
  codesCreated: number;
  codesMatched: number;
  codings: number;
  memos: number;
  coders: Array<{ label: string; codings: number }>;
  notCarried: NotCarriedItem[];
}

const MAX_TERM_WORDS = 4;
const EXCERPT_CODE_POINTS = 400;
const INSERT_CHUNK = 500;

const localized = (language: string, text: string): LocalizedTexts => (text === '' ? {} : { [language]: text });
const IMPORTED_PARENT_NAME: Readonly<Record<'en' | 'nl' | 'de' | 'it', string>> = { en: 'Imported', nl: 'Geïmporteerd', de: 'Importiert', it: 'Importato' };

function normaliseColor(color: string | null): string | null {
  const match = /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/.exec((color ?? '').trim());
  if (!match) return null;
  const hex = match[1].toLowerCase();
  return hex.length === 3 ? `#${[...hex].map((digit) => digit + digit).join('')}` : `#${hex}`;
}

const nameKey = (name: string): string => name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Import of REFI-QDA projects (.qdpx) from NVivo, ATLAS.ti, MAXQDA and Polyphony itself. The
 * preview stores nothing; the import stores everything in one transaction or nothing at all.
 *
 * Coders: every imported coding is attributed to the importing user, who answers for it in
 * Polyphony (coder_id must be a Polyphony user). The file's coders appear only as "Coder 1",
 * "Coder 2"… counts in the preview, the summary and the audit event; their names (often real
 * names in NVivo) are never stored. Codings that two original coders made identically become one.
 */
@Injectable()
export class RefiQdaImportService {
  private readonly secret: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secret = config.sessionSecret;
  }

  async preview(input: PreviewQdpxInput): Promise<QdpxPreview> {
    const plan = await this.read(input.contentBase64);
    const existing = await this.existingCodesByName(this.dataSource.manager);
    const terms = await this.dataSource.getRepository(PseudonymTerm).find();
    const usedPlaceholders = terms.map((t) => t.placeholder);
    const remembered = new Map(terms.map((t) => [t.termHash, t]));
    const maxWords = Math.min(MAX_TERM_WORDS, Math.max(0, ...terms.map((t) => t.wordCount)));
    const sources: QdpxPreviewSource[] = [];
    for (const source of plan.sources) {
      const detected = detectLanguage(source.text.slice(0, 20_000));
      const known = await this.knownTerms(source.text, remembered, maxWords);
      const language = (['nl', 'de', 'it', 'en'] as const).find((l) => l === detected.language);
      const candidates = findIdentifiers(source.text, {
        names: [],
        language,
        knownTerms: known.map((k) => ({ start: k.start, end: k.end, placeholder: k.suggestion, kind: k.kind as 'name' })),
        usedPlaceholders,
      });
      sources.push({
        guid: source.guid,
        name: source.name,
        lengthCp: source.length,
        codings: source.codings.length,
        memos: source.memos.length,
        suggestedLanguage: detected.language,
        excerpt: createCodePointIndex(source.text).slice(0, Math.min(source.length, EXCERPT_CODE_POINTS)),
        candidates: candidates.map((c) => ({
          start: c.start,
          end: c.end,
          text: c.text,
          kind: known.some((k) => k.start === c.start && k.end === c.end) ? 'known' : c.kind,
          suggestion: c.suggestion,
        })),
      });
    }
    return {
      tool: plan.tool,
      sources,
      codes: plan.codes.map((code) => ({ guid: code.guid, path: code.path, existing: existing.has(nameKey(code.name)) })),
      codings: plan.sources.reduce((sum, source) => sum + source.codings.length, 0),
      coders: plan.coders,
      memos: plan.projectMemos.length + plan.codeMemos.length + plan.sources.reduce((sum, source) => sum + source.memos.length, 0),
      notCarried: plan.notCarried,
    };
  }

  async import(actor: Actor, input: ImportQdpxInput): Promise<QdpxImportSummary> {
    const plan = await this.read(input.contentBase64);
    const sourceByGuid = new Map(plan.sources.map((source) => [source.guid, source]));
    const chosen = new Set<string>();
    for (const choice of input.sources) {
      if (!sourceByGuid.has(choice.guid) || chosen.has(choice.guid)) throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'sources.guid', rule: 'invalid' }] });
      chosen.add(choice.guid);
    }
    const participants = await this.dataSource.getRepository(Participant).findBy({ id: In(input.sources.map((s) => s.participantId)) });
    const participantById = new Map(participants.map((p) => [p.id, p]));
    for (const choice of input.sources) {
      const participant = participantById.get(choice.participantId);
      if (!participant || !canSeeCenter(actor, participant.centerCode)) throw new AppError('NOT_FOUND');
      if (participant.withdrawnAt) throw new AppError('PARTICIPANT_WITHDRAWN');
    }
    // Pseudonymize before the transaction: a bad replacement list is a 4xx and nothing has started.
    const prepared = input.sources.map((choice) => {
      const source = sourceByGuid.get(choice.guid)!;
      try {
        const { text, offsetMap } = applyPseudonymization(source.text, choice.replacements);
        return { choice, source, text, offsetMap, participant: participantById.get(choice.participantId)! };
      } catch (error) {
        if (error instanceof PseudonymizationError) throw new AppError(error.code, error.params);
        throw error;
      }
    });
    const notCarried: NotCarriedItem[] = [
      ...plan.notCarried,
      ...plan.sources.filter((source) => !chosen.has(source.guid)).map((source): NotCarriedItem => ({ reason: 'source_not_chosen', item: source.name, count: source.codings.length })),
    ];

    return this.dataSource.transaction(async (manager) => {
      const { codeIdOf, created, matched } = await this.importCodes(manager, actor, plan, input.language);
      const transcripts: QdpxImportSummary['transcripts'] = [];
      let codings = 0;
      let memos = 0;
      for (const { choice, source, text, offsetMap, participant } of prepared) {
        const transcript = await this.storeTranscript(manager, actor, participant, choice, text);
        const stored = await this.storeCodings(manager, actor, transcript, source, text, offsetMap, codeIdOf);
        for (const memo of source.memos) await manager.insert(Memo, { targetType: 'transcript', targetId: transcript.id, authorId: actor.id, text: memo });
        await this.audit.append(manager, {
          actor,
          action: 'transcript.imported',
          entity: 'transcript',
          entityId: transcript.id,
          center: participant.centerCode,
          summary: { participant: participant.code, format: 'qdpx', codings: stored, replacements: choice.replacements.length },
        });
        codings += stored;
        memos += source.memos.length;
        transcripts.push({ id: transcript.id, name: source.name, participantCode: participant.code, codings: stored });
      }
      for (const memo of plan.codeMemos) {
        await manager.insert(Memo, { targetType: 'code', targetId: codeIdOf.get(memo.codeGuid) ?? null, authorId: actor.id, text: memo.text });
      }
      for (const memo of plan.projectMemos) await manager.insert(Memo, { targetType: 'project', targetId: null, authorId: actor.id, text: memo });
      memos += plan.codeMemos.length + plan.projectMemos.length;
      const summary: QdpxImportSummary = { tool: plan.tool, transcripts, codesCreated: created, codesMatched: matched, codings, memos, coders: plan.coders, notCarried };
      await this.audit.append(manager, {
        actor,
        action: 'refi_qda.imported',
        entity: 'transcript',
        center: actor.center,
        // Counts and pseudonymous coder labels only: source names may hold names and stay out of the log.
        summary: { tool: plan.tool, transcripts: transcripts.length, codesCreated: created, codesMatched: matched, codings, memos, coders: plan.coders, notCarried: notCarried.length },
      });
      return summary;
    });
  }

  private async read(contentBase64: string): Promise<ImportPlan> {
    try {
      return (await readQdpx(Buffer.from(contentBase64, 'base64'))).plan;
    } catch (error) {
      if (error instanceof QdpxError) throw new AppError(error.code);
      throw error;
    }
  }

  private async existingCodesByName(manager: EntityManager): Promise<Map<string, string>> {
    const codes = await manager.find(Code, { where: { mergedIntoId: IsNull() }, select: { id: true, name: true }, order: { key: 'ASC' } });
    const byName = new Map<string, string>();
    for (const code of codes) {
      for (const name of Object.values(code.name)) if (name && !byName.has(nameKey(name))) byName.set(nameKey(name), code.id);
    }
    return byName;
  }

  /**
   * Codes with the name of an existing code (in any language) are that code; the others are created
   * under "Imported: <tool>", keeping the file's tree below it.
   */
  private async importCodes(manager: EntityManager, actor: Actor, plan: ImportPlan, language: 'nl' | 'de' | 'it' | 'en') {
    const byName = await this.existingCodesByName(manager);
    const keys = new Set((await manager.find(Code, { select: { key: true } })).map((code) => code.key));
    const uniqueKey = (wanted: string): string => {
      const base = wanted.slice(0, 70).replace(/-+$/, '');
      let key = base;
      for (let suffix = 2; keys.has(key); suffix += 1) key = `${base}-${suffix}`;
      keys.add(key);
      return key;
    };
    const toolKey = keyFromName(plan.tool);
    const codeIdOf = new Map<string, string>();
    let created = 0;
    let matched = 0;
    let importedParentId: string | null = null;
    const importedParent = async (): Promise<string> => {
      if (importedParentId) return importedParentId;
      const name = Object.fromEntries(Object.entries(IMPORTED_PARENT_NAME).map(([lng, label]) => [lng, `${label}: ${plan.tool}`]));
      const existing = byName.get(nameKey(name[language]));
      if (existing) return (importedParentId = existing);
      const parent = await manager.save(manager.create(Code, { key: uniqueKey(`imported-${toolKey}`), parentId: null, name, criterion: null, valence: null, task: null }));
      await manager.insert(CodeChange, { codeId: parent.id, at: new Date(), actorId: actor.id, kind: 'imported', before: null, after: null });
      created += 1;
      return (importedParentId = parent.id);
    };
    for (const code of plan.codes) {
      const existing = code.name === '' ? undefined : byName.get(nameKey(code.name));
      if (existing) {
        codeIdOf.set(code.guid, existing);
        matched += 1;
        continue;
      }
      const parentId = code.parentGuid && codeIdOf.has(code.parentGuid) ? codeIdOf.get(code.parentGuid)! : await importedParent();
      const parts = parseQdcDescription(code.description);
      const color = normaliseColor(code.color);
      const name = code.name === '' ? code.guid : code.name;
      const saved = await manager.save(
        manager.create(Code, {
          key: uniqueKey(`${toolKey}-${keyFromName(name)}`),
          parentId,
          name: { [language]: name },
          definition: localized(language, parts.definition),
          inclusion: localized(language, parts.inclusion),
          exclusion: localized(language, parts.exclusion),
          example: localized(language, parts.example),
          ...(color ? { color } : {}),
          criterion: null,
          valence: null,
          task: null,
        }),
      );
      await manager.insert(CodeChange, { codeId: saved.id, at: new Date(), actorId: actor.id, kind: 'imported', before: null, after: null });
      codeIdOf.set(code.guid, saved.id);
      created += 1;
    }
    return { codeIdOf, created, matched };
  }

  private async storeTranscript(manager: EntityManager, actor: Actor, participant: Participant, choice: ImportQdpxInput['sources'][number], text: string): Promise<Transcript> {
    const index = createCodePointIndex(text);
    const transcript = await manager.save(
      manager.create(Transcript, {
        participantId: participant.id,
        centerCode: participant.centerCode,
        group: participant.group,
        language: choice.language,
        interviewMonth: `${choice.interviewMonth}-01`,
        sourceFormat: 'qdpx',
        text,
        lengthCp: index.length,
        codingsRevealedAt: null,
        createdBy: actor.id,
      }),
    );
    // The text is already pseudonymized, so speaker labels found in it are too.
    const segments = recognizeSpeakerTurns(text, {});
    for (let i = 0; i < segments.length; i += INSERT_CHUNK) {
      await manager.insert(
        Segment,
        segments.slice(i, i + INSERT_CHUNK).map((segment, offset) => ({
          transcriptId: transcript.id,
          ordinal: i + offset,
          startCp: segment.start,
          endCp: segment.end,
          speakerLabel: segment.speakerLabel,
          role: segment.role,
          mediaStart: segment.mediaStart ?? null,
          mediaEnd: segment.mediaEnd ?? null,
          language: choice.language,
          text: index.slice(segment.start, segment.end),
        })),
      );
    }
    return transcript;
  }

  /** The source's codings at their new offsets (moved by the replacements), with passage and context as coding stores them. */
  private async storeCodings(manager: EntityManager, actor: Actor, transcript: Transcript, source: PlannedSource, text: string, offsetMap: OffsetMap, codeIdOf: ReadonlyMap<string, string>): Promise<number> {
    const index = createCodePointIndex(text);
    const seen = new Set<string>();
    const rows: Array<Omit<Coding, 'id' | 'createdAt' | 'revision' | 'transcript' | 'code'>> = [];
    for (const coding of source.codings) {
      const codeId = codeIdOf.get(coding.codeGuid);
      if (!codeId) continue;
      const start = mapOffset(offsetMap, coding.start, 'start');
      const end = mapOffset(offsetMap, coding.end, 'end');
      // Two imported codes may have become one existing code.
      const key = `${codeId}:${start}:${end}`;
      if (end <= start || seen.has(key)) continue;
      seen.add(key);
      rows.push({
        transcriptId: transcript.id,
        codeId,
        coderId: actor.id,
        startCp: start,
        endCp: end,
        memo: coding.memo,
        passage: index.slice(start, end),
        contextBefore: index.slice(Math.max(0, start - CONTEXT_CODE_POINTS), start),
        contextAfter: index.slice(end, Math.min(index.length, end + CONTEXT_CODE_POINTS)),
      });
    }
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const chunk = rows.slice(i, i + INSERT_CHUNK);
      const result = await manager.insert(Coding, chunk);
      const at = new Date();
      await manager.insert(
        CodingEvent,
        chunk.map((row, offset) => ({
          at,
          coderId: actor.id,
          kind: 'added' as const,
          codingId: String(result.identifiers[offset].id),
          transcriptId: transcript.id,
          codeId: row.codeId,
          startCp: row.startCp,
          endCp: row.endCp,
          memo: row.memo,
        })),
      );
    }
    return rows.length;
  }

  /**
   * Terms replaced in earlier transcripts, found again by their hashes (as the transcript import
   * does). The remembered terms are few, so they are read once; n-grams are hashed only up to the
   * longest remembered term, and not at all when nothing is remembered (hashing every n-gram of a
   * 600,000-character source takes seconds).
   */
  private async knownTerms(text: string, remembered: ReadonlyMap<string, PseudonymTerm>, maxWords: number): Promise<QdpxCandidate[]> {
    if (remembered.size === 0) return [];
    return termCandidates(this.secret, text, maxWords).flatMap((c) => {
      const term = remembered.get(c.hash);
      return term ? [{ start: c.start, end: c.end, text: c.text, kind: term.kind, suggestion: term.placeholder }] : [];
    });
  }
}


