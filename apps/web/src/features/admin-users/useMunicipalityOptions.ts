import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { MunicipalitiesDocument } from '../../gql/graphql';

/** The viewer's region's municipalities as select options, already sorted by name by the API. */
export function useMunicipalityOptions() {
  const { data, loading, error, refetch } = useQuery(MunicipalitiesDocument);
  const options = useMemo(() => (data?.municipalities ?? []).map((m) => ({ value: m.id, label: m.name })), [data]);
  return { options, loading, error, refetch };
}
