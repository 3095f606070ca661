/** expired: the file was removed after the retention period or by a withdrawal's erasure (errorCode says which). */
export type ExportStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled' | 'expired';
export type ExportLanguage = 'nl' | 'de' | 'it' | 'en';

export interface ExportKind {
  kind: string;
  contentType: string;
}

export interface ExportJob {
  id: string;
  kind: string;
  language: ExportLanguage;
  params: Record<string, unknown>;
  status: ExportStatus;
  progress: { done: number; total: number };
  requestedByMe: boolean;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  errorCode: string | null;
  fileName: string | null;
  byteSize: number | null;
  sha256: string | null;
}

export interface ExportRequest {
  kind: string;
  language: ExportLanguage;
  params: Record<string, unknown>;
}
