import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ThemeFacetOptionsDocument } from '../../gql/graphql';

/**
 * The region's facets as select options, in the framework's order. Retired ones stay listed
 * (marked, and not choosable for new links) so that existing links still show their name.
 */
export function useFacetOptions() {
  const { t } = useTranslation('themes');
  const { data, error, refetch } = useQuery(ThemeFacetOptionsDocument);
  const options = useMemo(
    () =>
      (data?.facets ?? []).map((f) => ({
        value: f.id,
        label: f.active ? f.name : t('form.retiredFacet', { name: f.name }),
        active: f.active,
      })),
    [data, t],
  );
  return { options, error, refetch };
}
