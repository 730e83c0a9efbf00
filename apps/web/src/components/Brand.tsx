import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The product name with its thread mark; the mark is decorative. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden focusable="false">
        <rect width="32" height="32" rx="6" fill="var(--mantine-color-brand-7)" />
        <path d="M4 22c6-10 10 6 16-4s8-6 8-6" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
      </svg>
      <Text fw={700} size="lg">
        {t('app.name')}
      </Text>
    </Group>
  );
}
