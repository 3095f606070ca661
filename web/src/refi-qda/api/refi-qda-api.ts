import { apiClient } from '../../api/api-client';
import type { QdpxImportInput, QdpxImportSummary, QdpxPreview, QdpxUpload } from './refi-qda';

export interface ExportJob {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  progress: { done: number; total: number };
  errorCode: string | null;
  fileName: string | null;
}

export const refiQdaApi = {
  /** Reads the project and says what would be imported; nothing is stored. */
  preview: (input: QdpxUpload) => apiClient.post<QdpxPreview>('/api/refi-qda/preview', input),
  import: (input: QdpxImportInput) => apiClient.post<QdpxImportSummary>('/api/refi-qda/import', input),
  /** The export runs as a background job (GET /api/exports/:id for its state). */
  startExport: (language: string) => apiClient.post<{ id: string }>('/api/exports', { kind: 'refi-qda', language, params: {} }),
  exportJob: (id: string) => apiClient.get<ExportJob>(`/api/exports/${encodeURIComponent(id)}`),
  downloadUrl: (id: string) => `/api/exports/${encodeURIComponent(id)}/download`,
};
