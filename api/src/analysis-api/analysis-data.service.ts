import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { centerScope, type Actor } from '../access/actor.js';
import { AppError } from '../common/errors/app-error.js';

export interface AnalysisTranscript {
  id: string;
  participantId: string;
  group: string;
  center: string;
  language: string;
  lengthCp: number;
  revealed: boolean;
}

export interface AnalysisCoding {
  transcriptId: string;
  coderId: string;
  codeId: string;
  start: number;
  end: number;
}

export interface AnalysisSegment {
  transcriptId: string;
  id: string;
  start: number;
  end: number;
}

/**
 * Loads the plain data the analysis package works on, within what the caller may see: their
 * center, and for non-leads only transcripts whose codings were revealed (blind coding holds).
 */
@Injectable()
export class AnalysisDataService {
  constructor(private readonly dataSource: DataSource) {}

  async transcripts(actor: Actor, ids?: readonly string[]): Promise<AnalysisTranscript[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (ids) {
      params.push(ids);
      where.push(`t.id = ANY($${params.length}::uuid[])`);
    }
    const scope = centerScope(actor);
    if (scope) {
      params.push(scope);
      where.push(`t.center_code = $${params.length}`);
    }
    const rows = await this.dataSource.query<Array<{ id: string; participant_id: string; stakeholder_group: string; center_code: string; language: string; length_cp: number; revealed: boolean }>>(
      `SELECT id, participant_id, stakeholder_group, center_code, language, length_cp, codings_revealed_at IS NOT NULL AS revealed
       FROM transcript t ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at`,
      params,
    );
    if (ids && rows.length !== new Set(ids).size) throw new AppError('NOT_FOUND');
    const mayCompare = actor.role === 'lead' || actor.role === 'admin';
    if (ids && !mayCompare && rows.some((r) => !r.revealed)) throw new AppError('CODINGS_NOT_REVEALED');
    return rows.map((r) => ({ id: r.id, participantId: r.participant_id, group: r.stakeholder_group, center: r.center_code, language: r.language, lengthCp: Number(r.length_cp), revealed: r.revealed }));
  }

  async codings(transcriptIds: readonly string[]): Promise<AnalysisCoding[]> {
    if (transcriptIds.length === 0) return [];
    const rows = await this.dataSource.query<Array<{ transcript_id: string; coder_id: string; code_id: string; start_cp: number; end_cp: number }>>(
      'SELECT transcript_id, coder_id, code_id, start_cp, end_cp FROM coding WHERE transcript_id = ANY($1::uuid[])',
      [transcriptIds],
    );
    return rows.map((r) => ({ transcriptId: r.transcript_id, coderId: r.coder_id, codeId: r.code_id, start: Number(r.start_cp), end: Number(r.end_cp) }));
  }

  async segments(transcriptIds: readonly string[]): Promise<AnalysisSegment[]> {
    if (transcriptIds.length === 0) return [];
    const rows = await this.dataSource.query<Array<{ transcript_id: string; id: string; start_cp: number; end_cp: number }>>(
      'SELECT transcript_id, id, start_cp, end_cp FROM segment WHERE transcript_id = ANY($1::uuid[]) ORDER BY transcript_id, ordinal',
      [transcriptIds],
    );
    return rows.map((r) => ({ transcriptId: r.transcript_id, id: r.id, start: Number(r.start_cp), end: Number(r.end_cp) }));
  }
}
