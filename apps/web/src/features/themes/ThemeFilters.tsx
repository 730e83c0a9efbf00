import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ActiveFilter } from './themeListParams';

interface Props {
  search: string;
  onSearchChange: (value: string) => void;
  active: ActiveFilter;
  onActiveChange: (value: ActiveFilter) => void;
  facetId: string | null;
  onFacetChange: (value: string | null) => void;
  facetOptions: { value: string; label: string }[];
}

export function ThemeFilters(props: Props) {
  const { t } = useTranslation('themes');
  return (
    <Group align="flex-end" gap="md" role="search" aria-label={t('search')}>
      <TextInput
        label={t('search')}
        placeholder={t('searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={props.search}
        onChange={(event) => props.onSearchChange(event.currentTarget.value)}
        type="search"
        maxLength={100}
        w={{ base: '100%', sm: 280 }}
      />
      <Select
        label={t('statusFilter')}
        placeholder={t('allStatuses')}
        data={[
          { value: 'active', label: t('status.active') },
          { value: 'retired', label: t('status.retired') },
        ]}
        value={props.active}
        onChange={(value) => props.onActiveChange(value === 'active' || value === 'retired' ? value : null)}
        clearable
        w={{ base: '100%', sm: 200 }}
      />
      <Select
        label={t('facetFilter')}
        placeholder={t('allFacets')}
        data={props.facetOptions}
        value={props.facetId}
        onChange={props.onFacetChange}
        clearable
        searchable
        w={{ base: '100%', sm: 260 }}
      />
    </Group>
  );
}
