import { Checkbox, Group, List, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { AppBadge } from '../../components/AppBadge';
import { useTranslation } from 'react-i18next';
import type { SessionSeriesPreviewQuery } from '../../gql/graphql';
import { formatAmsterdamDate, formatAmsterdamRange } from '../../lib/amsterdamTime';

export type SeriesOccurrence = SessionSeriesPreviewQuery['sessionSeriesPreview'][number];

interface Props {
  occurrences: SeriesOccurrence[];
  skipped: ReadonlySet<string>;
  onToggle: (date: string) => void;
}

/**
 * The dates a repeat rule gives, each with what it runs into: a double booking (saving would be
 * refused: drop the date or change the set-up) or a same-audience overlap (a warning). The planner
 * drops dates here before saving.
 */
export function SeriesPreviewList({ occurrences, skipped, onToggle }: Props) {
  const { t, i18n } = useTranslation('programmes');
  const locale = i18n.language;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" striped>
        <VisuallyHidden component="caption">{t('preview.caption')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>{t('preview.keep')}</Table.Th>
            <Table.Th>{t('preview.when')}</Table.Th>
            <Table.Th>{t('preview.remarks')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {occurrences.map((o) => {
            const when = formatAmsterdamRange(o.startsAt, o.endsAt, locale);
            const kept = !skipped.has(o.date);
            return (
              <Table.Tr key={o.date} data-date={o.date}>
                <Table.Td>
                  <Checkbox
                    checked={kept}
                    onChange={() => onToggle(o.date)}
                    aria-label={t('preview.keepDate', { when })}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" td={kept ? undefined : 'line-through'}>
                    {when}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    {o.clashes.length === 0 && o.overlaps.length === 0 && <Text size="sm">{t('preview.free')}</Text>}
                    {o.clashes.map((clash, i) => (
                      <Group key={`c${i}`} gap="xs" wrap="nowrap" align="flex-start">
                        <AppBadge tone="danger" variant="light" style={{ flexShrink: 0 }}>
                          {t('preview.clash')}
                        </AppBadge>
                        <Text size="sm">
                          {clash.session
                            ? t(`clash.${clash.reason === 'VENUE_CLASH' ? 'VENUE_CLASH' : 'FACILITATOR_CLASH'}`, {
                                activity: clash.session.activity.title,
                                when: formatAmsterdamRange(clash.session.startsAt, clash.session.endsAt, locale),
                                facilitator: clash.facilitatorName ?? '',
                              })
                            : t('preview.clashInSeries', {
                                date: clash.seriesDate
                                  ? formatAmsterdamDate(`${clash.seriesDate}T12:00:00Z`, locale)
                                  : '',
                              })}
                        </Text>
                      </Group>
                    ))}
                    {o.overlaps.length > 0 && (
                      <Group gap="xs" wrap="nowrap" align="flex-start">
                        <AppBadge tone="warning" variant="light" style={{ flexShrink: 0 }}>
                          {t('preview.overlap')}
                        </AppBadge>
                        <List size="sm" spacing={2}>
                          {o.overlaps.map(({ session, sharedAudiences }) => (
                            <List.Item key={session.id}>
                              {t('overlap.item', {
                                activity: session.activity.title,
                                when: formatAmsterdamRange(session.startsAt, session.endsAt, locale),
                                audiences: sharedAudiences.map((a) => t(`audience.${a}`)).join(', '),
                              })}
                            </List.Item>
                          ))}
                        </List>
                      </Group>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
