import { useQuery } from '@apollo/client/react';
import { Alert, Anchor } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { MyPeerGroupsDocument } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';

/** On a track's page: the way to the own municipality's published group in it, where there is one. */
export function MyGroupInTrack({ trackId }: { trackId: string }) {
  const { t } = useTranslation('peerLearning');
  const { data } = useQuery(MyPeerGroupsDocument);
  const groups = data?.myPeerGroups.filter((group) => group.trackId === trackId) ?? [];
  if (groups.length === 0) {
    return null;
  }
  return (
    <Alert variant="light" color="green" icon={<IconUsersGroup aria-hidden />} title={t('myGroups.title')}>
      {groups.map((group) => (
        <Anchor key={group.id} component={Link} to={generatePath(PATHS.peerGroup, { id: group.id })} display="block">
          {t('myGroups.open')}: {group.members.map((m) => m.name).join(', ')}
        </Anchor>
      ))}
    </Alert>
  );
}
