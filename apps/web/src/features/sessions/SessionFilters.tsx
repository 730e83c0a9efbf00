import { ACTIVITY_FORMATS } from '@rode-draad/shared';
import { Button, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../components/SearchField';
import type { ActivityFormat } from '../../gql/graphql';
import { parseDayKey } from './calendarDays';
import { type SessionListParams } from './sessionListParams';
import { DateField } from '../../components/DateFields';

type Option = { value: string; label: string };

interface Props {
  params: SessionListParams;
  search: string;
  onSearchChange: (value: string) => void;
  onChange: (changes: Partial<SessionListParams>) => void;
  onClear?: () => void;
  themeOptions: Option[];
  municipalityOptions: Option[];
}

export function SessionFilters({
  params,
  search,
  onSearchChange,
  onChange,
  onClear,
  themeOptions,
  municipalityOptions,
}: Props) {
  const { t } = useTranslation('sessions');
  return (
    <Group align="flex-end" gap="md" role="search" aria-label={t('filters.label')}>
      <SearchField
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        value={search}
        onChange={onSearchChange}
        width={240}
      />
      <Select
        label={t('filters.theme')}
        placeholder={t('filters.allThemes')}
        data={themeOptions}
        value={params.themeId}
        onChange={(themeId) => onChange({ themeId })}
        clearable
        searchable
        w={{ base: '100%', sm: 240 }}
      />
      <Select
        label={t('filters.format')}
        placeholder={t('filters.allFormats')}
        data={ACTIVITY_FORMATS.map((format) => ({ value: format, label: t(`formats.${format}`) }))}
        value={params.format}
        onChange={(value) =>
          onChange({ format: ACTIVITY_FORMATS.find((f): f is ActivityFormat => f === value) ?? null })
        }
        clearable
        w={{ base: '100%', sm: 190 }}
      />
      <Select
        label={t('filters.host')}
        placeholder={t('filters.allHosts')}
        data={municipalityOptions}
        value={params.hostMunicipalityId}
        onChange={(hostMunicipalityId) => onChange({ hostMunicipalityId })}
        clearable
        searchable
        w={{ base: '100%', sm: 200 }}
      />
      {params.view === 'list' && (
        <>
          <DateField
            label={t('filters.from')}
            value={params.from ?? ''}
            onChange={(value) => onChange({ from: parseDayKey(value) })}
            w={{ base: '100%', sm: 160 }}
          />
          <DateField
            label={t('filters.to')}
            value={params.to ?? ''}
            onChange={(value) => onChange({ to: parseDayKey(value) })}
            w={{ base: '100%', sm: 160 }}
          />
        </>
      )}
      {onClear && (
        <Button variant="default" onClick={onClear}>
          {t('filters.clear')}
        </Button>
      )}
    </Group>
  );
}
