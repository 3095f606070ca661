import { useMutation } from '@tanstack/react-query';
import { transcriptsApi } from '../api/transcripts-api';

/** Parses an uploaded file and finds identifiers; the server stores nothing. */
export function usePreviewTranscript() {
  return useMutation({ mutationFn: transcriptsApi.preview });
}
