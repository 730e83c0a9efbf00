import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { requireViewer } from '../../access/policy';
import { PageInput } from '../../common/paging';
import type { Context } from '../../access/request-context';
import { listAudit, listAuditActors } from './audit.service';
import { AuditActor, AuditFilterInput, AuditPage, AuditPageInput } from './audit.types';

@Resolver()
export class AuditResolver {
  @Authorized(Permission.AUDIT_READ)
  @Query(() => AuditPage, {
    description:
      "Who read or changed the own municipality's confidential data, newest first, filtered, by keyset pages.",
  })
  auditLog(
    @Arg('filter', () => AuditFilterInput, { nullable: true }) filter: AuditFilterInput | null,
    @Arg('paging', () => AuditPageInput, { nullable: true }) paging: AuditPageInput | null,
    @Arg('page', () => PageInput, {
      nullable: true,
      deprecationReason: 'Offset paging slows down deep in a long log: use paging (keyset).',
    })
    page: PageInput | null,
    @Ctx() ctx: Context,
  ): Promise<AuditPage> {
    return listAudit(
      ctx.services.db,
      requireViewer(ctx.viewer),
      filter ?? {},
      paging ?? Object.assign(new AuditPageInput(), { first: 50 }),
      page,
    );
  }

  @Authorized(Permission.AUDIT_READ)
  @Query(() => [AuditActor], { description: "The people named in the own municipality's audit log, for filtering." })
  auditActors(@Ctx() ctx: Context): Promise<AuditActor[]> {
    return listAuditActors(ctx.services.db, requireViewer(ctx.viewer));
  }
}
