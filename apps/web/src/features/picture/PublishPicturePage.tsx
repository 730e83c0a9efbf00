import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Skeleton, Stack, Text, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { IconArrowLeft, IconRefresh, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { LatestPictureDocument, PicturePreviewDocument, PublishPictureDocument } from '../../gql/graphql';
import { describeError, toApiProblem } from '../../lib/errors';
import { PATHS } from '../../lib/navigation';
import { notify } from '../../lib/notify';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { DifferencingCheck } from './DifferencingCheck';
import { useDateFormat } from './PictureParts';
import { ContributingMunicipalities } from './ContributingMunicipalities';
import { PictureView } from './PictureView';
import { ThresholdSetting } from './ThresholdSetting';
import {
  AdviceDraft,
  useAdviceDraftRules,
  type AdviceDraftValue,
  type PublishFormValues,
} from '../regional-advice/AdviceDraft';

/** The API's bound on the note (picture.service.ts). */
const NOTE_MAX_LENGTH = 2000;

/** RIEC analysts review the picture computed from live data, then publish it as an immutable snapshot. */
export function PublishPicturePage() {
  const { t } = useTranslation('picture');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const formatDate = useDateFormat();
  // Live data: never show a cached preview from earlier in the session.
  const preview = useQuery(PicturePreviewDocument, { fetchPolicy: 'network-only' });
  const [publishPicture, publishing] = useMutation(PublishPictureDocument, {
    // The new snapshot becomes the latest, tops the history and changes every theme's line. The pages
    // showing those are not mounted now, so refetching active queries would not reach them: reset the cache.
    update: (cache, { data }) => {
      if (data) {
        cache.writeQuery({ query: LatestPictureDocument, data: { latestPicture: data.publishPicture } });
      }
      cache.evict({ fieldName: 'pictureSnapshots' });
      cache.evict({ fieldName: 'themePictureLine' });
      cache.evict({ fieldName: 'regionalAdvice' });
      cache.gc();
    },
  });
  const lines = preview.data?.picturePreview;
  const risks = lines?.differencingRisks ?? [];
  // A confirmation holds for the risks it was given on: a new preview asks again.
  const [confirmedFor, setConfirmedFor] = useState<typeof risks | null>(null);
  const confirmed = confirmedFor !== null && confirmedFor === risks;
  const [checkError, setCheckError] = useState(false);

  const adviceRules = useAdviceDraftRules();
  const form = useForm<PublishFormValues>({
    mode: 'controlled',
    initialValues: { note: '', advice: [] },
    validate: {
      note: (value) =>
        value.trim().length > NOTE_MAX_LENGTH ? t('validation.noteTooLong', { max: NOTE_MAX_LENGTH }) : null,
      advice: { title: adviceRules.title, body: adviceRules.body },
    },
  });
  useRevalidateOnLanguageChange(form);

  const publish = async (note: string, drafts: AdviceDraftValue[]) => {
    try {
      const acknowledgedRisks = confirmed ? risks.map((risk) => ({ themeId: risk.theme.id, cell: risk.cell })) : [];
      const advice = drafts.map(({ title, body, priority, themeIds }) => ({
        title: title.trim(),
        body: body.trim(),
        priority,
        themeIds,
      }));
      await publishPicture({ variables: { note: note.trim(), acknowledgedRisks, advice } });
      notify('success', t('publish.published'));
      void navigate(PATHS.picture);
    } catch (error) {
      const { message, fieldErrors } = describeError(error);
      if (toApiProblem(error).reason === 'DIFFERENCING_UNCONFIRMED') {
        // The figures moved since this preview: show the check as it is now.
        void preview.refetch();
      }
      if (fieldErrors.note) {
        form.setFieldError('note', t('validation.noteTooLong', { max: NOTE_MAX_LENGTH }));
      }
      notify('error', tc(message.key, message.values));
    }
  };

  const confirmPublish = form.onSubmit(({ note, advice }) => {
    if (risks.length > 0 && !confirmed) {
      setCheckError(true);
      return;
    }
    modals.openConfirmModal({
      title: t('publish.confirmTitle'),
      children: <Text size="sm">{t('publish.confirmBody')}</Text>,
      labels: { confirm: t('publish.confirm'), cancel: t('publish.cancel') },
      closeButtonProps: { 'aria-label': tc('common.close') },
      onConfirm: () => void publish(note, advice),
    });
  });

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={PATHS.picture} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('publish.back')}
        </Group>
      </Anchor>
      <PageHeader
        title={t('publish.title')}
        description={t('publish.intro')}
        actions={
          <Button
            variant="default"
            leftSection={<IconRefresh size={18} aria-hidden />}
            onClick={() => void preview.refetch()}
            loading={preview.loading && lines !== undefined}
          >
            {t('publish.refresh')}
          </Button>
        }
      />
      <ThresholdSetting onChanged={() => void preview.refetch()} />
      <section aria-labelledby="preview-title">
        <Title order={2} size="h3" id="preview-title" mb="sm">
          {t('publish.previewTitle')}
        </Title>
        {preview.error ? (
          <QueryError error={preview.error} onRetry={() => void preview.refetch()} />
        ) : !lines ? (
          <Stack gap="md" aria-busy="true">
            <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
            <Skeleton height={320} />
          </Stack>
        ) : (
          <Stack gap="sm">
            {lines.comparedWithPublishedAt && (
              <Text size="sm">{t('publish.comparedWith', { date: formatDate(lines.comparedWithPublishedAt) })}</Text>
            )}
            <ContributingMunicipalities
              municipalities={lines.contributingMunicipalities}
              shown={lines.contributingCount !== null}
            />
            <PictureView picture={lines} />
          </Stack>
        )}
      </section>
      {lines && (
        <DifferencingCheck
          risks={risks}
          threshold={lines.threshold}
          comparedWithPublishedAt={lines.comparedWithPublishedAt}
          confirmed={confirmed}
          onConfirmedChange={(checked) => setConfirmedFor(checked ? risks : null)}
          error={checkError}
        />
      )}
      <Card withBorder padding="lg">
        <form onSubmit={confirmPublish} noValidate>
          <Stack gap="md">
            <Textarea
              label={t('publish.note')}
              description={t('publish.noteHint', { max: NOTE_MAX_LENGTH })}
              autosize
              minRows={3}
              {...form.getInputProps('note')}
            />
            <AdviceDraft form={form} />
            <Group justify="flex-end">
              <Button
                type="submit"
                leftSection={<IconSend size={18} aria-hidden />}
                loading={publishing.loading}
                disabled={!lines}
              >
                {t('publish.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
