import { Checkbox, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../components/SearchField';
import { PRIORITIES, STATUSES, isPriority, isStatus } from './followUp';
import type { RecommendationListParams } from './recommendationListParams';
import { DateField } from '../../components/DateFields';

type Option = { value: string; label: string };

interface Props {
  search: string;
  onSearchChange: (value: string) => void;
  params: RecommendationListParams;
  onChange: (changes: Partial<RecommendationListParams>) => void;
  facetOptions: Option[];
  themeOptions: Option[];
  /** Only for viewers who see several municipalities (analysts). */
  municipalityOptions: Option[] | null;
  /** Only for those who assign owners (the municipality's coordinators). */
  ownerOptions: Option[] | null;
}

export function RecommendationFilters({
  search,
  onSearchChange,
  params,
  onChange,
  facetOptions,
  themeOptions,
  municipalityOptions,
  ownerOptions,
}: Props) {
  const { t } = useTranslation('recommendations');
  const width = { base: '100%', sm: 200 };
  return (
    <Group align="flex-end" gap="md" role="search" aria-label={t('filters.label')}>
      <SearchField
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        value={search}
        onChange={onSearchChange}
        width={260}
      />
      {municipalityOptions && (
        <Select
          label={t('filters.municipality')}
          placeholder={t('filters.allMunicipalities')}
          data={municipalityOptions}
          value={params.municipalityId}
          onChange={(municipalityId) => onChange({ municipalityId })}
          clearable
          searchable
          w={width}
        />
      )}
      <Select
        label={t('filters.facet')}
        placeholder={t('filters.allFacets')}
        data={facetOptions}
        value={params.facetId}
        onChange={(facetId) => onChange({ facetId })}
        clearable
        searchable
        w={width}
      />
      <Select
        label={t('filters.theme')}
        placeholder={t('filters.allThemes')}
        data={themeOptions}
        value={params.themeId}
        onChange={(themeId) => onChange({ themeId })}
        clearable
        searchable
        w={width}
      />
      <Select
        label={t('filters.priority')}
        placeholder={t('filters.allPriorities')}
        data={PRIORITIES.map((p) => ({ value: p, label: t(`priorityLong.${p}`) }))}
        value={params.priority}
        onChange={(value) => onChange({ priority: isPriority(value) ? value : null })}
        clearable
        w={{ base: '100%', sm: 170 }}
      />
      <Select
        label={t('filters.status')}
        placeholder={t('filters.allStatuses')}
        data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        value={params.status}
        onChange={(value) => onChange({ status: isStatus(value) ? value : null })}
        clearable
        w={{ base: '100%', sm: 170 }}
      />
      {ownerOptions && (
        <Select
          label={t('filters.owner')}
          placeholder={t('filters.allOwners')}
          data={ownerOptions}
          value={params.ownerUserId}
          onChange={(ownerUserId) => onChange({ ownerUserId })}
          clearable
          searchable
          w={width}
        />
      )}
      <DateField
        label={t('filters.dueFrom')}
        value={params.dueFrom ?? ''}
        onChange={(value) => onChange({ dueFrom: value || null })}
        w={{ base: '100%', sm: 160 }}
      />
      <DateField
        label={t('filters.dueTo')}
        value={params.dueTo ?? ''}
        minDate={params.dueFrom ?? undefined}
        onChange={(value) => onChange({ dueTo: value || null })}
        w={{ base: '100%', sm: 160 }}
      />
      <Checkbox
        label={t('filters.overdue')}
        checked={params.overdue === true}
        onChange={(event) => onChange({ overdue: event.currentTarget.checked ? true : null })}
        mb={8}
      />
    </Group>
  );
}
