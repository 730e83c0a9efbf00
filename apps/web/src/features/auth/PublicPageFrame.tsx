import { Box, Center, Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Brand } from '../../components/Brand';
import { LanguageSwitch } from '../../components/LanguageSwitch';

/** The frame of the pages one reaches without logging in (forgot password, reset): brand, title, one card. */
export function PublicPageFrame({ title, children }: { title: string; children: ReactNode }) {
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
    </Box>
  );
}
