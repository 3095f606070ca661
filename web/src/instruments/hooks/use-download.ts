import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '../api/download-file';

/** Saves an export; pending and failure show like any other call. */
export function useDownload() {
  return useMutation({
    mutationFn: ({ path, fallbackName }: { path: string; fallbackName: string }) => downloadFile(path, fallbackName),
  });
}
