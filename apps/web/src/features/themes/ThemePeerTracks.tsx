import { useQuery } from '@apollo/client/react';
import { Card, Group, List, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/PageState';
import { ThemePeerTracksDocument, type ThemePeerTracksQuery } from '../../gql/graphql';
import { useBandLabel } from '../picture/PictureParts';
import { AppBadge } from '../../components/AppBadge';
import type { BadgeTone } from '../../components/badgeStyles';
import { dateTimeFormat } from '../../lib/dateFormat';

type Track = ThemePeerTracksQuery['themeProgramme']['peerTracks'][number];

const STATUS_TONES: Record<Track['enrolmentStatus'], BadgeTone> = {
  UPCOMING: 'info',
  OPEN: 'success',
  CLOSED: 'neutral',
};

/**
 * On a theme's page: the peer-learning tracks on the theme, as part of the programme's offer. Only
 * what anyone may know: period, enrolment status, the enrolment count under the k rule and the
 * number of published groups where it gives nothing away; never which municipalities.
 */
export function ThemePeerTracks({ themeId }: { themeId: string }) {
  const { t, i18n } = useTranslation('themes');
  const { t: tc } = useTranslation();
  const bandLabel = useBandLabel();
  const { data, error, refetch } = useQuery(ThemePeerTracksDocument, { variables: { themeId } });
  const tracks = data?.themeProgramme.peerTracks;
  // Calendar dates without a time: formatted in UTC so no time zone moves them a day.
  const dateFormat = useMemo(
    () => dateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }),
    [i18n.language],
  );
  const day = (date: string) => dateFormat.format(new Date(`${date}T00:00:00Z`));

  const groups = (track: Track) =>
    track.publishedGroupCountWithheld
      ? t('peerTracks.groupsWithheld')
      : track.publishedGroupCount === null
        ? t('peerTracks.groupsNotPublished')
        : t('peerTracks.groups', { count: track.publishedGroupCount });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="theme-peer-tracks">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="theme-peer-tracks">
            {t('peerTracks.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('peerTracks.intro')}
          </Text>
        </div>
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !tracks ? (
          <Stack gap="xs" aria-busy="true">
            <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
            <Skeleton height={40} />
          </Stack>
        ) : tracks.length === 0 ? (
          <Text>{t('peerTracks.empty')}</Text>
        ) : (
          <List spacing="md" listStyleType="none" p={0}>
            {tracks.map((track) => (
              <List.Item key={track.id}>
                <Group gap="xs">
                  <Text fw={500}>{track.title}</Text>
                  <AppBadge size="sm" variant="outline" tone={STATUS_TONES[track.enrolmentStatus]}>
                    {t(`peerTracks.status.${track.enrolmentStatus}`)}
                  </AppBadge>
                </Group>
                <Text size="sm" c="dimmed">
                  {t('peerTracks.period', { from: day(track.startsOn), to: day(track.endsOn) })} ·{' '}
                  {t('peerTracks.enrolled', { value: bandLabel(track.enrolmentCount) })} · {groups(track)}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
