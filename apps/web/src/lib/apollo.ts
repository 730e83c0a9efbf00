import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { MeDocument } from '../gql/graphql';
import { isUnauthenticated } from './errors';

/** Operations whose UNAUTHENTICATED answer is their normal result, not an ended session. */
const ANONYMOUS_OPERATIONS = new Set(['Login']);

/**
 * The session lives in an HttpOnly cookie on the same origin. Apollo Client's default
 * `application/json` POSTs are what the API's CSRF prevention expects, so queries never use GET.
 */
export function createApolloClient(options: { onSessionEnded: () => void }): ApolloClient {
  const endSession = new ErrorLink(({ error, operation }) => {
    if (isUnauthenticated(error) && !ANONYMOUS_OPERATIONS.has(operation.operationName ?? '')) {
      options.onSessionEnded();
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([endSession, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { notifyOnNetworkStatusChange: true },
    },
  });
}

/** Forgets all server data of the previous user and marks the viewer as logged out. */
export async function forgetViewer(client: ApolloClient): Promise<void> {
  await client.clearStore();
  client.writeQuery({ query: MeDocument, data: { me: null } });
}
