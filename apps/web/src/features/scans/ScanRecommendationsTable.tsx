import { ActionIcon, Anchor, Button, Checkbox, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowBackUp, IconDots, IconPencil, IconTags, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScanRecommendationsQuery } from '../../gql/graphql';
import { recommendationPath } from '../../lib/navigation';
import { PriorityBadge, StatusBadge } from '../recommendations/RecommendationBadges';

export type ScanRecommendation = ScanRecommendationsQuery['recommendations']['items'][number];

interface Props {
  recommendations: ScanRecommendation[];
  onEdit: (rec: ScanRecommendation) => void;
  onLinkThemes: (rec: ScanRecommendation) => void;
  onCarriedOver: (rec: ScanRecommendation) => void;
  onDelete: (rec: ScanRecommendation) => void;
  /** Rows chosen for linking to themes at once; no checkboxes without it. */
  selection?: { ids: ReadonlySet<string>; onChange: (ids: Set<string>) => void };
  /** Whether each row feeds the regional picture; absent for viewers who may not see consent. */
  holdBack?: { canChange: boolean; onToggle: (rec: ScanRecommendation) => void };
}

export function ScanRecommendationsTable({
  recommendations,
  onEdit,
  onLinkThemes,
  onCarriedOver,
  onDelete,
  selection,
  holdBack,
}: Props) {
  const { t } = useTranslation('scans');
  const { t: tr } = useTranslation('recommendations');
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <VisuallyHidden component="caption">{t('detail.tableCaption')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            {selection && (
              <Table.Th>
                <Checkbox
                  aria-label={t('bulkThemes.selectAll')}
                  checked={recommendations.length > 0 && recommendations.every((r) => selection.ids.has(r.id))}
                  indeterminate={selection.ids.size > 0 && !recommendations.every((r) => selection.ids.has(r.id))}
                  onChange={(event) =>
                    selection.onChange(new Set(event.currentTarget.checked ? recommendations.map((r) => r.id) : []))
                  }
                />
              </Table.Th>
            )}
            <Table.Th>{tr('columns.PRIORITY')}</Table.Th>
            <Table.Th>{tr('columns.REFERENCE')}</Table.Th>
            <Table.Th>{tr('columns.TITLE')}</Table.Th>
            <Table.Th>{tr('columns.facet')}</Table.Th>
            <Table.Th>{tr('columns.STATUS')}</Table.Th>
            <Table.Th>{tr('columns.themes')}</Table.Th>
            {holdBack && <Table.Th>{t('holdBack.column')}</Table.Th>}
            <Table.Th>
              <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {recommendations.map((rec) => (
            <Table.Tr key={rec.id}>
              {selection && (
                <Table.Td>
                  <Checkbox
                    aria-label={t('bulkThemes.select', { title: rec.title })}
                    checked={selection.ids.has(rec.id)}
                    onChange={(event) => {
                      const next = new Set(selection.ids);
                      if (event.currentTarget.checked) {
                        next.add(rec.id);
                      } else {
                        next.delete(rec.id);
                      }
                      selection.onChange(next);
                    }}
                  />
                </Table.Td>
              )}
              <Table.Td>
                <PriorityBadge priority={rec.priority} />
              </Table.Td>
              <Table.Td>{rec.reference ?? '—'}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={recommendationPath(rec.id)} size="sm" fw={500}>
                  {rec.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{rec.facet.name}</Table.Td>
              <Table.Td>
                <StatusBadge status={rec.status} />
              </Table.Td>
              <Table.Td>{rec.themes.length > 0 ? rec.themes.map((theme) => theme.title).join(', ') : '—'}</Table.Td>
              {holdBack && (
                <Table.Td>
                  <Text size="sm" span fw={rec.holdBack ? 700 : 400}>
                    {t(rec.holdBack ? 'holdBack.heldBack' : 'holdBack.shared')}
                  </Text>
                  {holdBack.canChange && (
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      ml="xs"
                      aria-label={t(rec.holdBack ? 'holdBack.releaseFor' : 'holdBack.holdFor', { title: rec.title })}
                      onClick={() => holdBack.onToggle(rec)}
                    >
                      {t(rec.holdBack ? 'holdBack.release' : 'holdBack.hold')}
                    </Button>
                  )}
                </Table.Td>
              )}
              <Table.Td>
                {rec.viewerCan.edit && (
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon
                        variant="subtle"
                        color="gray.8"
                        aria-label={t('recActions.actionsFor', { title: rec.title })}
                      >
                        <IconDots size={18} aria-hidden />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onEdit(rec)}>
                        {t('recActions.edit')}
                      </Menu.Item>
                      <Menu.Item leftSection={<IconTags size={16} aria-hidden />} onClick={() => onLinkThemes(rec)}>
                        {t('recActions.linkThemes')}
                      </Menu.Item>
                      <Menu.Item
                        leftSection={<IconArrowBackUp size={16} aria-hidden />}
                        onClick={() => onCarriedOver(rec)}
                      >
                        {t('carriedOver.menu')}
                      </Menu.Item>
                      <Menu.Item
                        color="red.9"
                        leftSection={<IconTrash size={16} aria-hidden />}
                        onClick={() => onDelete(rec)}
                      >
                        {t('recActions.delete')}
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
