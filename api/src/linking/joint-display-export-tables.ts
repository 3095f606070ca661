import { Injectable } from '@nestjs/common';
import { translate } from '../common/i18n/translator.js';
import type { ExportContext, ExportLanguage } from '../exports/export-producer.js';
import type { ExportTable, ExportTableSource } from '../exports/extra-export-sheets.js';
import type { CellValue } from '../exports/response-columns.js';
import { LinkingService, type JointDisplay } from './linking.service.js';

/**
 * The joint display as two tables of the workbook and the statistics bundle: one row per group ×
 * criterion (survey weight, interview salience and valence) and one per group × package (the
 * meaningful-AI score with its interval and rank stability). Over everything the actor may see.
 */
@Injectable()
export class JointDisplayExportTables implements ExportTableSource {
  constructor(private readonly linking: LinkingService) {}

  async tables(context: ExportContext): Promise<ExportTable[]> {
    const display = await this.linking.jointDisplay(context.actor, {}, context.language);
    return [
      {
        id: 'joint-display',
        sheetName: translate(context.language, 'exports:file.sheet.jointDisplay'),
        header: [
          'group', 'group_label', 'criterion', 'criterion_label', 'weight', 'weight_ci_low', 'weight_ci_high', 'respondents',
          'participants_interviewed', 'participants_speaking', 'share_of_participants', 'passages', 'share_of_passages', 'valence_balance',
        ],
        rows: criterionRows(display, context.language),
      },
      {
        id: 'joint-display-scores',
        sheetName: translate(context.language, 'exports:file.sheet.jointDisplayScores'),
        header: ['group', 'group_label', 'package', 'package_name', 'synthetic', 'score', 'score_ci_low', 'score_ci_high', 'rank', 'expected_rank', 'p_rank_1', 'criteria_used'],
        rows: scoreRows(display, context.language),
      },
    ];
  }
}

function criterionRows(display: JointDisplay, language: ExportLanguage): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const group of display.groups) {
    const weights = display.weights.find((w) => w.group === group);
    for (const criterion of display.criteria) {
      const weight = weights?.weights.find((w) => w.criterion === criterion)?.estimate ?? null;
      const salience = display.salience.find((cell) => cell.group === group && cell.criterion === criterion);
      rows.push([
        group, groupLabel(group, language), criterion, translate(language, `findings:criteria.${criterion}`),
        weight?.value ?? null, weight?.low ?? null, weight?.high ?? null, weights?.respondents ?? 0,
        salience?.participantsInterviewed ?? 0, salience?.participants ?? 0, salience?.shareOfParticipants ?? null,
        salience?.passages ?? 0, salience?.shareOfPassages ?? null, salience?.valenceBalance ?? null,
      ]);
    }
  }
  return rows;
}

function scoreRows(display: JointDisplay, language: ExportLanguage): CellValue[][] {
  const packages = new Map(display.packages.map((p) => [p.key, p]));
  return display.scores.flatMap((group) =>
    group.packages.map((score): CellValue[] => [
      group.group, groupLabel(group.group, language), score.packageId, packages.get(score.packageId)?.name ?? null, packages.get(score.packageId)?.synthetic ?? null,
      score.score?.value ?? null, score.score?.low ?? null, score.score?.high ?? null, score.rank, score.expectedRank, score.rankProbabilities?.[0] ?? null,
      group.criteriaUsed.join('; '),
    ]),
  );
}

function groupLabel(group: string, language: ExportLanguage): string {
  return translate(language, `participants:groups.${group}`);
}
