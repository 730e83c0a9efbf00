import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { Outlet } from 'react-router';
import { attachClient, forgetViewer } from '../features/auth/session';
import { i18n } from '../i18n';
import { createApolloClient } from '../lib/apollo';
import { notify } from '../lib/notify';

// The route guards come in the same chunk: every route they guard needs this one first anyway.
export { RequireAuth, RequirePermission } from '../features/auth/RequireAuth';

const SESSION_ENDED_NOTICE = 'session-ended';

let client: ApolloClient | undefined;

/** One client for the whole visit, created when the first page that needs it opens. */
function sharedClient(): ApolloClient {
  if (!client) {
    client = createApolloClient({
      onSessionEnded: () => {
        // Several queries can fail at once; one notice is enough.
        notify('info', i18n.t('auth.sessionExpired'), SESSION_ENDED_NOTICE);
        void forgetViewer();
      },
    });
    attachClient(client);
  }
  return client;
}

/**
 * Apollo Client for every route but the login page (App.tsx), loaded with the first of them: the login
 * page makes its two requests without it (features/auth/session.ts).
 */
export function WithApollo() {
  return (
    <ApolloProvider client={sharedClient()}>
      <Outlet />
    </ApolloProvider>
  );
}
