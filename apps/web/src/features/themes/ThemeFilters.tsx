import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../components/SearchField';
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
      <SearchField
        label={t('search')}
        placeholder={t('searchPlaceholder')}
        value={props.search}
        onChange={props.onSearchChange}
        width={280}
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
