import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, List, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PROGRESS_NOTE_MAX_LENGTH } from '@rode-draad/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/PageState';
import { StaleVersionNotice } from '../../components/StaleVersionNotice';
import {
  ColleaguesDocument,
  RecommendationDocument,
  RecordFollowUpDocument,
  type RecommendationDetailFieldsFragment,
} from '../../gql/graphql';
import { toAmsterdamParts } from '../../lib/amsterdamTime';
import { describeError, type Message } from '../../lib/errors';
import { useFocusAfterChange } from '../../lib/focus';
import { translateFieldErrors } from '../../lib/formErrors';
import { notify } from '../../lib/notify';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { useStaleVersion } from '../../lib/useStaleVersion';
import { formatLocalDate, nextStatuses } from './followUp';
import {
  dueDateInPast,
  fileProblem,
  hasChanges,
  toFollowUpInput,
  valuesOf,
  type FileProblem,
  type FollowUpValues,
} from './followUpForm';
import { EvidenceFields, useLinksError } from './EvidenceFields';
import { uploadAttachment } from './uploadAttachment';
import { DateField } from '../../components/DateFields';

const REASON_MAX_LENGTH = 2000;

interface Props {
  recommendation: RecommendationDetailFieldsFragment;
  /** Reloads the page's data (the timeline after uploads). */
  onReload: () => Promise<unknown>;
}

/**
 * Status, owner, due date and a progress note with links and files, saved together: one mutation
 * on the loaded version, then the files, each with its own timeline entry. When someone else saved
 * first, the form keeps the user's input and shows the stored values beside it to merge by hand.
 */
export function FollowUpPanel({ recommendation, onReload }: Props) {
  const { t, i18n } = useTranslation('recommendations');
  const { t: tc } = useTranslation();
  const client = useApolloClient();
  const colleagues = useQuery(ColleaguesDocument);
  const [record, { loading }] = useMutation(RecordFollowUpDocument);
  const [files, setFiles] = useState<File[]>([]);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [fileFailures, setFileFailures] = useState<{ name: string; message: Message }[]>([]);
  const stale = useStaleVersion(recommendation.version, async () => {
    // Not into the cache: the page keeps showing what the user based the input on until they save.
    const { data } = await client.query({
      query: RecommendationDocument,
      variables: { id: recommendation.id },
      fetchPolicy: 'no-cache',
    });
    return data?.recommendation ?? null;
  });
  const stored = stale.current ?? recommendation;
  // Saving disables the button (focus drops to <body>); when it is done, focus returns to it.
  const saveButton = useRef<HTMLButtonElement>(null);
  useFocusAfterChange(loading || uploading, saveButton);
  const today = toAmsterdamParts(new Date()).date;

  const linksError = useLinksError();
  const form = useForm<FollowUpValues>({
    mode: 'controlled',
    initialValues: valuesOf(recommendation),
    validate: {
      reason: (value, values) =>
        values.status === 'NOT_ADOPTED' && values.status !== stored.status && value.trim() === ''
          ? t('panel.reasonRequired')
          : value.length > REASON_MAX_LENGTH
            ? tc('validation.maxLength', { max: REASON_MAX_LENGTH })
            : null,
      dueDate: (_value, values) => (dueDateInPast(values, stored, today) ? tc('errors.field.DUE_DATE_IN_PAST') : null),
      note: (value) =>
        value.length > PROGRESS_NOTE_MAX_LENGTH ? tc('validation.maxLength', { max: PROGRESS_NOTE_MAX_LENGTH }) : null,
      links: linksError,
    },
  });
  useRevalidateOnLanguageChange(form);

  const statusOptions = [stored.status, ...nextStatuses(stored.status)].map((status) => ({
    value: status,
    label:
      status === stored.status ? t('panel.currentStatus', { status: t(`status.${status}`) }) : t(`status.${status}`),
  }));
  const ownerOptions = (colleagues.data?.colleagues ?? []).map((c) => ({ value: c.id, label: c.name }));
  for (const owner of [recommendation.owner, stale.current?.owner]) {
    // A previous owner who left the municipality still shows by name until someone else is chosen.
    if (owner && !ownerOptions.some((o) => o.value === owner.id)) {
      ownerOptions.unshift({ value: owner.id, label: owner.name });
    }
  }
  const needsReason = form.values.status === 'NOT_ADOPTED' && form.values.status !== stored.status;
  const badFiles = files.flatMap((file) => {
    const reason = fileProblem(file);
    return reason ? [`${file.name}: ${tc(FILE_PROBLEM_TEXT[reason])}`] : [];
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    setFileFailures([]);
    if (badFiles.length > 0) {
      return;
    }
    if (!hasChanges(values, stored) && files.length === 0) {
      setProblem(t('panel.nothingToSave'));
      return;
    }
    if (hasChanges(values, stored)) {
      try {
        const { data } = await record({
          variables: { id: recommendation.id, input: toFollowUpInput(values, stored, stale.expectedVersion) },
        });
        stale.reset();
        form.setValues(valuesOf(data?.recordFollowUp ?? stored));
        form.resetDirty();
      } catch (error) {
        if (stale.handle(error)) {
          return;
        }
        const described = describeError(error);
        form.setErrors(translateFieldErrors(described.fieldErrors, tc));
        setProblem(tc(described.message.key, described.message.values));
        return;
      }
    }
    if (files.length > 0) {
      setUploading(true);
      const failures: { name: string; message: Message }[] = [];
      for (const file of files) {
        try {
          await uploadAttachment(recommendation.id, file);
        } catch (error) {
          failures.push({ name: file.name, message: describeError(error).message });
        }
      }
      setUploading(false);
      setFiles(files.filter((file) => failures.some((f) => f.name === file.name)));
      setFileFailures(failures);
      await onReload();
      if (failures.length > 0) {
        return;
      }
    }
    notify('success', t('panel.saved'));
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('panel.title')}>
      <Stack gap="sm">
        {stale.stale && (
          <StaleVersionNotice
            mine={form.values}
            current={stale.current && { ...valuesOf(stale.current), note: form.values.note, links: form.values.links }}
            reloading={stale.reloading}
            labels={{ status: t('columns.STATUS'), ownerUserId: t('columns.owner'), dueDate: t('columns.dueDate') }}
            show={{
              status: (status) => t(`status.${status}`),
              ownerUserId: (id) => (id ? (ownerOptions.find((o) => o.value === id)?.label ?? '') : ''),
              dueDate: (date) => (date ? formatLocalDate(date, i18n.language) : ''),
            }}
            onTakeCurrent={() =>
              stale.current &&
              form.setValues({ ...valuesOf(stale.current), note: form.values.note, links: form.values.links })
            }
          />
        )}
        {problem && (
          <Alert color="red.9" variant="light" role="alert">
            {problem}
          </Alert>
        )}
        {colleagues.error && <QueryError error={colleagues.error} onRetry={() => void colleagues.refetch()} />}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('columns.STATUS')}
            data={statusOptions}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
          <Select
            label={t('columns.owner')}
            placeholder={t('panel.nobody')}
            data={ownerOptions}
            searchable
            clearable
            {...form.getInputProps('ownerUserId')}
          />
          <DateField label={t('columns.dueDate')} minDate={today} {...form.getInputProps('dueDate')} />
        </SimpleGrid>
        {needsReason && (
          <Textarea
            label={t('panel.reason')}
            description={t('panel.reasonHint')}
            required
            autosize
            minRows={2}
            maxLength={REASON_MAX_LENGTH}
            {...form.getInputProps('reason')}
          />
        )}
        <EvidenceFields
          note={form.getInputProps('note')}
          noteHint={t('panel.noteHint')}
          links={form.getInputProps('links')}
          files={files}
          onFilesChange={(chosen) => {
            setFiles(chosen);
            setFileFailures([]);
          }}
          filesError={badFiles.length > 0 ? badFiles.join(' ') : undefined}
        />
        {fileFailures.length > 0 && (
          <Alert color="red.9" variant="light" role="alert" title={t('panel.filesFailed')}>
            <List size="sm">
              {fileFailures.map((failure) => (
                <List.Item key={failure.name}>
                  {failure.name}: {tc(failure.message.key, failure.message.values)}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Button ref={saveButton} type="submit" loading={loading || uploading} style={{ alignSelf: 'flex-start' }}>
          {t('panel.save')}
        </Button>
      </Stack>
    </form>
  );
}

/** A file refused before sending reads as the API's own refusal would. */
const FILE_PROBLEM_TEXT = {
  EMPTY_FILE: 'errors.reason.EMPTY_FILE',
  ATTACHMENT_TOO_LARGE: 'errors.reason.ATTACHMENT_TOO_LARGE',
  UNSUPPORTED_FILE_TYPE: 'errors.reason.UNSUPPORTED_FILE_TYPE',
} as const satisfies Record<FileProblem, string>;
