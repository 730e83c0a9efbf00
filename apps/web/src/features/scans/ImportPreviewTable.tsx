import { Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportColumn, PreviewRecommendationImportQuery } from '../../gql/graphql';
import { problemsByCell, type RowProblem } from './importFile';

type PreviewRow = PreviewRecommendationImportQuery['previewRecommendationImport']['rows'][number];

const COLUMNS: readonly ImportColumn[] = ['REFERENCE', 'TITLE', 'FACET', 'PRIORITY', 'THEMES'];

function cellText(row: PreviewRow, column: ImportColumn): string {
  switch (column) {
    case 'REFERENCE':
      return row.reference ?? '';
    case 'TITLE':
      return row.title;
    case 'FACET':
      return row.facetName;
    case 'PRIORITY':
      return row.priority ?? '';
    case 'THEMES':
      return row.themeTitles.join(', ');
    case 'TEXT':
      return '';
  }
}

/** The file as it would be imported, with the cells that block it marked and explained in place. */
export function ImportPreviewTable({ rows, problems }: { rows: PreviewRow[]; problems: RowProblem[] }) {
  const { t } = useTranslation('scans');
  const byCell = problemsByCell(problems);
  const explain = (reasons: string[] | undefined): ReactNode =>
    reasons?.map((reason) => (
      <Text key={reason} size="xs" c="red.9" fw={500}>
        {t(`import.reasons.${reason}`, { defaultValue: t('import.reasons.unknown') })}
      </Text>
    ));

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" withTableBorder>
        <VisuallyHidden component="caption">{t('import.previewCaption')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('import.columns.row')}</Table.Th>
            {COLUMNS.map((column) => (
              <Table.Th key={column}>{t(`import.columns.${column}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const cells = byCell.get(row.row);
            const rowProblems = cells?.get('');
            return (
              <Table.Tr key={row.row} bg={cells ? 'red.0' : undefined} data-invalid={cells ? 'true' : undefined}>
                <Table.Td>
                  <Text size="sm" fw={cells ? 700 : undefined}>
                    {row.row}
                  </Text>
                  {explain(rowProblems)}
                </Table.Td>
                {COLUMNS.map((column) => {
                  const reasons = cells?.get(column);
                  return (
                    <Table.Td
                      key={column}
                      style={
                        reasons ? { outline: '2px solid var(--mantine-color-red-9)', outlineOffset: -2 } : undefined
                      }
                    >
                      <Text size="sm">{cellText(row, column)}</Text>
                      {explain(reasons)}
                      {column === 'TITLE' && explain(cells?.get('TEXT'))}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
