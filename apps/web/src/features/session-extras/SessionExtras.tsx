import { useQuery } from '@apollo/client/react';
import { Group } from '@mantine/core';
import { SessionExtrasDocument } from '../../gql/graphql';
import { AddToCalendarButton } from './AddToCalendarButton';
import { CertificateButton } from './CertificateButton';
import { SessionMaterials } from './SessionMaterials';
import { StaffMessage } from './StaffMessage';

/**
 * Around a session, as Indico users expect: add it to the own calendar, the certificate of
 * attendance, the materials and staff's message to the participants. The API says what the
 * viewer may do (`viewerCan`); nothing here decides it.
 */
export function SessionExtras({ sessionId }: { sessionId: string }) {
  const { data } = useQuery(SessionExtrasDocument, { variables: { sessionId } });
  const extras = data?.sessionExtras;
  return (
    <>
      <Group gap="sm">
        <AddToCalendarButton sessionId={sessionId} />
        {extras?.viewerCan.certificate && <CertificateButton sessionId={sessionId} />}
      </Group>
      {extras?.viewerCan.readMaterials && (
        <SessionMaterials
          sessionId={sessionId}
          materials={extras.materials ?? []}
          canManage={extras.viewerCan.manageMaterials}
        />
      )}
      {extras?.viewerCan.sendMessage && <StaffMessage sessionId={sessionId} />}
    </>
  );
}
