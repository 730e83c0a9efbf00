import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Radio, Select, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CalendarFeedProgrammesDocument,
  CreateCalendarFeedDocument,
  type CalendarFeedScope,
  type Permission,
} from '../../gql/graphql';
import { describeError, toApiProblem } from '../../lib/errors';
import { notify } from '../../lib/notify';

/** What a user can subscribe to: own registrations for those who register, the municipality for its coordinators, a programme for all. */
export function scopesFor(permissions: readonly Permission[]): CalendarFeedScope[] {
  return [
    ...(permissions.includes('REGISTRATION_SELF') ? (['USER'] as const) : []),
    ...(permissions.includes('CALENDAR_FEED_MUNICIPALITY') ? (['MUNICIPALITY'] as const) : []),
    'PROGRAMME',
  ];
}

const SCOPE_LABELS = {
  USER: 'create.scopeUser',
  MUNICIPALITY: 'create.scopeMunicipality',
  PROGRAMME: 'create.scopeProgramme',
} as const;

export function CreateFeedForm({
  permissions,
  onCreated,
}: {
  permissions: readonly Permission[];
  onCreated: (url: string) => void;
}) {
  const { t } = useTranslation('calendarFeeds');
  const { t: tc } = useTranslation();
  const scopes = scopesFor(permissions);
  const [scope, setScope] = useState<CalendarFeedScope>(scopes[0]!);
  const [programmeId, setProgrammeId] = useState<string | null>(null);
  const [programmeError, setProgrammeError] = useState(false);
  const programmes = useQuery(CalendarFeedProgrammesDocument, { skip: scope !== 'PROGRAMME' });
  const [create, { loading }] = useMutation(CreateCalendarFeedDocument, { refetchQueries: ['MyCalendarFeeds'] });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (scope === 'PROGRAMME' && !programmeId) {
      setProgrammeError(true);
      return;
    }
    create({ variables: { scope, programmeId: scope === 'PROGRAMME' ? programmeId : null } })
      .then(({ data }) => {
        if (data) {
          onCreated(data.createCalendarFeed.url);
        }
      })
      .catch((error: unknown) => {
        if (toApiProblem(error).reason === 'CALENDAR_FEED_EXISTS') {
          notify('info', t('exists'));
          return;
        }
        const { message } = describeError(error);
        notify('error', tc(message.key, message.values));
      });
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="create-feed-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md" align="flex-start">
          <Title order={2} size="h3" id="create-feed-title">
            {t('create.title')}
          </Title>
          <Radio.Group
            label={t('create.scope')}
            value={scope}
            onChange={(value) => setScope(scopes.find((s) => s === value) ?? scopes[0]!)}
          >
            <Stack gap="xs" mt="xs">
              {scopes.map((s) => (
                <Radio key={s} value={s} label={t(SCOPE_LABELS[s])} description={t(`scopeHint.${s}`)} />
              ))}
            </Stack>
          </Radio.Group>
          {scope === 'PROGRAMME' && (
            <Select
              label={t('create.programme')}
              placeholder={t('create.programmePlaceholder')}
              data={(programmes.data?.programmes ?? []).map((p) => ({ value: p.id, label: p.name }))}
              value={programmeId}
              onChange={(value) => {
                setProgrammeId(value);
                setProgrammeError(false);
              }}
              error={programmeError ? t('create.programmeRequired') : undefined}
              withAsterisk
              w={{ base: '100%', sm: 360 }}
            />
          )}
          {programmes.error && <Text c="red.9">{tc('errors.code.NETWORK')}</Text>}
          <Button type="submit" loading={loading}>
            {t('create.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
