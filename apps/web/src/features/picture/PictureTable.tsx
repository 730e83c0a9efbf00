import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PictureData } from './pictureLines';
import { SHARE_KEYS, TrendText, useBandLabel, useDateFormat, useShareLabel } from './PictureParts';

/** The accessible form of the picture: every figure of the chart, plus follow-up and trend. */
export function PictureTable({ picture }: { picture: PictureData }) {
  const { t } = useTranslation('picture');
  const bandLabel = useBandLabel();
  const shareLabel = useShareLabel();
  const formatDate = useDateFormat();
  const trendHeader = picture.comparedWithPublishedAt
    ? t('table.trendSince', { date: formatDate(picture.comparedWithPublishedAt) })
    : t('table.trend');

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing="sm">
        <caption>{t('table.caption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th rowSpan={2} scope="col">
              {t('table.theme')}
            </Table.Th>
            <Table.Th rowSpan={2} scope="col">
              {t('table.municipalities')}
            </Table.Th>
            <Table.Th colSpan={4} scope="colgroup">
              {t('table.followUp')}
            </Table.Th>
            <Table.Th rowSpan={2} scope="col">
              {trendHeader}
            </Table.Th>
          </Table.Tr>
          <Table.Tr>
            {SHARE_KEYS.map((key) => (
              <Table.Th key={key} scope="col">
                {t(`table.${key}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {picture.lines.map((line) => (
            <Table.Tr key={line.theme.id}>
              <Table.Th scope="row" fw={500}>
                {line.theme.title}
              </Table.Th>
              <Table.Td>{bandLabel(line.municipalities)}</Table.Td>
              {line.followUp.suppressed ? (
                <Table.Td colSpan={4}>
                  <Text size="sm" c="dimmed" fs="italic">
                    {t('suppressed')}
                  </Text>
                </Table.Td>
              ) : (
                SHARE_KEYS.map((key) => <Table.Td key={key}>{shareLabel(line.followUp[key])}</Table.Td>)
              )}
              <Table.Td>
                <TrendText trend={line.trend} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
