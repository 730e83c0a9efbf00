import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, print, type DocumentNode, type FieldNode, type SelectionSetNode } from 'graphql';

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/** Asks for `__typename` in every selection but an operation's root, as Apollo Client does. */
function withTypename(selectionSet: SelectionSetNode, root: boolean): SelectionSetNode {
  const selections = selectionSet.selections.map((selection) =>
    'selectionSet' in selection && selection.selectionSet
      ? { ...selection, selectionSet: withTypename(selection.selectionSet, false) }
      : selection,
  );
  const hasTypename = selections.some(
    (selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename',
  );
  return { ...selectionSet, selections: root || hasTypename ? selections : [...selections, TYPENAME] };
}

function operationOf(document: DocumentNode): { name: string | undefined; text: string } {
  const definitions = document.definitions.map((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION
      ? {
          ...definition,
          selectionSet: withTypename(definition.selectionSet, definition.kind === Kind.OPERATION_DEFINITION),
        }
      : definition,
  );
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return { name: operation?.name?.value, text: print({ ...document, definitions }) };
}

/**
 * One GraphQL request without Apollo Client, for the login page, which should not download the client
 * (docs/performance.md). It sends what Apollo's HttpLink sends (a JSON POST to /graphql with the
 * session cookie, `__typename` in every selection, so the answer can go into Apollo's cache as it is) and
 * fails with the errors Apollo Client raises (lib/errors.ts reads them).
 */
export async function graphqlRequest<Data, Variables extends Record<string, unknown>>(
  document: TypedDocumentNode<Data, Variables>,
  variables?: Variables,
): Promise<Data> {
  const { name, text } = operationOf(document);
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      accept: 'application/graphql-response+json,application/json;q=0.9',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ operationName: name, variables: variables ?? {}, query: text }),
  });
  const bodyText = await response.text();
  // As Apollo's HttpLink: a non-2xx answer is a server error unless it is typed as a GraphQL response.
  if (response.status >= 300 && !response.headers.get('content-type')?.includes('application/graphql-response+json')) {
    throw new ServerError(`Response not successful: Received status code ${response.status}`, { response, bodyText });
  }
  let result: { data?: Data | null; errors?: unknown[] };
  try {
    result = JSON.parse(bodyText) as typeof result;
  } catch (error) {
    throw new ServerParseError(error, { response, bodyText });
  }
  if (!('data' in result) && !('errors' in result)) {
    throw new ServerError(`Server response was malformed for query '${name}'.`, { response, bodyText });
  }
  if (result.errors?.length) {
    throw new CombinedGraphQLErrors(result as never);
  }
  return result.data as Data;
}
