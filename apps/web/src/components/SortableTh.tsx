import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { SortParams } from '../lib/listParams';

interface Props<F extends string> {
  field: F;
  sort: SortParams<F>;
  onSort: (field: F) => void;
  /** The column's visible name. */
  label: string;
  /** The button's accessible name, e.g. "Sort by name". */
  sortLabel: string;
}

/** A column header that sorts the list by its field; `aria-sort` tells screen readers which column is sorted. */
export function SortableTh<F extends string>({ field, sort, onSort, label, sortLabel }: Props<F>) {
  const active = sort.sortField === field;
  const Icon = !active ? IconSelector : sort.sortDirection === 'ASC' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th aria-sort={active ? (sort.sortDirection === 'ASC' ? 'ascending' : 'descending') : undefined}>
      <UnstyledButton onClick={() => onSort(field)} aria-label={sortLabel}>
        <Group gap={4} wrap="nowrap">
          <Text fw={700} size="sm">
            {label}
          </Text>
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
