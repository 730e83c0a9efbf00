import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MunicipalityEntity } from '../features/regions/municipality.entity';
import { createTestDatabase, openDataSource, StatementCounter } from '../test/database';
import { PageInput, pageWithTotal } from './paging';

describe('pageWithTotal', () => {
  let db: DataSource;
  const statements = new StatementCounter();
  const page = (offset: number, limit: number) => Object.assign(new PageInput(), { offset, limit });
  const municipalities = () =>
    db.getRepository(MunicipalityEntity).createQueryBuilder('m').orderBy('m.name', 'ASC').addOrderBy('m.id', 'ASC');

  beforeAll(async () => {
    db = await openDataSource((await createTestDatabase()).ownerUrl, statements);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('returns the page and the total of all rows in one statement', async () => {
    const all = await municipalities().getMany();
    expect(all.length).toBeGreaterThan(3);
    statements.reset();
    const { rows, total } = await pageWithTotal(municipalities(), page(1, 2));
    expect(statements.count).toBe(1);
    expect(total).toBe(all.length);
    expect(rows.map((row) => row.id)).toEqual(all.slice(1, 3).map((row) => row.id));
  });

  it('still knows the total for a page past the end', async () => {
    const all = await municipalities().getCount();
    const { rows, total } = await pageWithTotal(municipalities(), page(all + 10, 5));
    expect(rows).toEqual([]);
    expect(total).toBe(all);
  });

  it('says 0 for a filter that matches nothing, without counting again', async () => {
    statements.reset();
    const { rows, total } = await pageWithTotal(
      municipalities().where('m.name = :name', { name: 'Atlantis' }),
      page(0, 5),
    );
    expect({ rows, total, statements: statements.count }).toEqual({ rows: [], total: 0, statements: 1 });
  });
});
