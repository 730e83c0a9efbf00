import { getMetadataStorage } from 'type-graphql';
import { rolesWith, type Permission } from '../access/permissions';
import { publicFields } from '../access/public';
import { getSchema } from './schema';

export interface EndpointRule {
  /** e.g. "Mutation.createUser" */
  endpoint: string;
  /** "public", "any logged-in user", or the permissions allowed, each with the roles that hold it. */
  rule: string;
}

/**
 * Who may call what, for every query and mutation, read from the resolvers' decorators.
 * A field with neither @Authorized nor @Public has rule "UNDECLARED".
 */
export async function collectEndpointRules(): Promise<EndpointRule[]> {
  await getSchema();
  const storage = getMetadataStorage();
  const rules = [
    ...storage.queries.map((q) => ({ kind: 'Query', meta: q })),
    ...storage.mutations.map((m) => ({ kind: 'Mutation', meta: m })),
  ].map(({ kind, meta }) => {
    const authorized = storage.authorizedFields.find(
      (a) => a.target === meta.target && a.fieldName === meta.methodName,
    );
    const isPublic = publicFields.has(`${meta.target.name}.${meta.methodName}`);
    let rule = 'UNDECLARED';
    if (authorized && isPublic) {
      rule = 'CONTRADICTORY';
    } else if (isPublic) {
      rule = 'public';
    } else if (authorized) {
      rule = authorized.roles.length
        ? [...(authorized.roles as Permission[])]
            .sort()
            .map((permission) => `${permission} (${rolesWith(permission).sort().join(', ')})`)
            .join(' | ')
        : 'any logged-in user';
    }
    return { endpoint: `${kind}.${meta.schemaName}`, rule };
  });
  return rules.sort((a, b) => a.endpoint.localeCompare(b.endpoint));
}
