import { ActionIcon, Group, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconArchive, IconArrowDown, IconArrowUp, IconDots, IconPencil, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FacetAdminFieldsFragment } from '../../gql/graphql';
import { AppBadge } from '../../components/AppBadge';

interface Props {
  /** Already in display order. */
  facets: FacetAdminFieldsFragment[];
  onMove: (facet: FacetAdminFieldsFragment, step: -1 | 1) => void;
  onEdit: (facet: FacetAdminFieldsFragment) => void;
  onToggleActive: (facet: FacetAdminFieldsFragment) => void;
}

/** Move buttons carry data-move, so the page can put focus back on them after the row has moved. */
export function FacetsTable({ facets, onMove, onEdit, onToggleActive }: Props) {
  const { t } = useTranslation('facets');
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="sm">
        <VisuallyHidden component="caption">{t('tableCaption')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.position')}</Table.Th>
            <Table.Th>{t('columns.name')}</Table.Th>
            <Table.Th>{t('columns.description')}</Table.Th>
            <Table.Th>{t('columns.status')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {facets.map((facet, index) => (
            <Table.Tr key={facet.id}>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Text size="sm" w={24}>
                    {index + 1}
                  </Text>
                  {facet.viewerCan.edit && (
                    <>
                      <ActionIcon
                        variant="subtle"
                        color="gray.8"
                        aria-label={t('moveUp', { name: facet.name })}
                        disabled={index === 0}
                        data-move={`${facet.id}:up`}
                        onClick={() => onMove(facet, -1)}
                      >
                        <IconArrowUp size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="gray.8"
                        aria-label={t('moveDown', { name: facet.name })}
                        disabled={index === facets.length - 1}
                        data-move={`${facet.id}:down`}
                        onClick={() => onMove(facet, 1)}
                      >
                        <IconArrowDown size={16} aria-hidden />
                      </ActionIcon>
                    </>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {facet.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {facet.description}
                </Text>
              </Table.Td>
              <Table.Td>
                <AppBadge tone={facet.active ? 'success' : 'neutral'} variant="light">
                  {t(facet.active ? 'status.active' : 'status.retired')}
                </AppBadge>
              </Table.Td>
              <Table.Td>
                {facet.viewerCan.edit && (
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray.8" aria-label={t('actionsFor', { name: facet.name })}>
                        <IconDots size={18} aria-hidden />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onEdit(facet)}>
                        {t('edit')}
                      </Menu.Item>
                      <Menu.Item
                        color={facet.active ? 'red.9' : undefined}
                        leftSection={
                          facet.active ? <IconArchive size={16} aria-hidden /> : <IconRestore size={16} aria-hidden />
                        }
                        onClick={() => onToggleActive(facet)}
                      >
                        {t(facet.active ? 'retire' : 'reactivate')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
