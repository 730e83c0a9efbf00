import { minimumRecommendationsForShares } from '@rode-draad/shared';
import { Card, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PictureData } from '../pictureLines';
import { useBandLabel } from '../PictureParts';
import { ProgressText, sidesOf } from './LearningEffectParts';

/**
 * Learning → follow-up on the picture page (snapshot or preview): per theme, the two sides as they
 * were stored with the snapshot, banded, with the definitions in plain words.
 */
export function LearningEffectSection({ picture }: { picture: PictureData }) {
  const { t } = useTranslation('learningEffect');
  const bandLabel = useBandLabel();
  const k = picture.threshold;
  const computed = picture.lines.some((line) => line.learningEffect);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="learning-effect-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="learning-effect-title">
          {t('title')}
        </Title>
        <Text size="sm">{t('intro')}</Text>
        <details>
          <summary>
            <Text span size="sm" fw={600}>
              {t('definitions.title')}
            </Text>
          </summary>
          <List size="sm" spacing={4} mt="xs">
            <List.Item>{t('definitions.tookPart')}</List.Item>
            <List.Item>{t('definitions.progress')}</List.Item>
            <List.Item>{t('definitions.disclosure', { k, minimum: minimumRecommendationsForShares(k) })}</List.Item>
            <List.Item>{t('definitions.caution')}</List.Item>
          </List>
        </details>
        {!computed ? (
          <Text size="sm">{picture.lines.length ? t('notComputed') : t('noThemes')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing="sm">
              <caption>{t('table.caption')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th rowSpan={2} scope="col">
                    {t('table.theme')}
                  </Table.Th>
                  <Table.Th colSpan={2} scope="colgroup">
                    {t('table.tookPart')}
                  </Table.Th>
                  <Table.Th colSpan={2} scope="colgroup">
                    {t('table.didNot')}
                  </Table.Th>
                </Table.Tr>
                <Table.Tr>
                  {[0, 1].flatMap((side) => [
                    <Table.Th key={`m${side}`} scope="col">
                      {t('table.municipalities')}
                    </Table.Th>,
                    <Table.Th key={`p${side}`} scope="col">
                      {t('table.progress')}
                    </Table.Th>,
                  ])}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {picture.lines.map(({ theme, learningEffect: effect }) => {
                  const sides = sidesOf(effect);
                  return (
                    <Table.Tr key={theme.id}>
                      <Table.Th scope="row" fw={500}>
                        {theme.title}
                      </Table.Th>
                      {!sides ? (
                        <Table.Td colSpan={4}>
                          <Text size="sm" c="dimmed" fs="italic">
                            {effect ? t('suppressed') : t('notComputed')}
                          </Text>
                        </Table.Td>
                      ) : (
                        sides.flatMap((side, i) => [
                          <Table.Td key={`m${i}`}>{bandLabel(side.municipalities)}</Table.Td>,
                          <Table.Td key={`p${i}`}>
                            <ProgressText progress={side.progress} />
                          </Table.Td>,
                        ])
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
