import { useMutation } from '@tanstack/react-query';
import { refiQdaApi } from '../api/refi-qda-api';

/** Reads an uploaded .qdpx; the server stores nothing. */
export function useQdpxPreview() {
  return useMutation({ mutationFn: refiQdaApi.preview });
}
