import { describe, expect, it } from 'vitest';
import type { AdminUserFieldsFragment } from '../../gql/graphql';
import { userFormValues } from './userFormValues';

const almelo = { __typename: 'Municipality' as const, id: 'm-almelo', name: 'Almelo' };
const enschede = { __typename: 'Municipality' as const, id: 'm-enschede', name: 'Enschede' };
const participant: AdminUserFieldsFragment = {
  __typename: 'User',
  id: 'u1',
  email: 'jan@example.nl',
  name: 'Jan',
  role: 'PARTICIPANT',
  disabled: false,
  version: 3,
  createdAt: '2025-01-01T00:00:00Z',
  municipality: almelo,
  pendingRoleGrant: null,
};

describe('user form values', () => {
  it('are the stored fields of the account', () => {
    expect(userFormValues(participant)).toEqual({
      name: 'Jan',
      email: 'jan@example.nl',
      role: 'PARTICIPANT',
      municipalityId: 'm-almelo',
    });
  });

  it('continue from a pending request, also one for a role without a municipality', () => {
    const moving: AdminUserFieldsFragment = {
      ...participant,
      pendingRoleGrant: {
        __typename: 'RoleGrant',
        id: 'g1',
        requestedRole: 'MUNICIPAL_COORDINATOR',
        municipality: enschede,
      },
    };
    expect(userFormValues(moving)).toMatchObject({ role: 'MUNICIPAL_COORDINATOR', municipalityId: 'm-enschede' });
    const analyst: AdminUserFieldsFragment = {
      ...participant,
      pendingRoleGrant: { __typename: 'RoleGrant', id: 'g2', requestedRole: 'RIEC_ANALYST', municipality: null },
    };
    expect(userFormValues(analyst)).toMatchObject({ role: 'RIEC_ANALYST', municipalityId: null });
  });

  it('are empty for a new account', () => {
    expect(userFormValues(null)).toEqual({ name: '', email: '', role: null, municipalityId: null });
  });
});
