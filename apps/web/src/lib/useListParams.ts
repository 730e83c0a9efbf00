import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ListParamsSpec } from './listParams';

const SEARCH_DEBOUNCE_MS = 300;

/**
 * A list page's URL state: the parsed params, `update` (which starts again at the first page unless it pages),
 * the search box's own text (it reaches the URL only once typing settles) and "clear filters".
 */
export function useListParams<P extends { search: string; page: number }>(spec: ListParamsSpec<P>) {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = spec.parse(searchParams);
  const [searchInput, setSearchInput] = useState(params.search);
  const [debouncedSearch] = useDebouncedValue(searchInput, SEARCH_DEBOUNCE_MS);

  const update = (changes: Partial<P>) => {
    // Any change but paging itself starts again at the first page.
    const page = changes.page ?? 1;
    setSearchParams(spec.serialize({ ...params, ...changes, page }), { replace: true });
  };

  useEffect(() => {
    if (debouncedSearch !== params.search) {
      update({ search: debouncedSearch } as Partial<P>);
    }
    // Only a settled search should reach the URL; reacting to `params` too would undo typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [debouncedSearch]);

  const clearFilters = () => {
    setSearchInput('');
    setSearchParams(spec.serialize(spec.cleared(params)), { replace: true });
  };

  return { params, update, searchInput, setSearchInput, clearFilters, filtered: spec.hasFilters(params) };
}
