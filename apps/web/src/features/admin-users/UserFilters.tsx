import { Group, Select } from '@mantine/core';
import { ROLES } from '@rode-draad/shared';
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../components/SearchField';
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
      <SearchField
        label={t('adminUsers.search')}
        placeholder={t('adminUsers.searchPlaceholder')}
        value={props.search}
        onChange={props.onSearchChange}
        width={280}
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
