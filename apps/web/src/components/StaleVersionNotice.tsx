import { Alert, Button, Loader, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Shown<V> = { [K in keyof V]?: (value: V[K]) => string };

interface Props<V> {
  /** What the user has in the form now. */
  mine: V;
  /** The stored version in the form's shape; null while it loads or when it could not be loaded. */
  current: V | null;
  reloading: boolean;
  /** The fields to compare, in form order, with their labels. */
  labels: { [K in keyof V]?: string };
  /** How to show a value that is not plain text (ids as names, codes as labels); default: the text itself. */
  show?: Shown<V>;
  onTakeCurrent: () => void;
}

const plain = (value: unknown): string =>
  Array.isArray(value)
    ? value.map(plain).join(', ')
    : value === null || value === undefined
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : (value as string | number | boolean).toString().trim();

/**
 * A save refused because someone else saved first: the form stays open with the user's input, and
 * this shows, per field that differs, the stored version beside the user's own, to take over the
 * stored values or keep their own and save again (based on the version shown).
 */
export function StaleVersionNotice<V extends object>({
  mine,
  current,
  reloading,
  labels,
  show,
  onTakeCurrent,
}: Props<V>) {
  const { t } = useTranslation();
  const text = <K extends keyof V>(key: K, value: V[K]) => show?.[key]?.(value) ?? plain(value);
  const differences = current
    ? (Object.keys(labels) as (keyof V)[])
        .map((key) => ({ key, label: labels[key]!, current: text(key, current[key]), mine: text(key, mine[key]) }))
        .filter((field) => field.current !== field.mine)
    : [];
  const empty = t('staleVersion.empty');
  return (
    <Alert
      color="orange.9"
      variant="light"
      title={t('staleVersion.title')}
      icon={<IconAlertTriangle aria-hidden />}
      role="alert"
    >
      <Stack gap="sm" align="flex-start">
        {reloading ? (
          <Loader size="sm" aria-label={t('staleVersion.loading')} />
        ) : !current ? (
          <Text size="sm">{t('staleVersion.unavailable')}</Text>
        ) : differences.length === 0 ? (
          <Text size="sm">{t('staleVersion.same')}</Text>
        ) : (
          <>
            <Text size="sm">{t('staleVersion.body')}</Text>
            <Table withTableBorder layout="fixed" fz="sm" data-testid="stale-differences">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('staleVersion.field')}</Table.Th>
                  <Table.Th>{t('staleVersion.current')}</Table.Th>
                  <Table.Th>{t('staleVersion.mine')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {differences.map((field) => (
                  <Table.Tr key={String(field.key)}>
                    <Table.Th scope="row">{field.label}</Table.Th>
                    <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {field.current || empty}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {field.mine || empty}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Button size="xs" variant="default" onClick={onTakeCurrent}>
              {t('staleVersion.takeCurrent')}
            </Button>
          </>
        )}
      </Stack>
    </Alert>
  );
}
