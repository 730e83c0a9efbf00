import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { requireViewer } from '../../access/policy';
import { actingOf, type Context } from '../../access/request-context';
import {
  SessionExtras,
  SessionLinkInput,
  SessionMaterial,
  StaffMessageInput,
  StaffMessageResult,
} from './session-extras.types';

/** Around a session: materials (files are uploaded over plain HTTP: session-extras.routes.ts) and staff messages. */
@Resolver()
export class SessionExtrasResolver {
  @Authorized()
  @Query(() => SessionExtras, {
    description: "A session's materials and what the viewer may do around it; NOT_FOUND outside the viewer's region.",
  })
  sessionExtras(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context): Promise<SessionExtras> {
    return ctx.services.sessionExtras.of(requireViewer(ctx.viewer), sessionId);
  }

  @Authorized(Permission.PROGRAMME_PLAN)
  @Mutation(() => SessionMaterial, { description: 'Adds a link to the materials of a session.' })
  addSessionLink(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('input') input: SessionLinkInput,
    @Ctx() ctx: Context,
  ): Promise<SessionMaterial> {
    return ctx.services.sessionMaterials.addLink(requireViewer(ctx.viewer), sessionId, input);
  }

  @Authorized(Permission.PROGRAMME_PLAN)
  @Mutation(() => Boolean, { description: 'Removes a link or file from the materials of a session.' })
  removeSessionMaterial(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.sessionMaterials.remove(requireViewer(ctx.viewer), id);
  }

  @Authorized(Permission.REGISTRATION_MANAGE)
  @Mutation(() => StaffMessageResult, {
    description:
      'Mails a message to everyone with a confirmed seat or on the waitlist, each in their own language; also in their "My messages". Nobody there: BAD_USER_INPUT NO_RECIPIENTS; too many this hour: RATE_LIMITED TOO_MANY_MESSAGES.',
  })
  sendSessionMessage(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('input') input: StaffMessageInput,
    @Ctx() ctx: Context,
  ): Promise<StaffMessageResult> {
    return ctx.services.staffMessages.send(actingOf(ctx), sessionId, input);
  }
}
