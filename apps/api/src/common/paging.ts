import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@rode-draad/shared';
import { Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: `Offset paging; at most ${PAGE_SIZE_MAX} items per page.` })
export class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(1_000_000)
  offset: number = 0;

  @Field(() => Int, { defaultValue: PAGE_SIZE_DEFAULT })
  @Min(1)
  @Max(PAGE_SIZE_MAX)
  limit: number = PAGE_SIZE_DEFAULT;
}

export const firstPage = (): PageInput => Object.assign(new PageInput(), { offset: 0, limit: PAGE_SIZE_DEFAULT });
