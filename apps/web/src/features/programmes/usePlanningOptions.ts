import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { PlanningOptionsDocument } from '../../gql/graphql';

/** Venues, facilitators and host municipalities of the region, as select options. */
export function usePlanningOptions() {
  const { data, error, refetch } = useQuery(PlanningOptionsDocument);
  return useMemo(
    () => ({
      venues: (data?.venues ?? []).map((v) => ({ value: v.id, label: v.room ? `${v.name} (${v.room})` : v.name })),
      facilitators: (data?.facilitators ?? []).map((f) => ({
        value: f.id,
        label: f.organisation ? `${f.name} (${f.organisation})` : f.name,
      })),
      municipalities: (data?.municipalities ?? []).map((m) => ({ value: m.id, label: m.name })),
      error,
      refetch,
    }),
    [data, error, refetch],
  );
}

export type PlanningOptions = ReturnType<typeof usePlanningOptions>;
