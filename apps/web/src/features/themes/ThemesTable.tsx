import { ActionIcon, Anchor, Group, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconArchive, IconDots, IconPencil, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { SortableTh } from '../../components/SortableTh';
import type { ThemeFieldsFragment, ThemeSortField } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';
import type { ThemeListParams } from './themeListParams';
import { AppBadge } from '../../components/AppBadge';

type Sort = Pick<ThemeListParams, 'sortField' | 'sortDirection'>;

interface Props {
  themes: ThemeFieldsFragment[];
  sort: Sort;
  onSort: (field: ThemeSortField) => void;
  onEdit: (theme: ThemeFieldsFragment) => void;
  onToggleActive: (theme: ThemeFieldsFragment) => void;
}

export function ThemesTable({ themes, sort, onSort, onEdit, onToggleActive }: Props) {
  const { t } = useTranslation('themes');
  const anyEditable = themes.some((theme) => theme.viewerCan.edit);
  // One header per sortable column: its name, and the button's accessible name "sort by <name>".
  const sortableTh = (field: ThemeSortField) => {
    const label = t(`columns.${field}`);
    return (
      <SortableTh field={field} sort={sort} onSort={onSort} label={label} sortLabel={t('sortBy', { field: label })} />
    );
  };
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <VisuallyHidden component="caption">
          {t('tableCaption', {
            field: t(`columns.${sort.sortField}`),
            direction: t(sort.sortDirection === 'ASC' ? 'ascending' : 'descending'),
          })}
        </VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            {sortableTh('TITLE')}
            {sortableTh('YEAR_IDENTIFIED')}
            <Table.Th>{t('columns.facets')}</Table.Th>
            <Table.Th>{t('columns.status')}</Table.Th>
            {anyEditable && (
              <Table.Th>
                <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {themes.map((theme) => (
            <Table.Tr key={theme.id}>
              <Table.Td>
                <Anchor component={Link} to={generatePath(PATHS.theme, { id: theme.id })} fw={500} size="sm">
                  {theme.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{theme.yearIdentified}</Table.Td>
              <Table.Td>
                {theme.facets.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('noFacets')}
                  </Text>
                ) : (
                  <Group gap={4}>
                    {theme.facets.map((facet) => (
                      <AppBadge key={facet.id} variant="outline" tone="neutral" tt="none" fw={500}>
                        {facet.name}
                      </AppBadge>
                    ))}
                  </Group>
                )}
              </Table.Td>
              <Table.Td>
                <AppBadge tone={theme.active ? 'success' : 'neutral'} variant="light">
                  {t(theme.active ? 'status.active' : 'status.retired')}
                </AppBadge>
              </Table.Td>
              {anyEditable && (
                <Table.Td>
                  {theme.viewerCan.edit && (
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon
                          variant="subtle"
                          color="gray.8"
                          aria-label={t('actionsFor', { title: theme.title })}
                        >
                          <IconDots size={18} aria-hidden />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onEdit(theme)}>
                          {t('edit')}
                        </Menu.Item>
                        <Menu.Item
                          color={theme.active ? 'red.9' : undefined}
                          leftSection={
                            theme.active ? <IconArchive size={16} aria-hidden /> : <IconRestore size={16} aria-hidden />
                          }
                          onClick={() => onToggleActive(theme)}
                        >
                          {t(theme.active ? 'retire' : 'reactivate')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
