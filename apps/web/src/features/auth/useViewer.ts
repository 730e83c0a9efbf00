import { useQuery } from '@apollo/client/react';
import { MeDocument, type ViewerFieldsFragment } from '../../gql/graphql';

export type Viewer = ViewerFieldsFragment;

/** The logged-in user from the Apollo cache; `me` is fetched once and kept current by mutations. */
export function useViewerQuery() {
  return useQuery(MeDocument);
}

/** For components rendered inside RequireAuth, where a viewer is guaranteed. */
export function useViewer(): Viewer {
  const { data } = useQuery(MeDocument, { fetchPolicy: 'cache-only' });
  if (!data?.me) {
    throw new Error('useViewer used outside RequireAuth');
  }
  return data.me;
}
