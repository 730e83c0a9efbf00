import { Button, Collapse, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFilter } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSmallScreen } from './useSmallScreen';

interface Props {
  /** Some filter is set: the button says so while the filters are folded away. */
  inUse: boolean;
  children: ReactNode;
}

/** A list's filters: in full on wide screens, folded away behind a "Filters" button on a phone. */
export function FilterFold({ inUse, children }: Props) {
  const { t } = useTranslation();
  const small = useSmallScreen();
  const [opened, { toggle }] = useDisclosure(false);
  const panelId = useId();
  if (!small) {
    return children;
  }
  return (
    <Stack gap="sm">
      <Button
        variant="default"
        leftSection={<IconFilter size={16} aria-hidden />}
        aria-expanded={opened}
        aria-controls={panelId}
        onClick={toggle}
        style={{ alignSelf: 'flex-start' }}
      >
        {t(inUse ? 'common.filtersInUse' : 'common.filters')}
      </Button>
      <Collapse expanded={opened} id={panelId}>
        {children}
      </Collapse>
    </Stack>
  );
}
