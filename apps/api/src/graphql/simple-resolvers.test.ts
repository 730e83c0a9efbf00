import { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { getSchema } from './schema';

describe('field resolvers in the built schema', () => {
  it('leaves plain fields to graphql-js, without a per-field wrapper', async () => {
    const session = (await getSchema()).getType('Session');
    expect(session).toBeInstanceOf(GraphQLObjectType);
    const fields = (session as GraphQLObjectType).getFields();
    for (const name of ['timeZone', 'capacity', 'startsAt']) {
      expect(fields[name], name).toBeDefined();
      expect(fields[name]?.resolve, name).toBeUndefined();
    }
  });

  it('keeps the resolvers of computed and guarded fields', async () => {
    const session = (await getSchema()).getType('Session') as GraphQLObjectType;
    // The online link is computed per viewer (registrations/online-link.test.ts holds its rule).
    expect(session.getFields().onlineUrl?.resolve).toBeTypeOf('function');
  });
});
