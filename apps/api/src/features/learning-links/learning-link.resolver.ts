import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { canOn } from '../../access/policy';
import { actingOf as acting, type Context } from '../../access/request-context';
import { Recommendation } from '../recommendations/recommendation.types';
import { LearningAttendance, LearningLink, LearningOfferItem, LearningTargetInput } from './learning-link.types';

@Resolver(() => Recommendation)
export class RecommendationLearningResolver {
  @FieldResolver(() => [LearningLink], {
    description: 'Confidential: the activities, sessions and peer tracks linked to this recommendation.',
  })
  learningLinks(@Root() rec: Recommendation, @Ctx() ctx: Context): Promise<LearningLink[]> {
    return ctx.loaders.learningLinks.load(rec.id);
  }

  @Authorized(Permission.RECOMMENDATION_READ)
  @Query(() => [LearningOfferItem], {
    description:
      "Confidential (the recommendation's themes): what the programme offers on them, upcoming first. NOT_FOUND like the recommendation.",
  })
  learningOffer(@Arg('recommendationId', () => ID) recommendationId: string, @Ctx() ctx: Context) {
    return ctx.services.learningLinks.offer(acting(ctx), recommendationId);
  }

  @Authorized(Permission.LEARNING_LINK_WRITE)
  @Mutation(() => LearningLink, {
    description:
      'Links a recommendation to an activity, session or peer track. Linked already: CONFLICT ALREADY_LINKED.',
  })
  linkRecommendationToLearning(
    @Arg('recommendationId', () => ID) recommendationId: string,
    @Arg('target') target: LearningTargetInput,
    @Ctx() ctx: Context,
  ): Promise<LearningLink> {
    return ctx.services.learningLinks.link(acting(ctx), recommendationId, target);
  }

  @Authorized(Permission.LEARNING_LINK_WRITE)
  @Mutation(() => Boolean, { description: 'Removes a learning link; NOT_FOUND like absence outside the reach.' })
  unlinkRecommendationFromLearning(@Arg('linkId', () => ID) linkId: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.learningLinks.unlink(acting(ctx), linkId);
  }
}

@Resolver(() => LearningLink)
export class LearningLinkResolver {
  @FieldResolver(() => LearningAttendance, {
    nullable: true,
    description:
      "The own municipality's registrations and attendance for this learning (a track: its enrolment); null unless the viewer is one of its coordinators.",
  })
  attendance(@Root() link: LearningLink, @Ctx() ctx: Context): Promise<LearningAttendance> | null {
    // The same rule as a session's registrations: a coordinator sees their own municipality's.
    return canOn(ctx.viewer, Permission.REGISTRATION_COLLEAGUES, link)
      ? ctx.loaders.learningAttendance.load(link.id)
      : null;
  }
}
