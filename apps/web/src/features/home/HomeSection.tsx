import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface SectionProps {
  title: string;
  /** What the section says when there is nothing to do; "Niets te doen." by default. */
  empty?: string;
  children?: ReactNode;
  /** Whether there are items: the list, or the empty state. */
  hasItems: boolean;
  /** A line shown whether or not there are items (e.g. counts). */
  summary?: ReactNode;
  /** A link to the page where everything of this kind is handled. */
  more?: { to: string; label: string };
}

/** A card of the home page: a heading, its live items, and where to handle them. */
export function HomeSection({ title, empty, children, hasItems, summary, more }: SectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {summary && (
          <Text size="sm" c="dimmed">
            {summary}
          </Text>
        )}
        {hasItems ? (
          children
        ) : (
          <Text size="sm" c="dimmed">
            {empty ?? t('home.nothingToDo')}
          </Text>
        )}
        {more && (
          <Anchor component={Link} to={more.to} size="sm">
            {more.label}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}

/** The items of a section: a plain list, read as one by screen readers. */
export function HomeItems({ children }: { children: ReactNode }) {
  return (
    <List spacing="xs" listStyleType="none" withPadding={false}>
      {children}
    </List>
  );
}

interface ItemProps {
  to: string;
  label: string;
  detail?: ReactNode;
}

/** One live item: a link to where it is handled, with a line of detail. */
export function HomeItem({ to, label, detail }: ItemProps) {
  return (
    <List.Item>
      <Anchor component={Link} to={to} fw={500}>
        {label}
      </Anchor>
      {detail && (
        <Text size="sm" c="dimmed">
          {detail}
        </Text>
      )}
    </List.Item>
  );
}
