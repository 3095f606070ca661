import { queryString } from '../../api/query-string';
import { passageHash } from '../../coding/utils/passage-hash';
import type { BenchmarkRowSource, CodingSource, ResponseSource } from '../api/joint-display';

/** Where a survey response can be looked at: its participant's page (answers listed there). */
export function responseLink(source: Pick<ResponseSource, 'participantId'>): string {
  return `/participants/${encodeURIComponent(source.participantId)}`;
}

/** The reader, opened at the coded passage. */
export function codingLink(source: Pick<CodingSource, 'transcriptId' | 'start' | 'end'>): string {
  return `/transcripts/${encodeURIComponent(source.transcriptId)}${passageHash(source.start, source.end)}`;
}

/** The benchmark page filtered to the row's package, task, center and metric. */
export function benchmarkLink(source: Pick<BenchmarkRowSource, 'packageKey' | 'task' | 'center' | 'metric'>): string {
  return `/benchmarks${queryString({ package: source.packageKey, task: source.task, center: source.center, metric: source.metric })}`;
}
