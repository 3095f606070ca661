import { Outlet } from 'react-router';
import { ForbiddenPage } from '../../app/components/forbidden-page';
import { useSignedInUser } from '../hooks/use-signed-in-user';
import type { Area } from '../utils/area-roles';
import { canAccess } from '../utils/can-access';

export function RequireRole({ area }: { area: Area }) {
  const user = useSignedInUser();
  return canAccess(user.role, area) ? <Outlet /> : <ForbiddenPage />;
}
