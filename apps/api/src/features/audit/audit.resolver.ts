import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { requireViewer } from '../../access/policy';
import { PageInput, firstPage } from '../../common/paging';
import type { Context } from '../../access/request-context';
import { listAudit } from './audit.service';
import { AuditPage } from './audit.types';

@Resolver()
export class AuditResolver {
  @Authorized(Permission.AUDIT_READ)
  @Query(() => AuditPage, {
    description: "Who read or changed the own municipality's confidential data, newest first.",
  })
  auditLog(
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: Context,
  ): Promise<AuditPage> {
    return listAudit(ctx.services.db, requireViewer(ctx.viewer), page ?? firstPage());
  }
}
