import { isRole, type Role } from '../../lib/roles';
import type { SortDirection, UserSortField } from '../../gql/graphql';

export interface UserListParams {
  search: string;
  role: Role | null;
  municipalityId: string | null;
  sortField: UserSortField;
  sortDirection: SortDirection;
  /** 1-based, as shown to the user. */
  page: number;
}

const SORT_FIELDS: readonly UserSortField[] = ['NAME', 'EMAIL', 'ROLE', 'CREATED_AT'];

export const DEFAULT_PARAMS: UserListParams = {
  search: '',
  role: null,
  municipalityId: null,
  sortField: 'NAME',
  sortDirection: 'ASC',
  page: 1,
};

/** The list's state lives in the URL, so back, reload and shared links show the same list. */
export function parseUserListParams(query: URLSearchParams): UserListParams {
  const sortField = query.get('sort');
  const page = Number(query.get('page'));
  const role = query.get('role');
  return {
    search: query.get('q') ?? '',
    role: isRole(role) ? role : null,
    municipalityId: query.get('municipality') || null,
    sortField: SORT_FIELDS.find((f) => f === sortField) ?? DEFAULT_PARAMS.sortField,
    sortDirection: query.get('dir') === 'DESC' ? 'DESC' : 'ASC',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function serializeUserListParams(params: UserListParams): URLSearchParams {
  const query = new URLSearchParams();
  if (params.search) {
    query.set('q', params.search);
  }
  if (params.role) {
    query.set('role', params.role);
  }
  if (params.municipalityId) {
    query.set('municipality', params.municipalityId);
  }
  if (params.sortField !== DEFAULT_PARAMS.sortField || params.sortDirection !== DEFAULT_PARAMS.sortDirection) {
    query.set('sort', params.sortField);
    query.set('dir', params.sortDirection);
  }
  if (params.page > 1) {
    query.set('page', String(params.page));
  }
  return query;
}

/** Clicking the sorted column flips it; another column starts in its most useful direction. */
export function nextSort(params: UserListParams, field: UserSortField): Pick<UserListParams, 'sortField' | 'sortDirection'> {
  if (params.sortField === field) {
    return { sortField: field, sortDirection: params.sortDirection === 'ASC' ? 'DESC' : 'ASC' };
  }
  return { sortField: field, sortDirection: field === 'CREATED_AT' ? 'DESC' : 'ASC' };
}

export function hasFilters(params: UserListParams): boolean {
  return params.search.trim() !== '' || params.role !== null || params.municipalityId !== null;
}
