import { apiClient } from '../../api/api-client';
import type { ExportJob, ExportKind, ExportRequest } from './export-types';

export const exportsApi = {
  kinds: () => apiClient.get<{ items: ExportKind[] }>('/api/exports/kinds').then((body) => body.items),
  jobs: () => apiClient.get<{ items: ExportJob[] }>('/api/exports').then((body) => body.items),
  create: (request: ExportRequest) => apiClient.post<{ id: string }>('/api/exports', request),
  /** Cancels a queued or running export; removes a finished one. */
  remove: (id: string) => apiClient.delete<{ removed: boolean }>(`/api/exports/${encodeURIComponent(id)}`),
};

/** A plain link: the browser streams the file with the session cookie. */
export const downloadUrl = (id: string) => `/api/exports/${encodeURIComponent(id)}/download`;
