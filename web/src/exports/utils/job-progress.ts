import type { ExportJob, ExportStatus } from '../api/export-types';

/** Jobs that still change: the list polls while one of these is shown. */
export function isActive(status: ExportStatus): boolean {
  return status === 'queued' || status === 'running';
}

/** Whole percent done, or null while the total is not known yet. */
export function progressPercent(job: Pick<ExportJob, 'status' | 'progress'>): number | null {
  if (job.status === 'done') return 100;
  if (job.progress.total <= 0) return null;
  return Math.min(100, Math.max(0, Math.floor((job.progress.done / job.progress.total) * 100)));
}

/** File size for people: 1 decimal above 1 kB (1 000 bytes, as file managers show). */
export function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
