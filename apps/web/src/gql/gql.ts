/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}": typeof types.ChangePasswordDocument,
    "mutation SetLocale($locale: Locale!) {\n  setLocale(locale: $locale) {\n    id\n    locale\n  }\n}": typeof types.SetLocaleDocument,
    "fragment AdminUserFields on User {\n  id\n  email\n  name\n  role\n  disabled\n  createdAt\n  municipality {\n    id\n    name\n  }\n}": typeof types.AdminUserFieldsFragmentDoc,
    "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...AdminUserFields\n  }\n}": typeof types.CreateUserDocument,
    "query Municipalities {\n  municipalities {\n    id\n    code\n    name\n  }\n}": typeof types.MunicipalitiesDocument,
    "mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n  setUserDisabled(id: $id, disabled: $disabled) {\n    id\n    disabled\n  }\n}": typeof types.SetUserDisabledDocument,
    "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    ...AdminUserFields\n  }\n}": typeof types.UpdateUserDocument,
    "query Users($filter: UserFilter, $sort: UserSort, $page: PageInput) {\n  users(filter: $filter, sort: $sort, page: $page) {\n    total\n    items {\n      ...AdminUserFields\n    }\n  }\n}": typeof types.UsersDocument,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    ...ViewerFields\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    ...ViewerFields\n  }\n}": typeof types.MeDocument,
    "fragment ViewerFields on User {\n  id\n  email\n  name\n  role\n  locale\n  municipality {\n    id\n    code\n    name\n  }\n}": typeof types.ViewerFieldsFragmentDoc,
};
const documents: Documents = {
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}": types.ChangePasswordDocument,
    "mutation SetLocale($locale: Locale!) {\n  setLocale(locale: $locale) {\n    id\n    locale\n  }\n}": types.SetLocaleDocument,
    "fragment AdminUserFields on User {\n  id\n  email\n  name\n  role\n  disabled\n  createdAt\n  municipality {\n    id\n    name\n  }\n}": types.AdminUserFieldsFragmentDoc,
    "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...AdminUserFields\n  }\n}": types.CreateUserDocument,
    "query Municipalities {\n  municipalities {\n    id\n    code\n    name\n  }\n}": types.MunicipalitiesDocument,
    "mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n  setUserDisabled(id: $id, disabled: $disabled) {\n    id\n    disabled\n  }\n}": types.SetUserDisabledDocument,
    "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    ...AdminUserFields\n  }\n}": types.UpdateUserDocument,
    "query Users($filter: UserFilter, $sort: UserSort, $page: PageInput) {\n  users(filter: $filter, sort: $sort, page: $page) {\n    total\n    items {\n      ...AdminUserFields\n    }\n  }\n}": types.UsersDocument,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    ...ViewerFields\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    ...ViewerFields\n  }\n}": types.MeDocument,
    "fragment ViewerFields on User {\n  id\n  email\n  name\n  role\n  locale\n  municipality {\n    id\n    code\n    name\n  }\n}": types.ViewerFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}"): (typeof documents)["mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetLocale($locale: Locale!) {\n  setLocale(locale: $locale) {\n    id\n    locale\n  }\n}"): (typeof documents)["mutation SetLocale($locale: Locale!) {\n  setLocale(locale: $locale) {\n    id\n    locale\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AdminUserFields on User {\n  id\n  email\n  name\n  role\n  disabled\n  createdAt\n  municipality {\n    id\n    name\n  }\n}"): (typeof documents)["fragment AdminUserFields on User {\n  id\n  email\n  name\n  role\n  disabled\n  createdAt\n  municipality {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...AdminUserFields\n  }\n}"): (typeof documents)["mutation CreateUser($input: CreateUserInput!) {\n  createUser(input: $input) {\n    ...AdminUserFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Municipalities {\n  municipalities {\n    id\n    code\n    name\n  }\n}"): (typeof documents)["query Municipalities {\n  municipalities {\n    id\n    code\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n  setUserDisabled(id: $id, disabled: $disabled) {\n    id\n    disabled\n  }\n}"): (typeof documents)["mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n  setUserDisabled(id: $id, disabled: $disabled) {\n    id\n    disabled\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    ...AdminUserFields\n  }\n}"): (typeof documents)["mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n  updateUser(id: $id, input: $input) {\n    ...AdminUserFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Users($filter: UserFilter, $sort: UserSort, $page: PageInput) {\n  users(filter: $filter, sort: $sort, page: $page) {\n    total\n    items {\n      ...AdminUserFields\n    }\n  }\n}"): (typeof documents)["query Users($filter: UserFilter, $sort: UserSort, $page: PageInput) {\n  users(filter: $filter, sort: $sort, page: $page) {\n    total\n    items {\n      ...AdminUserFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    ...ViewerFields\n  }\n}"): (typeof documents)["mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout\n}"): (typeof documents)["mutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    ...ViewerFields\n  }\n}"): (typeof documents)["query Me {\n  me {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ViewerFields on User {\n  id\n  email\n  name\n  role\n  locale\n  municipality {\n    id\n    code\n    name\n  }\n}"): (typeof documents)["fragment ViewerFields on User {\n  id\n  email\n  name\n  role\n  locale\n  municipality {\n    id\n    code\n    name\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;