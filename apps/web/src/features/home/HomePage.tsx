import { Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingCommunity, IconCheck, IconMap2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useViewer } from '../auth/useViewer';
import { PendingHome } from './PendingHome';
import { AppBadge } from '../../components/AppBadge';

export function HomePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  if (!viewer.role) {
    return <PendingHome name={viewer.name} />;
  }
  const role = t(`roles.${viewer.role}`);
  const abilities = t(`home.abilities.${viewer.role}`, { returnObjects: true });

  return (
    <Stack gap="lg" maw={820}>
      <PageHeader title={t('home.title', { name: viewer.name })} description={t('app.tagline')} />

      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Group gap="xs">
            <Text>{t('home.whoYouAre', { role })}</Text>
            <AppBadge tone="brand" variant="light">
              {role}
            </AppBadge>
          </Group>
          {viewer.municipality ? (
            <Group gap="xs">
              <ThemeIcon variant="light" size="md" aria-hidden>
                <IconBuildingCommunity size={18} />
              </ThemeIcon>
              <Text>
                {t('home.municipality')}: <strong>{viewer.municipality.name}</strong> ({viewer.municipality.code})
              </Text>
            </Group>
          ) : (
            <Group gap="xs">
              <ThemeIcon variant="light" size="md" aria-hidden>
                <IconMap2 size={18} />
              </ThemeIcon>
              <Text>{t('home.region')}</Text>
            </Group>
          )}
        </Stack>
      </Card>

      <Card withBorder padding="lg">
        <Title order={2} size="h3" mb="sm">
          {t('home.whatYouCanDo')}
        </Title>
        <List
          spacing="xs"
          icon={
            <ThemeIcon size={20} radius="xl" aria-hidden>
              <IconCheck size={14} />
            </ThemeIcon>
          }
        >
          {abilities.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed" mt="md">
          {t('home.comingSoon')}
        </Text>
      </Card>
    </Stack>
  );
}
