import { Group, Select, TextInput } from '@mantine/core';
import { ROLES } from '@rode-draad/shared';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isRole, type Role } from '../../lib/roles';

interface Props {
  search: string;
  onSearchChange: (value: string) => void;
  role: Role | null;
  onRoleChange: (value: Role | null) => void;
  municipalityId: string | null;
  onMunicipalityChange: (value: string | null) => void;
  municipalityOptions: { value: string; label: string }[];
}

export function UserFilters(props: Props) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="md" role="search" aria-label={t('adminUsers.search')}>
      <TextInput
        label={t('adminUsers.search')}
        placeholder={t('adminUsers.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={props.search}
        onChange={(event) => props.onSearchChange(event.currentTarget.value)}
        type="search"
        maxLength={100}
        w={{ base: '100%', sm: 280 }}
      />
      <Select
        label={t('adminUsers.roleFilter')}
        placeholder={t('adminUsers.allRoles')}
        data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        value={props.role}
        onChange={(value) => props.onRoleChange(isRole(value) ? value : null)}
        clearable
        w={{ base: '100%', sm: 220 }}
      />
      <Select
        label={t('adminUsers.municipalityFilter')}
        placeholder={t('adminUsers.allMunicipalities')}
        data={props.municipalityOptions}
        value={props.municipalityId}
        onChange={props.onMunicipalityChange}
        clearable
        searchable
        w={{ base: '100%', sm: 220 }}
      />
    </Group>
  );
}
