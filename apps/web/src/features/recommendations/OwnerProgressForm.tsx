import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordProgressDocument } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { translateFieldErrors } from '../../lib/formErrors';
import { notify } from '../../lib/notify';
import { EvidenceFields, useLinksError } from './EvidenceFields';
import { fileProblem, linksOf } from './followUpForm';
import { uploadAttachment } from './uploadAttachment';

/**
 * What an owner may record on a recommendation assigned to them: a progress note, links and files.
 * Status, owner and due date stay with the municipality's coordinators.
 */
export function OwnerProgressForm({
  recommendationId,
  onReload,
}: {
  recommendationId: string;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation('recommendations');
  const { t: tc } = useTranslation();
  const [recordProgress, { loading }] = useMutation(RecordProgressDocument);
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const linksError = useLinksError();
  const form = useForm({
    mode: 'controlled',
    initialValues: { note: '', links: '' },
    validate: {
      links: linksError,
    },
  });
  const badFiles = files.filter((file) => fileProblem(file) !== null);

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    const links = linksOf(values.links);
    if (badFiles.length > 0) {
      return;
    }
    if (!values.note.trim() && links.length === 0 && files.length === 0) {
      setProblem(t('panel.nothingToSave'));
      return;
    }
    setBusy(true);
    try {
      if (values.note.trim() || links.length > 0) {
        await recordProgress({ variables: { id: recommendationId, input: { note: values.note, links } } });
      }
      for (const file of files) {
        await uploadAttachment(recommendationId, file);
      }
      form.reset();
      setFiles([]);
      notify('success', t('panel.saved'));
      await onReload();
    } catch (error) {
      const described = describeError(error);
      form.setErrors(translateFieldErrors(described.fieldErrors, tc));
      setProblem(tc(described.message.key, described.message.values));
    } finally {
      setBusy(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('ownerProgress.title')}>
      <Stack gap="sm">
        {problem && (
          <Alert color="red.9" variant="light" role="alert">
            {problem}
          </Alert>
        )}
        <EvidenceFields
          note={form.getInputProps('note')}
          noteHint={t('ownerProgress.hint')}
          links={form.getInputProps('links')}
          files={files}
          onFilesChange={setFiles}
          filesError={badFiles.length > 0 ? badFiles.map((file) => file.name).join(', ') : undefined}
        />
        <Button type="submit" loading={loading || busy} style={{ alignSelf: 'flex-start' }}>
          {t('ownerProgress.save')}
        </Button>
      </Stack>
    </form>
  );
}
