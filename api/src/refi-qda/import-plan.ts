import { codePointSlice } from '../transcripts/import/code-point-offsets.js';
import type { QdpxCode, QdpxProject, QdpxTextSource } from './qdpx-project.js';
import { chooseOffsetUnit, type OffsetUnit, type SourceText } from './source-text.js';

/**
 * What a .qdpx turns into, before any participant is chosen or anything is stored: pure, so the
 * preview and the import agree by construction. Offsets here are code points into the normalized
 * source text (see source-text.ts).
 */
export type NotCarriedReason =
  | 'non_text_source'
  | 'source_text_missing'
  | 'source_too_long'
  | 'source_not_chosen'
  | 'selection_out_of_range'
  | 'coding_unknown_code'
  | 'source_coding'
  | 'duplicate_codings'
  | 'sets'
  | 'graphs'
  | 'links'
  | 'cases'
  | 'variables';

/** One thing that was not carried over; the web app words it from `reason` in the user's language. */
export interface NotCarriedItem {
  reason: NotCarriedReason;
  /** The source, code or element concerned (as named in the file); '' when not about one item. */
  item: string;
  count: number;
  /** For non_text_source: pdf | picture | audio | video. */
  kind?: string;
}

export interface PlannedCoding {
  codeGuid: string;
  start: number;
  end: number;
  coderLabel: string;
  memo: string | null;
}

export interface PlannedSource {
  guid: string;
  name: string;
  text: string;
  length: number;
  unit: OffsetUnit;
  codings: PlannedCoding[];
  memos: string[];
}

export interface PlannedCode extends QdpxCode {
  /** Names from the root down, for display ("Coke › diet Coke"). */
  path: string[];
}

export interface ImportPlan {
  tool: string;
  origin: string;
  codes: PlannedCode[];
  sources: PlannedSource[];
  /** Pseudonymous labels of the file's coders, with how many codings each made. */
  coders: Array<{ label: string; codings: number }>;
  codeMemos: Array<{ codeGuid: string; text: string }>;
  projectMemos: string[];
  notCarried: NotCarriedItem[];
}

export type SourceTextResult = SourceText | 'missing' | 'too_long';

/** Maximum code points of one source, as for any transcript. */
export const MAX_SOURCE_CODE_POINTS = 2_000_000;

const NOTE_NAME_LIMIT = 200;

function codePaths(codes: readonly QdpxCode[]): PlannedCode[] {
  const byGuid = new Map(codes.map((code) => [code.guid, code]));
  return codes.map((code) => {
    const path: string[] = [];
    const seen = new Set<string>();
    for (let current: QdpxCode | undefined = code; current && !seen.has(current.guid); current = current.parentGuid ? byGuid.get(current.parentGuid) : undefined) {
      seen.add(current.guid);
      path.unshift(current.name);
    }
    return { ...code, path };
  });
}

/**
 * Coders become "Coder 1", "Coder 2"… in the order the file lists its users (then first use): user
 * names in NVivo and ATLAS.ti are often real names, and real names must not enter research data.
 */
function coderLabels(project: QdpxProject): Map<string | null, string> {
  const used = new Set<string | null>();
  for (const source of project.textSources) {
    for (const selection of source.selections) for (const coding of selection.codings) used.add(coding.creatingUser);
  }
  const order = [...project.userGuids.filter((guid) => used.has(guid)), ...[...used].filter((guid) => guid === null || !project.userGuids.includes(guid))];
  return new Map(order.map((guid, index) => [guid, `Coder ${index + 1}`]));
}

export function planImport(project: QdpxProject, texts: ReadonlyMap<string, SourceTextResult>, noteTexts: ReadonlyMap<string, string>): ImportPlan {
  const notCarried: NotCarriedItem[] = [];
  const codeGuids = new Set(project.codes.map((code) => code.guid));
  const labels = coderLabels(project);
  const coderCounts = new Map<string, number>();
  const noteText = (guid: string): string | null => {
    const text = noteTexts.get(guid)?.trim();
    return text ? text : null;
  };
  const referencedNotes = new Set<string>();
  const notesOf = (guids: readonly string[]): string[] =>
    guids.flatMap((guid) => {
      referencedNotes.add(guid);
      return noteText(guid) ?? [];
    });

  const sources: PlannedSource[] = [];
  for (const source of project.textSources) {
    const text = texts.get(source.guid) ?? 'missing';
    const codingCount = source.selections.reduce((sum, selection) => sum + selection.codings.length, 0);
    if (text === 'missing' || text === 'too_long') {
      notCarried.push({ reason: text === 'missing' ? 'source_text_missing' : 'source_too_long', item: source.name, count: codingCount });
      continue;
    }
    sources.push(planSource(source, text, project.tool, codeGuids, labels, coderCounts, notCarried, notesOf));
  }

  for (const other of project.otherSources) notCarried.push({ reason: 'non_text_source', item: other.name, count: other.codings, kind: other.kind });
  for (const [reason, count] of Object.entries(project.unsupported) as Array<[keyof QdpxProject['unsupported'], number]>) {
    if (count > 0) notCarried.push({ reason, item: '', count });
  }

  const codeMemos = project.codes.flatMap((code) => notesOf(code.noteRefs).map((text) => ({ codeGuid: code.guid, text })));
  const projectMemos = notesOf(project.projectNoteRefs);
  // Notes nothing points at are still someone's writing: they become project memos.
  for (const note of project.notes) {
    if (referencedNotes.has(note.guid)) continue;
    const text = noteText(note.guid);
    if (text) projectMemos.push(note.name && !text.startsWith(note.name) ? `${note.name.slice(0, NOTE_NAME_LIMIT)}\n\n${text}` : text);
  }

  return {
    tool: project.tool,
    origin: project.origin,
    codes: codePaths(project.codes),
    sources,
    // Only coders whose codings come along are listed.
    coders: [...labels.values()].flatMap((label) => (coderCounts.has(label) ? [{ label, codings: coderCounts.get(label) ?? 0 }] : [])),
    codeMemos,
    projectMemos,
    notCarried,
  };
}

function planSource(
  source: QdpxTextSource,
  text: SourceText,
  tool: string,
  codeGuids: ReadonlySet<string>,
  labels: ReadonlyMap<string | null, string>,
  coderCounts: Map<string, number>,
  notCarried: NotCarriedItem[],
  notesOf: (guids: readonly string[]) => string[],
): PlannedSource {
  const unit = chooseOffsetUnit(text, source.selections, tool);
  const codings: PlannedCoding[] = [];
  const memos: string[] = [];
  const seen = new Set<string>();
  let outOfRange = 0;
  let unknownCode = 0;
  let duplicates = 0;
  const excerpt = (start: number, end: number): string => codePointSlice(text.text, start, Math.min(end, start + 80));
  for (const selection of source.selections) {
    const start = text.map(selection.start, unit);
    const end = text.map(selection.end, unit);
    const selectionNotes = [selection.description, ...notesOf(selection.noteRefs)].filter((note) => note !== '');
    if (start === null || end === null || end <= start) {
      outOfRange += Math.max(1, selection.codings.length);
      continue;
    }
    const valid = selection.codings.filter((coding) => codeGuids.has(coding.codeGuid));
    unknownCode += selection.codings.length - valid.length;
    if (valid.length === 0 && selectionNotes.length > 0) {
      // A commented passage without a code (an ATLAS.ti quotation): the comment stays, as a memo on the transcript.
      memos.push(`“${excerpt(start, end)}”\n\n${selectionNotes.join('\n\n')}`);
    }
    for (const coding of valid) {
      const key = `${coding.codeGuid}:${start}:${end}`;
      if (seen.has(key)) {
        duplicates += 1;
        continue;
      }
      seen.add(key);
      const coderLabel = labels.get(coding.creatingUser) ?? 'Coder 1';
      coderCounts.set(coderLabel, (coderCounts.get(coderLabel) ?? 0) + 1);
      const memo = [...selectionNotes, ...notesOf(coding.noteRefs)].join('\n\n');
      codings.push({ codeGuid: coding.codeGuid, start, end, coderLabel, memo: memo === '' ? null : memo });
    }
  }
  if (outOfRange > 0) notCarried.push({ reason: 'selection_out_of_range', item: source.name, count: outOfRange });
  if (unknownCode > 0) notCarried.push({ reason: 'coding_unknown_code', item: source.name, count: unknownCode });
  if (duplicates > 0) notCarried.push({ reason: 'duplicate_codings', item: source.name, count: duplicates });
  if (source.sourceCodings.length > 0) notCarried.push({ reason: 'source_coding', item: source.name, count: source.sourceCodings.length });
  if (source.description !== '') memos.push(source.description);
  memos.push(...notesOf(source.noteRefs));
  return { guid: source.guid, name: source.name, text: text.text, length: text.length, unit, codings, memos };
}
