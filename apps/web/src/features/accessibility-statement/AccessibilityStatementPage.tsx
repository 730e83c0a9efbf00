import { Anchor, Box, Container, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Brand } from '../../components/Brand';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { PageHeader } from '../../components/PageHeader';
import { PATHS } from '../../lib/navigation';

/** Where users report accessibility problems; the programme team answers it (set before publication). */
const CONTACT_ADDRESS = 'toegankelijkheid@weerbaartwente.example';

const TESTED = ['axe', 'keyboard', 'contrast', 'smallScreens'] as const;
const LIMITATIONS = ['audit', 'charts', 'sorting', 'files'] as const;

/**
 * The accessibility statement (toegankelijkheidsverklaring) Dutch public bodies publish, after the
 * model of digitoegankelijk.nl: status, what was tested and how, known limitations, contact. Public:
 * someone who cannot log in must be able to read it and find the contact address.
 */
export function AccessibilityStatementPage() {
  const { t } = useTranslation('accessibilityStatement');
  const section = (title: string, body: ReactNode) => (
    <Stack gap="xs" component="section">
      <Title order={2} size="h3">
        {title}
      </Title>
      {body}
    </Stack>
  );
  return (
    <Box mih="100vh" bg="gray.0" p="md">
      <Group component="header" justify="space-between">
        <Anchor component={Link} to={PATHS.home} underline="never" c="inherit" aria-label={t('back')}>
          <Brand />
        </Anchor>
        <LanguageSwitch />
      </Group>
      <Container component="main" size="md" py="xl">
        <Paper withBorder p="xl">
          <PageHeader title={t('title')} description={t('intro')} />
          <Stack gap="lg">
            <Text>{t('scope', { address: window.location.origin })}</Text>
            {section(
              t('statusTitle'),
              <>
                <Text fw={700}>{t('status')}</Text>
                <Text>{t('statusExplained')}</Text>
              </>,
            )}
            {section(
              t('testedTitle'),
              <List spacing="xs">
                {TESTED.map((key) => (
                  <List.Item key={key}>{t(`tested.${key}`)}</List.Item>
                ))}
              </List>,
            )}
            {section(
              t('limitationsTitle'),
              <List spacing="xs">
                {LIMITATIONS.map((key) => (
                  <List.Item key={key}>{t(`limitations.${key}`)}</List.Item>
                ))}
              </List>,
            )}
            {section(
              t('contactTitle'),
              <>
                <Text>
                  {t('contact')}{' '}
                  <Anchor href={`mailto:${CONTACT_ADDRESS}`} underline="always">
                    {CONTACT_ADDRESS}
                  </Anchor>
                  . {t('answerTime')}
                </Text>
                <Text>{t('escalation')}</Text>
              </>,
            )}
            <Text size="sm" c="dimmed">
              {t('dated')}
            </Text>
            <Anchor component={Link} to={PATHS.home}>
              {t('back')}
            </Anchor>
          </Stack>
        </Paper>
      </Container>
    </Box>
  );
}
