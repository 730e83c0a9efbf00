import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ScanFieldsFragment } from '../../gql/graphql';
import { formatLocalDate } from '../recommendations/followUp';
import { useDeleteScan } from './useDeleteScan';

export function ScanActions({
  scan,
  onEdit,
  onDeleted,
}: {
  scan: ScanFieldsFragment;
  onEdit: () => void;
  onDeleted?: () => void;
}) {
  const { t, i18n } = useTranslation('scans');
  const deleteScan = useDeleteScan();
  const label = t('actionsFor', {
    municipality: scan.municipality.name,
    date: formatLocalDate(scan.scanDate, i18n.language),
  });
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray.8" aria-label={label}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
          {t('edit')}
        </Menu.Item>
        <Menu.Item
          color="red.9"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={() => deleteScan(scan, onDeleted)}
        >
          {t('delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
