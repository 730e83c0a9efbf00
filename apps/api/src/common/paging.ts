import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@rode-draad/shared';
import { Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

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

/**
 * The page and its total in one statement (`COUNT(*) OVER ()`), instead of a second counting
 * statement per list. Only for queries without joined collections, where one SQL row is one entity.
 * A page past the end is counted separately (totalOf).
 */
export async function pageWithTotal<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  page: PageInput,
): Promise<{ rows: T[]; total: number }> {
  const { raw, entities } = await qb
    .clone()
    .addSelect('COUNT(*) OVER ()', 'page_total')
    .offset(page.offset)
    .limit(page.limit)
    .getRawAndEntities<{ page_total: string }>();
  return { rows: entities, total: await totalOf(raw[0]?.page_total, page, () => qb.getCount()) };
}

/**
 * A list's total from the count its first row carries. A page past the end has no row to carry
 * it, so only then is it counted separately; an empty first page has none to count.
 */
export async function totalOf(
  firstRowTotal: string | number | undefined,
  page: PageInput,
  count: () => Promise<number>,
): Promise<number> {
  if (firstRowTotal !== undefined) {
    return Number(firstRowTotal);
  }
  return page.offset > 0 ? count() : 0;
}
