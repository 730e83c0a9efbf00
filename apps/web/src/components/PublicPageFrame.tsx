import { Box, Center, Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * The frame of the pages one reaches without logging in (login, forgot password, reset, accepting an
 * invitation): the language switch, then one card with the brand and the page's title.
 */
export function PublicPageFrame({
  title,
  children,
  footer,
}: {
  title: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <Box mih="100vh" bg="gray.0" p="md">
      <Group component="header" justify="flex-end">
        <LanguageSwitch />
      </Group>
      <Center component="main" mih="80vh">
        <Paper withBorder shadow="sm" p="xl" w="100%" maw={440}>
          <Stack gap="md">
            <Brand />
            <Title order={1} size="h2">
              {title}
            </Title>
            {children}
          </Stack>
        </Paper>
      </Center>
      {footer && (
        <Group component="footer" justify="center" gap="md">
          {footer}
        </Group>
      )}
    </Box>
  );
}
