import { useMutation } from '@tanstack/react-query';
import { codebookApi } from '../api/codebook-api';
import { useStoreCodes } from './use-store-codes';

export function useCreateCode() {
  const store = useStoreCodes();
  return useMutation({ mutationFn: codebookApi.create, onSuccess: store });
}
