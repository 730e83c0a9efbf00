import { Avatar, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconKey, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Viewer } from '../features/auth/useViewer';
import { useLogout } from '../features/auth/useLogout';
import { PATHS } from '../lib/navigation';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return `${parts[0]?.[0] ?? ''}${parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : ''}`.toUpperCase();
}

export function UserMenu({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('userMenu.label', { name: viewer.name })} p={4} style={{ borderRadius: 8 }}>
          <Group gap="xs" wrap="nowrap">
            <Avatar color="brand" radius="xl" size="sm" aria-hidden>
              {initials(viewer.name)}
            </Avatar>
            <Stack gap={0} visibleFrom="sm">
              <Text size="sm" fw={600} lh={1.2}>
                {viewer.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {viewer.role ? t(`roles.${viewer.role}`) : t('roles.none')}
                {viewer.municipality ? ` · ${viewer.municipality.name}` : ''}
              </Text>
            </Stack>
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{viewer.email}</Menu.Label>
        <Menu.Item component={Link} to={PATHS.changePassword} leftSection={<IconKey size={16} aria-hidden />}>
          {t('userMenu.changePassword')}
        </Menu.Item>
        <Menu.Item onClick={() => void logout()} leftSection={<IconLogout size={16} aria-hidden />}>
          {t('userMenu.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
