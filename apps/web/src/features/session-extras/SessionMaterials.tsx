import { useApolloClient, useMutation } from '@apollo/client/react';
import { ActionIcon, Anchor, Button, Card, FileButton, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconFile, IconLink, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RemoveSessionMaterialDocument, type SessionExtrasQuery } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { uploadFile } from '../../lib/uploadFile';
import { formatFileSize } from '../recommendations/followUpForm';
import { AddLinkModal } from './AddLinkModal';
import { ConfirmRemoveModal } from './ConfirmRemoveModal';

type Material = NonNullable<SessionExtrasQuery['sessionExtras']['materials']>[number];

interface Props {
  sessionId: string;
  materials: Material[];
  /** Programme staff: add links and files, remove with a confirmation. */
  canManage: boolean;
}

/** The session's links and files, for its confirmed registrants and staff. */
export function SessionMaterials({ sessionId, materials, canManage }: Props) {
  const { t, i18n } = useTranslation('sessionExtras');
  const { t: tc } = useTranslation();
  const client = useApolloClient();
  const [adding, setAdding] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [removing, setRemoving] = useState<Material | null>(null);
  const [remove, removal] = useMutation(RemoveSessionMaterialDocument, { refetchQueries: ['SessionExtras'] });

  const upload = async (file: File | null) => {
    if (!file) {
      return;
    }
    setUploading(true);
    try {
      await uploadFile(`/api/sessions/${encodeURIComponent(sessionId)}/materials`, file);
      await client.refetchQueries({ include: ['SessionExtras'] });
      notify('success', t('materials.added', { title: file.name }));
    } catch (error) {
      const { message } = describeError(error);
      notify('error', tc(message.key, message.values));
    } finally {
      setUploading(false);
    }
  };

  const confirmRemove = async () => {
    if (!removing) {
      return;
    }
    try {
      await remove({ variables: { id: removing.id } });
      notify('success', t('materials.removed', { title: removing.title }));
    } catch (error) {
      const { message } = describeError(error);
      notify('error', tc(message.key, message.values));
    }
    setRemoving(null);
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="materials-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="materials-title">
          {t('materials.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('materials.intro')}
        </Text>
        {materials.length === 0 ? (
          <Text size="sm">{t('materials.empty')}</Text>
        ) : (
          <List spacing="xs" listStyleType="none" aria-labelledby="materials-title">
            {materials.map((m) => (
              <List.Item key={m.id}>
                <Group gap="xs" wrap="nowrap">
                  {m.kind === 'FILE' ? <IconFile size={18} aria-hidden /> : <IconLink size={18} aria-hidden />}
                  {m.kind === 'FILE' && m.downloadPath ? (
                    <Anchor href={m.downloadPath} download>
                      {m.title}
                    </Anchor>
                  ) : (
                    <Anchor href={m.url ?? undefined} target="_blank" rel="noopener noreferrer">
                      {m.title}
                    </Anchor>
                  )}
                  <Text size="xs" c="dimmed">
                    {m.kind === 'FILE' && m.sizeBytes !== null
                      ? t('materials.file', { size: formatFileSize(m.sizeBytes, i18n.language) })
                      : t('materials.link')}
                  </Text>
                  {canManage && (
                    <ActionIcon
                      variant="subtle"
                      color="red.9"
                      aria-label={t('materials.remove', { title: m.title })}
                      onClick={() => setRemoving(m)}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {canManage && (
          <Group gap="sm">
            <Button variant="default" leftSection={<IconLink size={18} aria-hidden />} onClick={() => setAdding(true)}>
              {t('materials.addLink')}
            </Button>
            <FileButton onChange={(file) => void upload(file)}>
              {(props) => (
                <Button
                  {...props}
                  variant="default"
                  loading={uploading}
                  leftSection={<IconUpload size={18} aria-hidden />}
                  aria-describedby="materials-file-hint"
                >
                  {t('materials.uploadFile')}
                </Button>
              )}
            </FileButton>
            <Text size="xs" c="dimmed" id="materials-file-hint">
              {t('materials.fileHint')}
            </Text>
          </Group>
        )}
      </Stack>
      {adding && <AddLinkModal sessionId={sessionId} onClose={() => setAdding(false)} />}
      {removing && (
        <ConfirmRemoveModal
          title={removing.title}
          removing={removal.loading}
          onCancel={() => setRemoving(null)}
          onConfirm={() => void confirmRemove()}
        />
      )}
    </Card>
  );
}
