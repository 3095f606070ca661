import type { CodeCrosstab, CrosstabCell, CrosstabDimension } from '@polyphony/analysis';

export interface CrosstabTallies {
  columns: Array<{ key: string; participants: number; passages: number }>;
  cells: Array<{ codeId: string; key: string; passages: number; participants: number }>;
  codeTotals: Array<{ codeId: string; passages: number; participants: number }>;
  total: { participants: number; passages: number };
}

/**
 * analysis/ codeCrosstab's result built from counts the database aggregated, so an export of a
 * million codings never holds them all. Same definitions, same order (most passages first).
 */
export function crosstabFromTallies(tallies: CrosstabTallies, dimension: CrosstabDimension): CodeCrosstab {
  const columns = [...tallies.columns].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const index = new Map(columns.map((column, i) => [column.key, i]));
  const byCode = new Map<string, Array<{ passages: number; participants: number }>>();
  for (const cell of tallies.cells) {
    const row = byCode.get(cell.codeId) ?? columns.map(() => ({ passages: 0, participants: 0 }));
    row[index.get(cell.key) ?? 0] = { passages: cell.passages, participants: cell.participants };
    byCode.set(cell.codeId, row);
  }
  const rows = tallies.codeTotals.map((total) => {
    const counts = byCode.get(total.codeId) ?? columns.map(() => ({ passages: 0, participants: 0 }));
    return {
      codeId: total.codeId,
      cells: counts.map((count, i) => cell(count.passages, count.participants, columns[i].passages, columns[i].participants)),
      total: cell(total.passages, total.participants, tallies.total.passages, tallies.total.participants),
    };
  });
  rows.sort((a, b) => b.total.passages - a.total.passages || (a.codeId < b.codeId ? -1 : a.codeId > b.codeId ? 1 : 0));
  return { dimension, columns, total: tallies.total, rows, unmatchedCodings: 0 };
}

function cell(passages: number, participants: number, columnPassages: number, columnParticipants: number): CrosstabCell {
  return {
    passages,
    participants,
    shareOfParticipants: columnParticipants > 0 ? participants / columnParticipants : 0,
    shareOfPassages: columnPassages > 0 ? passages / columnPassages : 0,
  };
}
