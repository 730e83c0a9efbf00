import DataLoader from 'dataloader';
import type { RoleGrantService } from './role-grant.service';
import type { RoleGrant } from './role-grant.types';

/** Per-request loader: the pending role grant of each account in a list, in one query. */
export function createRoleGrantLoaders(service: RoleGrantService) {
  return {
    pendingRoleGrant: new DataLoader<string, RoleGrant | null>(async (userIds) => {
      const byUser = new Map((await service.pendingByUserIds(userIds)).map((g) => [g.user.id, g]));
      return userIds.map((id) => byUser.get(id) ?? null);
    }),
  };
}
