import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  describeSurvey,
  type ChoiceCount,
  type MatrixRowDescriptives,
  type NumericSummary,
  type QuestionDescriptives,
  type RankingItem,
  type SurveyResponseRecord,
  type UnlistedCount,
} from '@polyphony/analysis';
import { centerScope, type Actor } from '../access/actor.js';
import { AppError } from '../common/errors/app-error.js';
import type { SupportedLanguage } from '../common/i18n/languages.js';
import { Instrument } from '../instruments/instrument.entity.js';
import { InstrumentVersion } from '../instruments/instrument-version.entity.js';
import { STAKEHOLDER_GROUPS } from '../participants/stakeholder-groups.js';
import { buildDataDictionary } from '../surveys/data-dictionary.js';
import { surveyDefaultLanguage } from '../surveys/localized-text.js';
import type { SurveyTags } from '../surveys/survey-tags.js';
import { localize, statsDictionary, type SkippedQuestion, type StatsKind } from './survey-stats-dictionary.js';
import { describeNumbers } from './survey-stats-numeric.js';
import type { SurveyStatsQuery } from './survey-stats.schemas.js';

/** One free-text answer: the participant's pseudonym, never the response id or anything else. */
export interface FreeTextAnswer {
  code: string;
  language: string;
  text: string;
}

/** A question's descriptives over one set of responses (everyone, or one group); which fields are set depends on the question's kind. */
export interface StatsCell {
  /** The group (a stakeholder group or a center code); null = all responses shown. */
  key: string | null;
  responses: number;
  answered: number;
  missing: number;
  invalid: number;
  /** scale, choice, multiple, matrix rows: counts per choice in choice order. */
  distribution?: ChoiceCount[];
  unlisted?: UnlistedCount[];
  /** scale and numeric: median, IQR, mean with CI (null when nobody answered). */
  numeric?: NumericSummary | null;
  /** ranking: mean rank and Borda score per item. */
  items?: RankingItem[];
  /** text: the answers, by pseudonym. */
  answers?: FreeTextAnswer[];
  /** matrix: one distribution per row. */
  rows?: MatrixRowDescriptives[];
  /** numeric: how often each value was given. */
  values?: Array<{ value: number; count: number }>;
}

export interface SurveyStatsQuestion {
  name: string;
  title: string;
  description?: string;
  page: string;
  type: string;
  kind: StatsKind;
  tags: SurveyTags;
  /** The choices (matrix: columns) in display order, labelled in the reader's language. */
  choices: Array<{ value: string | number | boolean; label: string }>;
  overall: StatsCell;
  groups: StatsCell[];
}

export interface SurveyStats {
  version: { id: string; instrumentId: string; instrumentKey: string; title: string; version: number; status: string };
  /** The language of every title and label. */
  language: SupportedLanguage;
  by: 'group' | 'center' | null;
  filters: { group: string | null; center: string | null; language: string | null };
  responses: number;
  /** The groups in display order, with their number of responses. */
  groups: Array<{ key: string | null; responses: number }>;
  questions: SurveyStatsQuestion[];
  /** Questions of types the statistics do not summarise. */
  skipped: SkippedQuestion[];
  confidenceLevel: number;
  quantileMethod: 'type7';
}

interface ResponseRow {
  id: string;
  data: Record<string, unknown>;
  language: string;
  code: string;
  stakeholder_group: string;
  center_code: string;
}

const CONFIDENCE_LEVEL = 0.95;

/**
 * Survey descriptives of one instrument version over the completed responses the caller may see
 * (their own center unless project-wide), per question and per stakeholder group or center, with
 * the analysis library's describeSurvey doing the counting.
 */
@Injectable()
export class SurveyStatsService {
  constructor(private readonly dataSource: DataSource) {}

  async describe(actor: Actor, versionId: string, query: SurveyStatsQuery, language: SupportedLanguage): Promise<SurveyStats> {
    const version = await this.dataSource.getRepository(InstrumentVersion).findOneBy({ id: versionId });
    if (!version) throw new AppError('NOT_FOUND');
    const instrument = await this.dataSource.getRepository(Instrument).findOneByOrFail({ id: version.instrumentId });
    const surveyLanguage = surveyDefaultLanguage(version.definition);
    const { questions, skipped } = statsDictionary(buildDataDictionary(version.definition), language, surveyLanguage);

    const rows = await this.completedResponses(actor, versionId, query);
    const codeOf = new Map(rows.map((row) => [row.id, row]));
    const records: SurveyResponseRecord[] = rows.map((row) => ({
      id: row.id,
      data: row.data,
      meta: { group: row.stakeholder_group, center: row.center_code, language: row.language },
    }));
    const by = query.by ?? null;
    const described = describeSurvey(
      questions.map((q) => q.question),
      records,
      { confidenceLevel: CONFIDENCE_LEVEL, ...(by ? { groupBy: by } : {}) },
    );
    const groups = sortGroups(described.groups, by);
    const membersOf = new Map(groups.map((group) => [group.key, records.filter((r) => (r.meta?.[by ?? ''] ?? null) === group.key)]));

    const cell = (key: string | null, responses: number, descriptives: QuestionDescriptives, members: readonly SurveyResponseRecord[], kind: StatsKind): StatsCell => {
      if (kind === 'numeric') {
        const numbers = describeNumbers(members.map((member) => member.data[descriptives.name]), CONFIDENCE_LEVEL);
        return { key, responses, answered: numbers.answered, missing: numbers.missing, invalid: numbers.invalid, numeric: numbers.summary, values: numbers.values };
      }
      const base = { key, responses, answered: descriptives.answered, missing: descriptives.missing, invalid: descriptives.invalid };
      switch (descriptives.type) {
        case 'text':
        case 'comment':
          return {
            ...base,
            answers: descriptives.answers.map((answer) => {
              const row = codeOf.get(answer.responseId);
              return { code: row?.code ?? '', language: row?.language ?? '', text: answer.text };
            }),
          };
        case 'ranking':
          return { ...base, items: descriptives.items, unlisted: descriptives.unlisted };
        case 'matrix':
          return { ...base, rows: descriptives.rows };
        default:
          return { ...base, distribution: descriptives.distribution, unlisted: descriptives.unlisted, numeric: descriptives.numeric };
      }
    };

    return {
      version: {
        id: version.id,
        instrumentId: instrument.id,
        instrumentKey: instrument.key,
        title: localize(instrument.title, language, surveyLanguage, instrument.key),
        version: version.version,
        status: version.status,
      },
      language,
      by,
      filters: { group: query.group ?? null, center: query.center ?? null, language: query.language ?? null },
      responses: records.length,
      groups: groups.map((group) => ({ key: group.key, responses: group.responses })),
      questions: questions.map((meta, index) => ({
        name: meta.question.name,
        title: meta.title,
        ...(meta.description ? { description: meta.description } : {}),
        page: meta.page,
        type: meta.type,
        kind: meta.kind,
        tags: meta.tags,
        choices: (meta.question.choices ?? defaultChoices(meta.question.type, meta.question.rateMin, meta.question.rateMax)).map(({ value, label }) => ({ value, label })),
        overall: cell(null, records.length, described.overall.questions[index], records, meta.kind),
        groups: groups.map((group) => cell(group.key, group.responses, group.questions[index], membersOf.get(group.key) ?? [], meta.kind)),
      })),
      skipped,
      confidenceLevel: CONFIDENCE_LEVEL,
      quantileMethod: 'type7',
    };
  }

  private async completedResponses(actor: Actor, versionId: string, query: SurveyStatsQuery): Promise<ResponseRow[]> {
    const params: unknown[] = [versionId];
    const where = [`r.instrument_version_id = $1`, `r.status = 'completed'`];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace('?', `$${params.length}`));
    };
    const scope = centerScope(actor);
    if (scope) add('r.center_code = ?', scope);
    if (query.center) add('r.center_code = ?', query.center);
    if (query.group) add('p.stakeholder_group = ?', query.group);
    if (query.language) add('r.language = ?', query.language);
    return this.dataSource.query<ResponseRow[]>(
      `SELECT r.id, r.data, r.language, p.code, p.stakeholder_group, p.center_code
       FROM survey_response r JOIN participant p ON p.id = r.participant_id
       WHERE ${where.join(' AND ')} ORDER BY p.code`,
      params,
    );
  }
}

/** Stakeholder groups in the study's order (patients first); centers by code; missing last. */
function sortGroups<T extends { key: string | null }>(groups: readonly T[], by: 'group' | 'center' | null): T[] {
  if (by !== 'group') return [...groups];
  const rank = (key: string | null) => (key === null ? Number.MAX_SAFE_INTEGER : (STAKEHOLDER_GROUPS as readonly string[]).indexOf(key) + 1 || STAKEHOLDER_GROUPS.length + 1);
  return [...groups].sort((a, b) => rank(a.key) - rank(b.key));
}

/** The choices analysis uses when the dictionary lists none (an auto-generated rating scale, a boolean). */
function defaultChoices(type: string, rateMin = 1, rateMax = 5): Array<{ value: string | number | boolean; label: string }> {
  if (type === 'rating') return Array.from({ length: Math.max(0, rateMax - rateMin + 1) }, (_, i) => ({ value: rateMin + i, label: String(rateMin + i) }));
  if (type === 'boolean') return [{ value: true, label: 'true' }, { value: false, label: 'false' }];
  return [];
}
