/** A coded passage; only which transcript and which code matter here. */
export interface CrosstabCoding {
  transcriptId: string;
  codeId: string;
}

/** Who a transcript is from. A null value is a missing value and gets a column of its own. */
export interface TranscriptContext {
  transcriptId: string;
  participantId: string;
  group: string | null;
  center: string | null;
  language: string | null;
}

export type CrosstabDimension = 'group' | 'center' | 'language';

export interface CrosstabColumn {
  /** The group, center or language; null for transcripts where it is missing. */
  key: string | null;
  /** Distinct participants with a transcript in this column (coded or not). */
  participants: number;
  /** Passages of any code in this column. */
  passages: number;
}

export interface CrosstabCell {
  /** Passages with this code. */
  passages: number;
  /** Distinct participants with at least one passage with this code. */
  participants: number;
  /** participants / the column's participants (0 when the column has none). */
  shareOfParticipants: number;
  /** passages / the column's passages of any code (0 when the column has none). */
  shareOfPassages: number;
}

export interface CrosstabRow {
  codeId: string;
  /** One cell per column, in the order of `columns`. */
  cells: CrosstabCell[];
  /** The same figures over all columns together. */
  total: CrosstabCell;
}

export interface CodeCrosstab {
  dimension: CrosstabDimension;
  /** Sorted by key, the missing-value column (null) last. */
  columns: CrosstabColumn[];
  total: Omit<CrosstabColumn, 'key'>;
  /** Codes with the most passages first. */
  rows: CrosstabRow[];
  /** Codings whose transcript is not among the transcripts given; counted nowhere else. */
  unmatchedCodings: number;
}

/**
 * Crosstab of codes by stakeholder group, center or language: passages per code, the share of the
 * column's participants who raised the code at least once, and the code's share of the column's
 * passages. Each coding counts as one passage, so pass one coder's codings (or a merged set) to avoid
 * counting a passage twice. A participant is counted in every column one of their transcripts is in.
 */
export function codeCrosstab(
  codings: readonly CrosstabCoding[],
  transcripts: readonly TranscriptContext[],
  dimension: CrosstabDimension,
): CodeCrosstab {
  const contextById = new Map<string, TranscriptContext>();
  // The first entry for a transcript wins, so a repeated transcript is not counted twice.
  for (const transcript of transcripts) if (!contextById.has(transcript.transcriptId)) contextById.set(transcript.transcriptId, transcript);

  const columnKeys = [...new Set([...contextById.values()].map((context) => context[dimension]))].sort(compareKeys);
  const columnIndex = new Map(columnKeys.map((key, index) => [key, index]));
  const columnParticipants = columnKeys.map(() => new Set<string>());
  const allParticipants = new Set<string>();
  for (const context of contextById.values()) {
    columnParticipants[columnIndex.get(context[dimension]) ?? 0].add(context.participantId);
    allParticipants.add(context.participantId);
  }

  const columnPassages = columnKeys.map(() => 0);
  let totalPassages = 0;
  let unmatchedCodings = 0;
  const tallies = new Map<string, { passages: number[]; participants: Set<string>[]; allParticipants: Set<string> }>();
  for (const coding of codings) {
    const context = contextById.get(coding.transcriptId);
    if (context === undefined) {
      unmatchedCodings += 1;
      continue;
    }
    const column = columnIndex.get(context[dimension]) ?? 0;
    const tally = tallies.get(coding.codeId) ?? {
      passages: columnKeys.map(() => 0),
      participants: columnKeys.map(() => new Set<string>()),
      allParticipants: new Set<string>(),
    };
    tally.passages[column] += 1;
    tally.participants[column].add(context.participantId);
    tally.allParticipants.add(context.participantId);
    tallies.set(coding.codeId, tally);
    columnPassages[column] += 1;
    totalPassages += 1;
  }

  const rows: CrosstabRow[] = [...tallies].map(([codeId, tally]) => {
    const passages = tally.passages.reduce((sum, count) => sum + count, 0);
    return {
      codeId,
      cells: columnKeys.map((_, column) =>
        cell(tally.passages[column], tally.participants[column].size, columnPassages[column], columnParticipants[column].size),
      ),
      total: cell(passages, tally.allParticipants.size, totalPassages, allParticipants.size),
    };
  });
  rows.sort((a, b) => b.total.passages - a.total.passages || (a.codeId < b.codeId ? -1 : a.codeId > b.codeId ? 1 : 0));

  return {
    dimension,
    columns: columnKeys.map((key, column) => ({
      key,
      participants: columnParticipants[column].size,
      passages: columnPassages[column],
    })),
    total: { participants: allParticipants.size, passages: totalPassages },
    rows,
    unmatchedCodings,
  };
}

function cell(passages: number, participants: number, columnPassages: number, columnParticipants: number): CrosstabCell {
  return {
    passages,
    participants,
    shareOfParticipants: columnParticipants > 0 ? participants / columnParticipants : 0,
    shareOfPassages: columnPassages > 0 ? passages / columnPassages : 0,
  };
}

function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
