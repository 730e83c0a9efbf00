import { Anchor, Group, List, Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEntryFieldsFragment } from '../../gql/graphql';
import { formatFileSize } from './followUpForm';
import { formatLocalDate } from './followUp';
import { attachmentUrl } from './uploadAttachment';
import { dateTimeFormat } from '../../lib/dateFormat';

/** What one entry says happened, in a sentence. */
function EntryText({ entry }: { entry: TimelineEntryFieldsFragment }) {
  const { t, i18n } = useTranslation('recommendations');
  const date = (value: string | null | undefined) =>
    value ? formatLocalDate(value, i18n.language) : t('timeline.none');
  switch (entry.kind) {
    case 'STATUS':
      return (
        <>
          <Text size="sm" fw={500}>
            {t('timeline.status', {
              from: entry.fromStatus ? t(`status.${entry.fromStatus}`) : '',
              to: entry.toStatus ? t(`status.${entry.toStatus}`) : '',
            })}
          </Text>
          {entry.reason && <Text size="sm">{t('timeline.reason', { reason: entry.reason })}</Text>}
        </>
      );
    case 'OWNER':
      return (
        <Text size="sm" fw={500}>
          {t('timeline.owner', {
            from: entry.fromOwner?.name ?? t('timeline.nobody'),
            to: entry.toOwner?.name ?? t('timeline.nobody'),
          })}
        </Text>
      );
    case 'DUE_DATE':
      return (
        <Text size="sm" fw={500}>
          {t('timeline.dueDate', { from: date(entry.fromDueDate), to: date(entry.toDueDate) })}
        </Text>
      );
    case 'PROGRESS':
      return (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('timeline.progress')}
          </Text>
          {entry.note && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {entry.note}
            </Text>
          )}
          {entry.links.map((link) => (
            <Anchor
              key={link}
              href={link}
              target="_blank"
              rel="noopener noreferrer"
              size="sm"
              style={{ overflowWrap: 'anywhere' }}
            >
              {link}
            </Anchor>
          ))}
        </Stack>
      );
    case 'ATTACHMENT':
      return entry.attachment ? (
        <Group gap={4} wrap="nowrap">
          <IconPaperclip size={16} aria-hidden />
          <Text size="sm" span>
            {t('timeline.attachment')}{' '}
            <Anchor
              href={attachmentUrl(entry.attachment.id)}
              download={entry.attachment.fileName}
              size="sm"
              underline="always"
            >
              {entry.attachment.fileName}
            </Anchor>{' '}
            ({formatFileSize(entry.attachment.sizeBytes, i18n.language)})
          </Text>
        </Group>
      ) : null;
    case 'LINK':
    case 'UNLINK':
      return entry.learning ? (
        <Text size="sm" fw={500}>
          {t(entry.kind === 'LINK' ? 'timeline.link' : 'timeline.unlink', {
            kind: t(`timeline.kind.${entry.learning.kind}`),
            title: entry.learning.title,
          })}
        </Text>
      ) : null;
    case 'CONSENT':
      return (
        <Text size="sm" fw={500}>
          {t('timeline.consent', {
            from: entry.fromConsent ? t(`timeline.consentStatus.${entry.fromConsent}`) : '',
            to: entry.toConsent ? t(`timeline.consentStatus.${entry.toConsent}`) : '',
          })}
        </Text>
      );
    case 'HOLD_BACK':
      return (
        <Text size="sm" fw={500}>
          {t('timeline.holdBack')}
        </Text>
      );
    case 'RELEASE':
      return (
        <Text size="sm" fw={500}>
          {t('timeline.release')}
        </Text>
      );
  }
}

/** Everything that happened to a recommendation, newest first: who and when with each entry. */
export function Timeline({ entries }: { entries: TimelineEntryFieldsFragment[] }) {
  const { t, i18n } = useTranslation('recommendations');
  const format = useMemo(
    () => dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
    [i18n.language],
  );
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('timeline.empty')}
      </Text>
    );
  }
  return (
    <List spacing="sm" size="sm" listStyleType="none" aria-label={t('timeline.title')} data-testid="timeline">
      {entries.map((entry) => (
        <List.Item key={entry.id}>
          <EntryText entry={entry} />
          <Text size="xs" c="dimmed">
            {format.format(new Date(entry.at))}
            {entry.actor && ` · ${t('timeline.by', { name: entry.actor.name })}`}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
