import { Anchor, AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ModalsProvider } from '@mantine/modals';
import {
  IconCalendarEvent,
  IconCalendarShare,
  IconChartBar,
  IconChartLine,
  IconChecklist,
  IconClipboardList,
  IconEye,
  IconHome,
  IconHeartHandshake,
  IconListTree,
  IconInbox,
  IconMailForward,
  IconTicket,
  IconTopologyStar3,
  IconUsers,
  IconUsersGroup,
  IconRoute,
  IconSchool,
  IconTools,
  IconUserCheck,
  IconUserPlus,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useSaveLocale } from '../features/account/useSaveLocale';
import { useViewer } from '../features/auth/useViewer';
import { navigationFor, PATHS, type NavItemId } from '../lib/navigation';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { PageLoader } from './PageState';
import { UserMenu } from './UserMenu';
import classes from './AppLayout.module.css';
import { AppBadge } from './AppBadge';
import { AccessibilityStatementLink } from './AccessibilityStatementLink';
import { AppDatesProvider } from './AppDatesProvider';

const ICONS: Record<NavItemId, Icon> = {
  home: IconHome,
  picture: IconChartBar,
  themes: IconTopologyStar3,
  programmes: IconSchool,
  roadmap: IconRoute,
  programmeBuilder: IconTools,
  sessions: IconCalendarEvent,
  peerTracks: IconHeartHandshake,
  myPeerGroups: IconUsersGroup,
  myRegistrations: IconTicket,
  calendarFeeds: IconCalendarShare,
  myMessages: IconInbox,
  facets: IconListTree,
  scans: IconClipboardList,
  recommendations: IconChecklist,
  myRecommendations: IconChecklist,
  followUpProgress: IconChartLine,
  auditLog: IconEye,
  adminUsers: IconUsers,
  accountInvitations: IconUserPlus,
  roleRequests: IconUserCheck,
  outbox: IconMailForward,
};

export function AppLayout() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const saveLocale = useSaveLocale(viewer.id);
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure();

  // Confirmation dialogs and date pickers occur on signed-in pages only: their providers load with this
  // layout, not with the login page.
  return (
    <AppDatesProvider>
      <ModalsProvider>
        <AppShell
          header={{ height: 60 }}
          navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
          footer={{ height: 40 }}
          padding="lg"
        >
          <a href="#main" className={classes.skipLink}>
            {t('app.skipToContent')}
          </a>
          <AppShell.Header>
            <Group h="100%" px="md" justify="space-between" wrap="nowrap">
              <Group gap="sm" wrap="nowrap">
                <Burger
                  opened={opened}
                  onClick={toggle}
                  hiddenFrom="sm"
                  size="sm"
                  aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
                  aria-expanded={opened}
                  aria-controls="main-navigation"
                />
                <Anchor component={Link} to={PATHS.home} underline="never" c="inherit">
                  <Brand />
                </Anchor>
              </Group>
              <Group gap="xs" wrap="nowrap">
                <LanguageSwitch onChange={saveLocale} />
                <UserMenu viewer={viewer} />
              </Group>
            </Group>
          </AppShell.Header>

          <AppShell.Navbar p="sm" id="main-navigation" aria-label={t('nav.label')}>
            {navigationFor(viewer.permissions).map((item) => {
              const ItemIcon = ICONS[item.id];
              const active = item.path === PATHS.home ? pathname === item.path : pathname.startsWith(item.path);
              return (
                <NavLink
                  key={item.id}
                  component={Link}
                  to={item.path}
                  label={t(item.label)}
                  leftSection={<ItemIcon size={18} aria-hidden />}
                  active={active}
                  aria-current={active ? 'page' : undefined}
                  onClick={close}
                />
              );
            })}
          </AppShell.Navbar>

          <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
            {/* The layout stays while a page's code loads (pages.ts). */}
            <Suspense fallback={<PageLoader />}>
              <Outlet />
            </Suspense>
          </AppShell.Main>

          <AppShell.Footer px="md" className={classes.footer}>
            <Group h="100%" justify="space-between" wrap="nowrap">
              <Group gap="md" wrap="nowrap">
                <Text size="xs" c="dimmed">
                  {t('app.footer')}
                </Text>
                <AccessibilityStatementLink />
              </Group>
              <AppBadge tone="warning" variant="light" size="sm">
                {t('app.demoNotice')}
              </AppBadge>
            </Group>
          </AppShell.Footer>
        </AppShell>
      </ModalsProvider>
    </AppDatesProvider>
  );
}
