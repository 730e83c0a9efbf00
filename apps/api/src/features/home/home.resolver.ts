import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { actingOf, type Context } from '../../access/request-context';
import { Home } from './home.types';

@Resolver()
export class HomeResolver {
  @Authorized()
  @Query(() => Home, {
    description:
      "The viewer's home page: what to do next, each section only for those whose work it is (null otherwise), confidential parts within the viewer's scope.",
  })
  home(@Ctx() ctx: Context): Promise<Home> {
    return ctx.services.home.forViewer(actingOf(ctx));
  }
}
