import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { SessionFilterOptionsDocument } from '../../gql/graphql';

/** The region's active themes and municipalities, as select options. */
export function useSessionFilterOptions() {
  const { data, error, refetch } = useQuery(SessionFilterOptionsDocument);
  return useMemo(
    () => ({
      themes: (data?.themes.items ?? []).map((theme) => ({ value: theme.id, label: theme.title })),
      municipalities: (data?.municipalities ?? []).map((m) => ({ value: m.id, label: m.name })),
      error,
      refetch,
    }),
    [data, error, refetch],
  );
}
