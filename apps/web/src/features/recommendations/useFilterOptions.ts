import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MunicipalitiesDocument, RecommendationFilterOptionsDocument } from '../../gql/graphql';

/** Facets, themes and (for analysts) municipalities as filter options; retired ones are marked, not hidden. */
export function useFilterOptions(withMunicipalities: boolean) {
  const { t } = useTranslation('recommendations');
  const options = useQuery(RecommendationFilterOptionsDocument);
  const municipalities = useQuery(MunicipalitiesDocument, { skip: !withMunicipalities });
  return useMemo(() => {
    const label = (name: string, active: boolean) => (active ? name : t('filters.retired', { name }));
    return {
      facetOptions: (options.data?.facets ?? []).map((f) => ({ value: f.id, label: label(f.name, f.active) })),
      themeOptions: (options.data?.themes.items ?? []).map((th) => ({
        value: th.id,
        label: label(th.title, th.active),
      })),
      municipalityOptions: withMunicipalities
        ? (municipalities.data?.municipalities ?? []).map((m) => ({ value: m.id, label: m.name }))
        : null,
      error: options.error ?? municipalities.error,
      refetch: () => {
        void options.refetch();
        if (withMunicipalities) {
          void municipalities.refetch();
        }
      },
    };
  }, [options, municipalities, withMunicipalities, t]);
}
