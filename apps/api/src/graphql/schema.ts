import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../auth/policy';
import { AuthResolver } from '../features/auth/auth.resolver';
import { RegionResolver } from '../features/regions/region.resolver';
import { UserResolver } from '../features/users/user.resolver';

export const resolvers = [AuthResolver, UserResolver, RegionResolver] as const;

let schema: Promise<GraphQLSchema> | undefined;

/** Built once per process; type-graphql's metadata is global anyway. */
export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: true },
    emitSchemaFile: false,
  });
  return schema;
}
