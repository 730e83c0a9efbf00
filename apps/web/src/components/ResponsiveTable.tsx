import { Box, Card, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useSmallScreen } from './useSmallScreen';

export interface ListColumn<T> {
  id: string;
  /** The column's name: the table's header and, on a card, the field's label. */
  label: string;
  /** A header of its own (a sortable one) instead of a plain <th> with the label. */
  header?: ReactNode;
  /** Actions: the header names them for screen readers only, and a card shows them without a label. */
  actions?: boolean;
  cell: (row: T) => ReactNode;
}

interface Props<T> {
  rows: readonly T[];
  /** `false` leaves out a column that does not apply (`showMunicipality && {...}`). */
  columns: readonly (ListColumn<T> | false)[];
  rowKey: (row: T) => string;
  /** Names the table (as its caption) and the list of cards. */
  caption: string;
  /** The column that heads each card, usually the linked title. */
  titleColumn: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** Extra attributes per row or card, e.g. `data-overdue`. */
  rowProps?: (row: T) => Record<`data-${string}`, string | undefined>;
  highlightOnHover?: boolean;
}

/**
 * A list as a table on wide screens and as cards on a phone, where a wide table would make the page
 * scroll sideways. Each card lists the same fields, labelled, with the title column on top.
 */
export function ResponsiveTable<T>({
  rows,
  columns,
  rowKey,
  caption,
  titleColumn,
  minWidth,
  rowProps,
  highlightOnHover = true,
}: Props<T>) {
  const small = useSmallScreen();
  const shown = columns.filter((column): column is ListColumn<T> => column !== false);

  if (small) {
    const title = shown.find((column) => column.id === titleColumn);
    const fields = shown.filter((column) => column !== title && !column.actions);
    const actions = shown.filter((column) => column.actions);
    return (
      <Stack component="ul" gap="sm" m={0} p={0} aria-label={caption} style={{ listStyle: 'none' }}>
        {rows.map((row) => (
          <Card component="li" withBorder padding="sm" key={rowKey(row)} {...rowProps?.(row)}>
            <Stack gap="xs">
              {title && <Box fw={500}>{title.cell(row)}</Box>}
              <Stack component="dl" gap={6} m={0}>
                {fields.map((column) => (
                  <Group key={column.id} gap="xs" wrap="nowrap" align="flex-start">
                    <Text component="dt" size="sm" c="dimmed" miw={110}>
                      {column.label}
                    </Text>
                    <Box component="dd" m={0} fz="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                      {column.cell(row)}
                    </Box>
                  </Group>
                ))}
              </Stack>
              {actions.map((column) => (
                <Box key={column.id}>{column.cell(row)}</Box>
              ))}
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover={highlightOnHover} verticalSpacing="sm">
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            {shown.map((column) =>
              column.header !== undefined ? (
                <Fragment key={column.id}>{column.header}</Fragment>
              ) : (
                <Table.Th key={column.id}>
                  {column.actions ? <VisuallyHidden>{column.label}</VisuallyHidden> : column.label}
                </Table.Th>
              ),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)} {...rowProps?.(row)}>
              {shown.map((column) => (
                <Table.Td key={column.id}>{column.cell(row)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
