import { useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlannedSessionDocument } from '../../gql/graphql';
import { SessionEditModal } from '../programmes/SessionEditModal';

interface Props {
  sessionId: string;
  activityId: string;
  onSaved: () => void;
}

/**
 * "Bewerken" on a session's own page, for staff: the planner's edit dialog (optimistic version,
 * stale-version notice) with the session as stored right now, not as the page loaded it.
 */
export function SessionEditAction({ sessionId, activityId, onSaved }: Props) {
  const { t } = useTranslation('sessions');
  const [open, setOpen] = useState(false);
  const { data } = useQuery(PlannedSessionDocument, {
    variables: { id: sessionId },
    skip: !open,
    fetchPolicy: 'network-only',
  });
  const session = open ? data?.session : undefined;
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconPencil size={18} aria-hidden />}
        loading={open && !session}
        onClick={() => setOpen(true)}
      >
        {t('detail.edit')}
      </Button>
      {session && (
        <SessionEditModal activityId={activityId} session={session} onClose={() => setOpen(false)} onSaved={onSaved} />
      )}
    </>
  );
}
