import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A municipality of a region, identified by its CBS code.' })
export class Municipality {
  @Field(() => ID)
  id: string;

  @Field({ description: 'CBS code, e.g. GM0153.' })
  code: string;

  @Field()
  name: string;
}

@ObjectType()
export class Region {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}
