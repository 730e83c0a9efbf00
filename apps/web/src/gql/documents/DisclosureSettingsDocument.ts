/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
import type { DisclosureSettingsQuery, DisclosureSettingsQueryVariables } from '../graphql';

export const DisclosureSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosureSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosureSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxThreshold"}}]}}]}}]} as unknown as DocumentNode<DisclosureSettingsQuery, DisclosureSettingsQueryVariables>;
