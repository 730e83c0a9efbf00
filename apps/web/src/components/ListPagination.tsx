import { Group, Pagination } from '@mantine/core';
import { PAGE_SIZE_DEFAULT } from '@rode-draad/shared';
import { useTranslation } from 'react-i18next';

interface Props {
  /** How many items the whole list holds. */
  total: number;
  /** 1-based; a page past the end (the list shrank) shows as the last. */
  page: number;
  onChange: (page: number) => void;
  /** The navigation landmark's name, e.g. "Pages of themes". */
  label: string;
}

/** The paging footer under a list, in pages of the API's default size; nothing while the list fits one page. */
export function ListPagination({ total, page, onChange, label }: Props) {
  const { t } = useTranslation();
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE_DEFAULT));
  if (pageCount <= 1) {
    return null;
  }
  return (
    <Group component="nav" justify="center" aria-label={label}>
      <Pagination
        total={pageCount}
        value={Math.min(page, pageCount)}
        onChange={onChange}
        getControlProps={(control) => ({ 'aria-label': t(`common.pagination.${control}`) })}
        getItemProps={(value) => ({ 'aria-label': t('common.pagination.page', { page: value }) })}
      />
    </Group>
  );
}
