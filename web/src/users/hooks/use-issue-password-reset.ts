import { useMutation } from '@tanstack/react-query';
import { usersApi } from '../api/users-api';

export function useIssuePasswordReset() {
  return useMutation({ mutationFn: usersApi.passwordReset });
}
