import type { UserSortField } from '../../gql/graphql';
import { defineListParams, idField, nextSort as nextListSort, oneOfField, textField } from '../../lib/listParams';
import { ROLES } from '@rode-draad/shared';

const SORT_FIELDS: readonly UserSortField[] = ['NAME', 'EMAIL', 'ROLE', 'CREATED_AT'];

export const userListParams = defineListParams({
  filters: { search: textField('q'), role: oneOfField('role', ROLES), municipalityId: idField('municipality') },
  sort: { fields: SORT_FIELDS, initial: 'NAME' },
});

export type UserListParams = typeof userListParams.defaults;

/** Dates start newest first, everything else A–Z. */
export function nextSort(params: UserListParams, field: UserSortField) {
  return nextListSort(params, field, field === 'CREATED_AT' ? 'DESC' : 'ASC');
}
