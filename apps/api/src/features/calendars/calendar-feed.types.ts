import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export const CALENDAR_FEED_SCOPES = ['USER', 'MUNICIPALITY', 'PROGRAMME'] as const;
export type CalendarFeedScope = (typeof CALENDAR_FEED_SCOPES)[number];
export const CalendarFeedScopeEnum = Object.fromEntries(CALENDAR_FEED_SCOPES.map((s) => [s, s])) as {
  [K in CalendarFeedScope]: K;
};
registerEnumType(CalendarFeedScopeEnum, {
  name: 'CalendarFeedScope',
  description:
    "USER: the viewer's confirmed and waitlisted sessions; MUNICIPALITY (coordinators): sessions people of their municipality registered for, without names; PROGRAMME: every planned session of a programme.",
});

@ObjectType({
  description:
    'A calendar subscription (iCalendar) at a secret URL. The URL is shown only when created or regenerated.',
})
export class CalendarFeed {
  @Field(() => ID)
  id: string;

  @Field(() => CalendarFeedScopeEnum)
  scope: CalendarFeedScope;

  @Field()
  createdAt: Date;

  programmeId: string | null;
  municipalityId: string | null;
}

@ObjectType({ description: 'A feed with its URL, which holds the secret token: shown this once, stored only hashed.' })
export class CalendarFeedUrl {
  @Field(() => CalendarFeed)
  feed: CalendarFeed;

  @Field({ description: 'Subscribe to this URL in a calendar app (webcal:// works too). Treat it like a password.' })
  url: string;
}
