import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { isUnauthenticated } from './errors';

/**
 * The session lives in an HttpOnly cookie on the same origin. Apollo Client's default
 * `application/json` POSTs are what the API's CSRF prevention expects, so queries never use GET.
 */
export function createApolloClient(options: { onSessionEnded: () => void }): ApolloClient {
  // Logging in, whose UNAUTHENTICATED answer is its normal result, does not come through here
  // (features/auth/LoginPage.tsx).
  const endSession = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) {
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
