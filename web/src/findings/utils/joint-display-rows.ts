import type { Estimate, JointDisplay, MissingReason, PinnedQuote, SalienceCell, ThresholdCell } from '../api/joint-display';

/** One cell of the criteria × groups table: what the survey, the interviews and the pins say. */
export interface JointCell {
  group: string;
  weight: Estimate | null;
  respondents: number;
  weightMissing: MissingReason | null;
  responseIds: string[];
  salience: SalienceCell | null;
  quotes: PinnedQuote[];
}

export interface JointRow {
  criterion: string;
  cells: JointCell[];
  /** Package performance on this criterion, in package order. */
  performance: Array<{ packageId: string; estimate: Estimate | null; missing: MissingReason | null; rowIds: string[] }>;
}

/** The criteria × stakeholder-groups table of the joint display, one row per criterion. */
export function jointDisplayRows(display: Pick<JointDisplay, 'criteria' | 'groups' | 'weights' | 'salience' | 'quotes' | 'performance' | 'packageIds'>): JointRow[] {
  return display.criteria.map((criterion) => ({
    criterion,
    cells: display.groups.map((group) => {
      const weights = display.weights.find((w) => w.group === group);
      return {
        group,
        weight: weights?.weights.find((w) => w.criterion === criterion)?.estimate ?? null,
        respondents: weights?.respondents ?? 0,
        weightMissing: weights ? weights.missing : 'no_responses',
        responseIds: weights?.responseIds ?? [],
        salience: display.salience.find((s) => s.group === group && s.criterion === criterion) ?? null,
        quotes: display.quotes.filter((q) => q.group === group && q.criterion === criterion),
      };
    }),
    performance: display.packageIds.map((packageId) => {
      const cell = display.performance.find((p) => p.packageId === packageId && p.criterion === criterion);
      return { packageId, estimate: cell?.estimate ?? null, missing: cell ? cell.missing : 'no_rows', rowIds: cell?.rowIds ?? [] };
    }),
  }));
}

/** Rows of the threshold matrix for one group: task × metric, one verdict per package. */
export function thresholdRows(cells: readonly ThresholdCell[], group: string, packageIds: readonly string[]) {
  const own = cells.filter((c) => c.group === group);
  const keys = [...new Map(own.map((c) => [`${c.task}/${c.metric}`, { task: c.task, metric: c.metric }])).values()];
  return keys.map(({ task, metric }) => {
    const row = own.filter((c) => c.task === task && c.metric === metric);
    return {
      task,
      metric,
      threshold: row[0]?.threshold ?? null,
      responseIds: row[0]?.responseIds ?? [],
      cells: packageIds.map((packageId) => row.find((c) => c.packageId === packageId) ?? null),
    };
  });
}

/** Counts of verdicts, to say in one line how a group's demands fare. */
export function verdictCounts(cells: readonly ThresholdCell[]): Record<ThresholdCell['verdict'], number> {
  const counts = { meets: 0, uncertain: 0, does_not_meet: 0, no_data: 0 };
  for (const cell of cells) counts[cell.verdict]++;
  return counts;
}
