import { Anchor, Button, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import type { ProgrammeBuilderQuery } from '../../gql/graphql';
import { formatAmsterdamRange } from '../../lib/amsterdamTime';
import { PATHS } from '../../lib/navigation';
import { useBandLabel } from '../picture/PictureParts';

export type BuilderTheme = ProgrammeBuilderQuery['programmeBuilder']['themes'][number];

interface Props {
  themes: BuilderTheme[];
  programmeName: string;
  canCreate: boolean;
  onCreate: (theme: BuilderTheme['theme']) => void;
}

export function BuilderTable({ themes, programmeName, canCreate, onCreate }: Props) {
  const { t, i18n } = useTranslation('programmeBuilder');
  const bandLabel = useBandLabel();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing="sm">
        <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>
          {t('caption', { programme: programmeName })}
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('rank')}</Table.Th>
            <Table.Th scope="col">{t('theme')}</Table.Th>
            <Table.Th scope="col">{t('municipalities')}</Table.Th>
            <Table.Th scope="col">{t('offer')}</Table.Th>
            <Table.Th scope="col">{t('next')}</Table.Th>
            {canCreate && <Table.Th scope="col">{t('actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {themes.map((row) => (
            <Table.Tr key={row.theme.id}>
              <Table.Td>{row.rank}</Table.Td>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={generatePath(PATHS.theme, { id: row.theme.id })} size="sm">
                  {row.theme.title}
                </Anchor>
              </Table.Th>
              <Table.Td>
                {row.municipalities ? (
                  bandLabel(row.municipalities)
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('notInPicture')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {row.activityCount === 0 ? (
                  <Text size="sm" fw={600}>
                    {t('noOffer')}
                  </Text>
                ) : (
                  t('activities', { count: row.activityCount })
                )}
              </Table.Td>
              <Table.Td>
                {row.nextSession ? (
                  <Anchor
                    component={Link}
                    to={generatePath(PATHS.activity, { id: row.nextSession.activity.id })}
                    size="sm"
                  >
                    {row.nextSession.activity.title},{' '}
                    {formatAmsterdamRange(row.nextSession.startsAt, row.nextSession.endsAt, i18n.language)}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('noNext')}
                  </Text>
                )}
              </Table.Td>
              {canCreate && (
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconPlus size={14} aria-hidden />}
                    onClick={() => onCreate(row.theme)}
                    aria-label={t('newActivityFor', { theme: row.theme.title })}
                  >
                    {t('newActivity')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
