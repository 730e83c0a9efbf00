import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnNavigation } from './NavigationFocus';

interface Props {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}

/**
 * The page's single <h1>, mirrored in the browser tab so screen-reader users hear where they landed;
 * it takes focus after client-side navigation (tabIndex -1: reachable by code, not by Tab).
 */
export function PageHeader({ title, description, actions }: Props) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · ${t('app.titleSuffix')}`);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnNavigation(heading);
  return (
    <Group justify="space-between" align="flex-end" mb="lg" gap="md">
      <Stack gap={4}>
        <Title order={1} ref={heading} tabIndex={-1}>
          {title}
        </Title>
        {description && <Text c="dimmed">{description}</Text>}
      </Stack>
      {actions}
    </Group>
  );
}
