import type { ApolloClient } from '@apollo/client';
import { useEffect, useState } from 'react';
import { MeDocument, type MeQuery } from '../../gql/graphql';
import { graphqlRequest } from '../../lib/graphqlRequest';
import type { Viewer } from './useViewer';

/**
 * Who is logged in, for the login page, which works without Apollo Client so that the client loads only
 * with the pages that need it (components/WithApollo.tsx). Once the client exists its cache is the one
 * source, as before; what the login page learned before that is written into the cache when it is created,
 * so the pages after logging in find the viewer there without asking again.
 */
let client: ApolloClient | undefined;
let learned: MeQuery | undefined;
let asking: Promise<MeQuery> | undefined;

/** Called once with the app's Apollo Client when it is created. */
export function attachClient(created: ApolloClient): void {
  client = created;
  if (learned) {
    created.writeQuery({ query: MeDocument, data: learned });
  }
}

function knownViewer(): MeQuery | undefined {
  return client ? (client.readQuery({ query: MeDocument }) ?? undefined) : learned;
}

async function askViewer(): Promise<MeQuery> {
  if (client) {
    const { data } = await client.query({ query: MeDocument });
    return data ?? { me: null };
  }
  asking ??= graphqlRequest(MeDocument).finally(() => {
    asking = undefined;
  });
  learned = await asking;
  return learned;
}

/** After logging in (or accepting an invitation): the viewer the API answered with. */
export function rememberViewer(me: Viewer): void {
  if (client) {
    client.writeQuery({ query: MeDocument, data: { me } });
  } else {
    learned = { me };
  }
}

/** Forgets all server data of the previous user and marks the viewer as logged out. */
export async function forgetViewer(): Promise<void> {
  learned = { me: null };
  if (client) {
    await client.clearStore();
    client.writeQuery({ query: MeDocument, data: { me: null } });
  }
}

/**
 * The viewer, fetched once if not known yet; `me` stays undefined when asking failed (the login form
 * shows then, as it did when Apollo's query failed).
 */
export function useSessionViewer(): { loading: boolean; me: Viewer | null | undefined } {
  const [state, setState] = useState(() => {
    const known = knownViewer();
    return { loading: known === undefined, me: known?.me };
  });
  const unknown = state.loading;
  useEffect(() => {
    if (!unknown) return;
    let current = true;
    askViewer().then(
      (data) => current && setState({ loading: false, me: data.me }),
      () => current && setState({ loading: false, me: undefined }),
    );
    return () => {
      current = false;
    };
  }, [unknown]);
  return state;
}
