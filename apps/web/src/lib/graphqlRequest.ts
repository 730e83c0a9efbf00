import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { Kind, print, type DocumentNode } from 'graphql';

/** The operation's name and text with `__typename` added as Apollo Client adds it (addTypenameToDocument). */
function operationOf(document: DocumentNode): { name: string | undefined; text: string } {
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return { name: operation?.name?.value, text: print(addTypenameToDocument(document)) };
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
