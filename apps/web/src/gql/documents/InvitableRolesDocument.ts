/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
import type { InvitableRolesQuery, InvitableRolesQueryVariables } from '../graphql';

export const InvitableRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitableRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitableRoles"}}]}}]} as unknown as DocumentNode<InvitableRolesQuery, InvitableRolesQueryVariables>;
