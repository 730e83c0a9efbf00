import { useQuery } from '@apollo/client/react';
import { Card, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { UnansweredAdvice } from '../regional-advice/UnansweredAdvice';
import { QueryError } from '../../components/PageState';
import { ProgrammeBuilderDocument } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';
import { useDateFormat } from '../picture/PictureParts';
import { ActivityFormModal } from '../programmes/ActivityFormModal';
import { ProgrammeSelect } from '../programmes/ProgrammeSelect';
import { useProgrammeChoice } from '../programmes/useProgrammeChoice';
import { BuilderTable, type BuilderTheme } from './BuilderTable';

/** Turns the regional picture into a programme: themes by how widely they occur, with the offer on each. */
export function ProgrammeBuilderPage() {
  const { t } = useTranslation('programmeBuilder');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const formatDate = useDateFormat();
  const choice = useProgrammeChoice();
  const [creatingFor, setCreatingFor] = useState<BuilderTheme['theme'] | null>(null);
  const { data, error, refetch } = useQuery(ProgrammeBuilderDocument, {
    variables: { programmeId: choice.chosen?.id ?? '' },
    skip: !choice.chosen,
  });
  const builder = data?.programmeBuilder;

  const loader = (
    <Stack gap="xs" aria-busy="true">
      <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
      <Skeleton height={240} />
    </Stack>
  );

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('intro')} />
      <UnansweredAdvice />
      {choice.error ? (
        <QueryError error={choice.error} onRetry={() => void choice.refetch()} />
      ) : !choice.programmes ? (
        loader
      ) : !choice.chosen ? (
        <Text>{t('noProgrammes')}</Text>
      ) : (
        <Card withBorder padding="lg">
          <Stack gap="md">
            <ProgrammeSelect
              programmes={choice.programmes}
              value={choice.chosen.id}
              onChange={choice.choose}
              label={t('programme')}
            />
            {error ? (
              <QueryError error={error} onRetry={() => void refetch()} />
            ) : !builder || builder.programme.id !== choice.chosen.id ? (
              loader
            ) : (
              <>
                <Text size="sm">
                  {builder.snapshotPublishedAt
                    ? t('snapshot', { date: formatDate(builder.snapshotPublishedAt) })
                    : t('noSnapshot')}
                </Text>
                {builder.themes.length === 0 ? (
                  <Text>{t('empty')}</Text>
                ) : (
                  <BuilderTable
                    themes={builder.themes}
                    programmeName={builder.programme.name}
                    canCreate={builder.programme.viewerCan.edit}
                    onCreate={setCreatingFor}
                  />
                )}
              </>
            )}
          </Stack>
        </Card>
      )}
      {creatingFor && builder && (
        <ActivityFormModal
          programme={builder.programme}
          activity={null}
          fromTheme={creatingFor}
          onClose={() => setCreatingFor(null)}
          onSaved={(saved) => {
            void refetch();
            void navigate(generatePath(PATHS.activity, { id: saved.id }));
          }}
        />
      )}
    </Stack>
  );
}
