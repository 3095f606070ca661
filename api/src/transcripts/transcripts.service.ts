import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { detectLanguage } from '@polyphony/analysis';
import { canSeeCenter, centerScope, type Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { Participant } from '../participants/participant.entity.js';
import { decodeTranscriptFile, type ImportedTranscript } from './import/decode-transcript-file.js';
import { codePointLength, codePointSlice } from './import/code-point-offsets.js';
import { recognizeSpeakerTurns } from './import/recognize-speaker-turns.js';
import { TranscriptImportError } from './import/transcript-import-error.js';
import type { TranscriptSegment } from './import/transcript-segment.js';
import { hashTerm, termCandidates } from './known-terms.js';
import { applyPseudonymization, findIdentifiers, PseudonymizationError, pseudonymizeSpeakerLabels, shiftSegments } from './pseudonymization/index.js';
import { PseudonymTerm } from './pseudonym-term.entity.js';
import { Segment } from './segment.entity.js';
import { toSegmentView, toTranscriptView, type SegmentView, type TranscriptView } from './transcript-view.js';
import { Transcript } from './transcript.entity.js';
import type { CreateTranscriptInput, ListTranscriptsQuery, PreviewTranscriptInput } from './transcripts.schemas.js';

export interface IdentifierCandidate {
  start: number;
  end: number;
  text: string;
  kind: string;
  suggestion: string;
}

export interface TranscriptPreview {
  text: string;
  format: string;
  encoding: string | null;
  lengthCp: number;
  segments: TranscriptSegment[];
  candidates: IdentifierCandidate[];
  suggestedLanguage: { language: string | null; confidence: number };
}

const MAX_TERM_WORDS = 4;

/**
 * Import of interviews: decode any supported file, find speaker turns and likely identifiers,
 * and store only the pseudonymized text. The preview stores nothing.
 */
@Injectable()
export class TranscriptsService {
  private readonly secret: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secret = config.sessionSecret;
  }

  async preview(input: PreviewTranscriptInput): Promise<TranscriptPreview> {
    const imported = await this.decode(input.fileName, input.contentBase64);
    const segments = recognizeSpeakerTurns(imported.text, { ...input.speakerOptions, timedTurns: imported.timedTurns });
    const detected = detectLanguage(imported.text.slice(0, 20_000));
    const language = input.language ?? (detected.language ?? 'en');
    const known = await this.knownTerms(imported.text);
    const usedPlaceholders = (await this.dataSource.getRepository(PseudonymTerm).find({ select: { placeholder: true } })).map((t) => t.placeholder);
    const candidates = findIdentifiers(imported.text, {
      names: input.names ?? [],
      language: language,
      knownTerms: known.map((k) => ({ start: k.start, end: k.end, placeholder: k.suggestion, kind: k.kind as 'name' })),
      usedPlaceholders,
    });
    return {
      text: imported.text,
      format: imported.format,
      encoding: imported.encoding,
      lengthCp: codePointLength(imported.text),
      segments,
      candidates: candidates.map((c) => ({ start: c.start, end: c.end, text: c.text, kind: known.some((k) => k.start === c.start && k.end === c.end) ? 'known' : c.kind, suggestion: c.suggestion })),
      suggestedLanguage: { language: detected.language, confidence: detected.confidence },
    };
  }

  async create(actor: Actor, input: CreateTranscriptInput): Promise<TranscriptView> {
    const participant = await this.dataSource.getRepository(Participant).findOneBy({ id: input.participantId });
    if (!participant || !canSeeCenter(actor, participant.centerCode)) throw new AppError('NOT_FOUND');
    if (participant.withdrawnAt) throw new AppError('PARTICIPANT_WITHDRAWN');
    const imported = await this.decode(input.fileName, input.contentBase64);
    const segments = recognizeSpeakerTurns(imported.text, { ...input.speakerOptions, timedTurns: imported.timedTurns });
    const length = codePointLength(imported.text);
    if (input.replacements.some((r) => r.end <= r.start || r.end > length)) {
      throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'replacements', rule: 'invalid' }] });
    }
    let pseudonymized: ReturnType<typeof applyPseudonymization>;
    try {
      pseudonymized = applyPseudonymization(imported.text, input.replacements);
    } catch (error) {
      if (error instanceof PseudonymizationError) throw new AppError(error.code, error.params);
      throw error;
    }
    // A speaker label such as "Anna Jansen:" must not survive in the segment table either.
    const shifted = shiftSegments(pseudonymizeSpeakerLabels(segments, imported.text, input.replacements), pseudonymized.offsetMap);
    const text = pseudonymized.text;
    return this.dataSource.transaction(async (manager) => {
      const transcript = await manager.save(
        manager.create(Transcript, {
          participantId: participant.id,
          centerCode: participant.centerCode,
          group: participant.group,
          language: input.language,
          interviewMonth: `${input.interviewMonth}-01`,
          sourceFormat: imported.format,
          text,
          lengthCp: codePointLength(text),
          codingsRevealedAt: null,
          createdBy: actor.id,
        }),
      );
      if (shifted.length > 0) {
        await manager.insert(
          Segment,
          shifted.map((segment, ordinal) => ({
            transcriptId: transcript.id,
            ordinal,
            startCp: segment.start,
            endCp: segment.end,
            speakerLabel: segment.speakerLabel,
            role: segment.role,
            mediaStart: segment.mediaStart ?? null,
            mediaEnd: segment.mediaEnd ?? null,
            language: input.language,
            text: codePointSlice(text, segment.start, segment.end),
          })),
        );
      }
      for (const term of input.rememberTerms) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(PseudonymTerm)
          .values({ termHash: hashTerm(this.secret, term.text), wordCount: Math.min(MAX_TERM_WORDS, term.text.trim().split(/\s+/).length), placeholder: term.placeholder, kind: term.kind, createdAt: new Date() })
          .orIgnore()
          .execute();
      }
      await this.audit.append(manager, {
        actor,
        action: 'transcript.imported',
        entity: 'transcript',
        entityId: transcript.id,
        center: participant.centerCode,
        // Counts only: which words were replaced is exactly what must not be kept.
        summary: { participant: participant.code, format: imported.format, segments: shifted.length, replacements: input.replacements.length },
      });
      return toTranscriptView(transcript, participant.code);
    });
  }

  async list(actor: Actor, query: ListTranscriptsQuery): Promise<TranscriptView[]> {
    const qb = this.dataSource
      .getRepository(Transcript)
      .createQueryBuilder('t')
      .innerJoinAndMapOne('t.participant', Participant, 'p', 'p.id = t.participant_id')
      .select(['t.id', 't.participantId', 't.centerCode', 't.group', 't.language', 't.interviewMonth', 't.sourceFormat', 't.lengthCp', 't.createdAt', 't.codingsRevealedAt', 'p.id', 'p.code'])
      .orderBy('t.created_at', 'DESC')
      .limit(1000);
    const scope = centerScope(actor);
    if (scope) qb.andWhere('t.center_code = :scope', { scope });
    if (query.center) qb.andWhere('t.center_code = :center', { center: query.center });
    if (query.group) qb.andWhere('t.stakeholder_group = :group', { group: query.group });
    if (query.language) qb.andWhere('t.language = :language', { language: query.language });
    if (query.participantId) qb.andWhere('t.participant_id = :pid', { pid: query.participantId });
    const rows = await qb.getMany();
    return rows.map((t) => toTranscriptView(t, t.participant?.code ?? ''));
  }

  async get(actor: Actor, id: string): Promise<{ transcript: TranscriptView; text: string; segments: SegmentView[] }> {
    const transcript = await this.dataSource.getRepository(Transcript).findOne({ where: { id }, relations: { participant: true } });
    if (!transcript || !canSeeCenter(actor, transcript.centerCode)) throw new AppError('NOT_FOUND');
    const segments = await this.dataSource.getRepository(Segment).find({ where: { transcriptId: id }, order: { ordinal: 'ASC' } });
    return { transcript: toTranscriptView(transcript, transcript.participant?.code ?? ''), text: transcript.text, segments: segments.map(toSegmentView) };
  }

  private async decode(fileName: string, contentBase64: string): Promise<ImportedTranscript> {
    try {
      return await decodeTranscriptFile(new Uint8Array(Buffer.from(contentBase64, 'base64')), fileName);
    } catch (error) {
      if (error instanceof TranscriptImportError) throw new AppError(error.code, error.params);
      throw error;
    }
  }

  /** Terms replaced in earlier transcripts, found again by their hashes, with the same placeholder. */
  private async knownTerms(text: string): Promise<IdentifierCandidate[]> {
    const candidates = termCandidates(this.secret, text, MAX_TERM_WORDS);
    if (candidates.length === 0) return [];
    const hashes = [...new Set(candidates.map((c) => c.hash))];
    const known = new Map<string, PseudonymTerm>();
    for (let i = 0; i < hashes.length; i += 5_000) {
      for (const term of await this.dataSource.getRepository(PseudonymTerm).findBy({ termHash: In(hashes.slice(i, i + 5_000)) })) known.set(term.termHash, term);
    }
    return candidates.flatMap((c) => {
      const term = known.get(c.hash);
      return term ? [{ start: c.start, end: c.end, text: c.text, kind: term.kind, suggestion: term.placeholder }] : [];
    });
  }
}
