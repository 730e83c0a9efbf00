import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { ActivityThemeOptionsDocument } from '../../gql/graphql';

/** The region's themes as select options, by title; retired ones marked so forms can disable them. */
export function useThemeOptions() {
  const { data, error, refetch } = useQuery(ActivityThemeOptionsDocument);
  const themes = data?.themes.items;
  const options = useMemo(
    () =>
      (themes ?? [])
        .map((theme) => ({ value: theme.id, label: theme.title, active: theme.active }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [themes],
  );
  return { options, themes: themes ?? [], error, refetch };
}
