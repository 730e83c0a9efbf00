import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { requireViewer } from '../../auth/policy';
import { PageInput, firstPage } from '../../common/paging';
import type { Context } from '../../graphql/context';
import { listAudit } from './audit.service';
import { AuditPage } from './audit.types';

@Resolver()
export class AuditResolver {
  @Authorized('MUNICIPAL_COORDINATOR')
  @Query(() => AuditPage, { description: "Who read or changed the own municipality's confidential data, newest first." })
  auditLog(@Arg('page', () => PageInput, { nullable: true }) page: PageInput | null, @Ctx() ctx: Context): Promise<AuditPage> {
    return listAudit(ctx.services.db, requireViewer(ctx.viewer), page ?? firstPage());
  }
}
