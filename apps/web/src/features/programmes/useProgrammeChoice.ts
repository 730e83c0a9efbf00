import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { ProgrammesDocument } from '../../gql/graphql';

/**
 * The programme a programme-wide view shows: the one in the URL (?programme=), else the active one,
 * else the newest. Kept in the URL so a link shows the same programme.
 */
export function useProgrammeChoice() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { data, error, refetch } = useQuery(ProgrammesDocument);
  const programmes = data?.programmes;
  const wanted = searchParams.get('programme');
  const chosen =
    programmes?.find((p) => p.id === wanted) ??
    programmes?.find((p) => p.status === 'ACTIVE') ??
    programmes?.[0] ??
    null;
  const choose = (id: string) => {
    const next = new URLSearchParams(searchParams);
    next.set('programme', id);
    setSearchParams(next, { replace: true });
  };
  return { programmes, chosen, choose, error, refetch };
}
