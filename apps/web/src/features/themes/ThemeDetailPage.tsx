import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconArchive, IconArrowLeft, IconPencil, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { ThemeDocument } from '../../gql/graphql';
import { toApiProblem } from '../../lib/errors';
import { PATHS } from '../../lib/navigation';
import { ThemeProgrammeTrace } from '../programmes/ThemeProgrammeTrace';
import { ThemeFormModal } from './ThemeFormModal';
import { ThemePeerTracks } from './ThemePeerTracks';
import { ThemePictureLine } from './ThemePictureLine';
import { useToggleThemeActive } from './useToggleThemeActive';
import { AppBadge } from '../../components/AppBadge';

export function ThemeDetailPage() {
  const { t } = useTranslation('themes');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(ThemeDocument, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const toggleActive = useToggleThemeActive();
  const theme = data?.theme;

  const back = (
    <Anchor component={Link} to={PATHS.themes} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('detail.back')}
      </Group>
    </Anchor>
  );

  if (error) {
    const notFound = toApiProblem(error).code === 'NOT_FOUND';
    return (
      <Stack gap="lg">
        {back}
        <PageHeader title={t('title')} />
        {notFound ? <Text>{t('detail.notFound')}</Text> : <QueryError error={error} onRetry={() => void refetch()} />}
      </Stack>
    );
  }
  if (!theme) {
    return (
      <Stack gap="md" aria-busy="true">
        {back}
        <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
        <Skeleton height={40} width="60%" />
        <Skeleton height={160} />
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      {back}
      <PageHeader
        title={theme.title}
        actions={
          theme.viewerCan.edit && (
            <Group gap="sm">
              <Button
                variant="default"
                leftSection={<IconPencil size={18} aria-hidden />}
                onClick={() => setEditing(true)}
              >
                {t('edit')}
              </Button>
              <Button
                variant="default"
                color={theme.active ? 'red.9' : undefined}
                leftSection={
                  theme.active ? <IconArchive size={18} aria-hidden /> : <IconRestore size={18} aria-hidden />
                }
                onClick={() => toggleActive(theme)}
              >
                {t(theme.active ? 'retire' : 'reactivate')}
              </Button>
            </Group>
          )
        }
      />
      <Card withBorder padding="lg">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg" component="dl" m={0}>
          <div>
            <Text component="dt" fw={700} size="sm">
              {t('detail.year')}
            </Text>
            <Text component="dd" m={0}>
              {theme.yearIdentified}
            </Text>
          </div>
          <div>
            <Text component="dt" fw={700} size="sm">
              {t('detail.status')}
            </Text>
            <Text component="dd" m={0}>
              <AppBadge tone={theme.active ? 'success' : 'neutral'} variant="light">
                {t(theme.active ? 'status.active' : 'status.retired')}
              </AppBadge>
            </Text>
          </div>
          <div>
            <Text component="dt" fw={700} size="sm">
              {t('detail.facets')}
            </Text>
            <Text component="dd" m={0}>
              {theme.facets.length === 0 ? t('noFacets') : theme.facets.map((f) => f.name).join(', ')}
            </Text>
          </div>
        </SimpleGrid>
        <Title order={2} size="h4" mt="lg" mb={4}>
          {t('detail.description')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{theme.description || t('detail.noDescription')}</Text>
      </Card>
      <ThemePictureLine themeId={theme.id} />
      <ThemeProgrammeTrace themeId={theme.id} />
      <ThemePeerTracks themeId={theme.id} />
      {editing && <ThemeFormModal theme={theme} onClose={() => setEditing(false)} onSaved={() => void refetch()} />}
    </Stack>
  );
}
