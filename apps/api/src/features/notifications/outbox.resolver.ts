import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { actingOf, type Context } from '../../access/request-context';
import { PageInput, firstPage } from '../../common/paging';
import { MyMessagePage, OutboxFilter, OutboxMessage, OutboxPage } from './outbox.types';

@Resolver()
export class OutboxResolver {
  @Authorized(Permission.OUTBOX_MANAGE)
  @Query(() => OutboxPage, {
    description:
      'Messages in the outbox, newest first (admins): delivery metadata only, never what a message says or is about.',
  })
  outbox(
    @Arg('filter', () => OutboxFilter, { nullable: true }) filter: OutboxFilter | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: Context,
  ): Promise<OutboxPage> {
    return ctx.services.outbox.list(filter ?? new OutboxFilter(), page ?? firstPage());
  }

  @Authorized(Permission.OUTBOX_MANAGE)
  @Mutation(() => OutboxMessage, {
    description: 'Sends a FAILED message again: back to PENDING with attempts reset. Any other message is NOT_FOUND.',
  })
  retryOutboxMessage(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<OutboxMessage> {
    return ctx.services.outbox.retry(id);
  }

  @Authorized()
  @Query(() => MyMessagePage, {
    description: "The messages addressed to the viewer, newest first, in the viewer's language.",
  })
  myMessages(
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: Context,
  ): Promise<MyMessagePage> {
    return ctx.services.outbox.mine(actingOf(ctx), page ?? firstPage());
  }
}
