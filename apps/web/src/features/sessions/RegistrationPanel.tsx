import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconClockHour4, IconCircleCheck } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusAfterChange } from '../../lib/focus';
import type { SessionQuery } from '../../gql/graphql';
import { useCancelRegistration, useRegister } from './useRegistrationActions';

type Session = SessionQuery['session'];

/** The viewer's own registration: register, join the waitlist, see the position, cancel. */
export function RegistrationPanel({ session }: { session: Session }) {
  const { t } = useTranslation('sessions');
  const register = useRegister();
  const cancel = useCancelRegistration();
  const own = session.viewerRegistration;
  const full = session.seatsLeft <= 0;
  // Registering or cancelling removes the button that did it: focus goes to what replaced it
  // (the new status, or the register button again) instead of dropping to <body>.
  const changed = useRef<HTMLDivElement & HTMLButtonElement>(null);
  useFocusAfterChange(own?.status ?? null, changed);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="registration-title">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="registration-title">
          {t('registration.title')}
        </Title>
        {own?.status === 'CONFIRMED' && (
          <Alert
            ref={changed}
            tabIndex={-1}
            color="green"
            variant="light"
            icon={<IconCircleCheck aria-hidden />}
            w="100%"
          >
            {t('registration.confirmed')}
          </Alert>
        )}
        {own?.status === 'WAITLISTED' && (
          <Alert
            ref={changed}
            tabIndex={-1}
            color="orange"
            variant="light"
            icon={<IconClockHour4 aria-hidden />}
            w="100%"
          >
            {t('registration.waitlisted', { position: own.waitlistPosition ?? '?' })}
          </Alert>
        )}
        {!own && !session.viewerCanRegister && <Text size="sm">{t('registration.closed')}</Text>}
        <Group gap="sm">
          {!own && session.viewerCanRegister && (
            <Button ref={changed} onClick={() => register(session)} variant={full ? 'default' : 'filled'}>
              {t(full ? 'registration.joinWaitlist' : 'registration.register')}
            </Button>
          )}
          {own && own.viewerCan.cancel && (
            <Button
              variant="default"
              color="red.9"
              onClick={() =>
                cancel({
                  registrationId: own.id,
                  status: own.status,
                  title: session.activity.title,
                  waitlistLength: session.waitlistLength,
                })
              }
            >
              {t(own.status === 'WAITLISTED' ? 'registration.leaveWaitlist' : 'registration.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
