import { LOCALES, ROLES, type Locale, type Role } from '@rode-draad/shared';
import { registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const RoleEnum = asEnum<Role>(ROLES);
registerEnumType(RoleEnum, { name: 'Role', description: 'What a user may do on the platform.' });

export const LocaleEnum = asEnum<Locale>(LOCALES);
registerEnumType(LocaleEnum, { name: 'Locale', description: 'Interface language.' });

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });
