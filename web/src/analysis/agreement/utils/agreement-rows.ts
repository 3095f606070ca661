import type { AgreementUnit, IntervalBounds, UnitReports } from '../api/agreement-report';

/** A statistic with its bootstrap interval (null bounds when not drawn or undefined). */
export interface EstimateWithInterval {
  value: number | null;
  low: number | null;
  high: number | null;
}

/** One line of the per-code table: a code (or all codes, codeId null) at one unit of analysis. */
export interface AgreementRow {
  codeId: string | null;
  /** Units compared: segments, characters, or the continuum length in characters. */
  n: number;
  agreement: number | null;
  /** Cohen's kappa of the chosen coder pair; null for unitized α, which has none. */
  kappa: EstimateWithInterval | null;
  /** Krippendorff's alpha across the compared coders; null at the character level, which reports kappa. */
  alpha: EstimateWithInterval | null;
}

function withInterval(value: number | null, interval: IntervalBounds | null): EstimateWithInterval {
  return { value, low: interval?.low ?? null, high: interval?.high ?? null };
}

/**
 * The per-code rows (all codes first) of one unit of a report, for one coder pair (its index in
 * the report's pairs; a two-coder report has exactly one).
 */
export function agreementRows(report: UnitReports, unit: AgreementUnit, pair = 0): AgreementRow[] {
  switch (unit) {
    case 'segment': {
      const { overall, codes } = report.segment;
      return [{ codeId: null, ...overall }, ...codes].map((row) => {
        const p = row.pairs[pair];
        return {
          codeId: row.codeId,
          n: row.units,
          agreement: p?.agreement ?? null,
          kappa: p ? withInterval(p.kappa, p.kappaInterval) : null,
          alpha: withInterval(row.alpha, row.alphaInterval),
        };
      });
    }
    case 'character': {
      const overall = report.character.overall[pair];
      const rows: AgreementRow[] = overall
        ? [{ codeId: null, n: overall.total, agreement: overall.agreement, kappa: withInterval(overall.kappa, overall.kappaInterval), alpha: null }]
        : [];
      for (const code of report.character.codes) {
        const p = code.pairs[pair];
        if (!p) continue;
        rows.push({ codeId: code.codeId, n: p.overall.total, agreement: p.overall.agreement, kappa: withInterval(p.overall.kappa, p.kappaInterval), alpha: null });
      }
      return rows;
    }
    case 'unitized': {
      const { overall, codes, continuumLength } = report.unitized;
      return [
        { codeId: null, n: continuumLength * codes.length, agreement: null, kappa: null, alpha: withInterval(overall.alpha, overall.alphaInterval) },
        ...codes.map((code) => ({ codeId: code.codeId, n: continuumLength, agreement: null, kappa: null, alpha: withInterval(code.alpha, code.alphaInterval) })),
      ];
    }
  }
}

/** Which statistic a unit is charted and summarized by: kappa where there is a coder pair's, else alpha. */
export function chartedStatistic(unit: AgreementUnit): 'kappa' | 'alpha' {
  return unit === 'unitized' ? 'alpha' : 'kappa';
}

export type AgreementSortKey = 'code' | 'n' | 'agreement' | 'statistic';

/**
 * The code rows sorted (the all-codes row stays first): by name, by n, by agreement, or by the
 * charted statistic; undefined values last in either direction.
 */
export function sortAgreementRows(
  rows: readonly AgreementRow[],
  key: AgreementSortKey,
  direction: 'asc' | 'desc',
  statistic: 'kappa' | 'alpha',
  nameOf: (codeId: string) => string,
): AgreementRow[] {
  const [overall, ...codes] = rows;
  const sign = direction === 'asc' ? 1 : -1;
  const valueOf = (row: AgreementRow): number | string | null => {
    switch (key) {
      case 'code':
        return row.codeId === null ? '' : nameOf(row.codeId);
      case 'n':
        return row.n;
      case 'agreement':
        return row.agreement;
      case 'statistic':
        return row[statistic]?.value ?? null;
    }
  };
  const sorted = [...codes].sort((a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    if (typeof x === 'string' || typeof y === 'string') return sign * String(x).localeCompare(String(y));
    return sign * (x - y);
  });
  return overall ? [overall, ...sorted] : sorted;
}

/** One coder pair's overall agreement at a unit, for the per-pair table. */
export interface CoderPairRow {
  coderIds: [string, string];
  agreement: number | null;
  kappa: EstimateWithInterval | null;
  alpha: EstimateWithInterval | null;
}

/**
 * Every coder pair's overall figures at one unit. With two coders that is the report itself;
 * with more, each pair's alpha comes from its own report (the report-wide alpha spans all coders).
 */
export function coderPairRows(
  report: UnitReports & { pairs: ReadonlyArray<UnitReports & { coderIds: [string, string] }> },
  unit: AgreementUnit,
): CoderPairRow[] {
  const reports = report.pairs.length > 0 ? report.pairs : [report];
  return reports.map((pairReport) => {
    const [overall] = agreementRows(pairReport, unit, 0);
    const coderIds = unit === 'character' ? pairReport.character.overall[0]?.coderIds : pairReport.segment.overall.pairs[0]?.coderIds;
    return {
      coderIds: coderIds ?? (['', ''] as [string, string]),
      agreement: overall?.agreement ?? null,
      kappa: overall?.kappa ?? null,
      alpha: overall?.alpha ?? null,
    };
  });
}
