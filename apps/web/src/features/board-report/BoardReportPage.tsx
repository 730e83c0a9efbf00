import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconArrowLeft, IconDownload, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useParams } from 'react-router';
import { QueryError } from '../../components/PageState';
import { BoardReportDocument } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';
import { useBandLabel, useDateFormat } from '../picture/PictureParts';
import { PictureView } from '../picture/PictureView';
import { AdviceCard } from '../regional-advice/AdviceCard';
import '../recommendations/print.css';

/**
 * The board's report of a published snapshot as a printable page (the print stylesheet leaves out
 * the app around it), with the server's PDF beside it. Figures come from the snapshot only.
 */
export function BoardReportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('boardReport');
  const { t: tc } = useTranslation();
  const formatDate = useDateFormat();
  const band = useBandLabel();
  const { data, error, refetch } = useQuery(BoardReportDocument, { variables: { snapshotId: id } });
  const report = data?.boardReport;

  if (error) {
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  if (!report) {
    return (
      <Stack aria-busy="true">
        <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
        <Skeleton height={80} />
        <Skeleton height={320} />
      </Stack>
    );
  }
  const { snapshot, learning } = report;
  const date = formatDate(snapshot.publishedAt);
  const rows: [string, string][] = [
    [t('activities'), String(learning.activities)],
    [t('sessionsHeld'), String(learning.sessionsHeld)],
    [t('attendances'), band(learning.attendances)],
    [t('attendingMunicipalities'), band(learning.attendingMunicipalities)],
    [t('tracks'), String(learning.tracks)],
    [t('enrolledMunicipalities'), band(learning.enrolledMunicipalities)],
    [t('peerGroups'), learning.peerGroups === null ? t('withheld') : String(learning.peerGroups)],
  ];

  return (
    <Stack gap="lg">
      <Group justify="space-between" className="rd-no-print">
        <Anchor component={Link} to={generatePath(PATHS.pictureSnapshot, { id: snapshot.id })} size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {t('back')}
          </Group>
        </Anchor>
        <Group gap="sm">
          <Button
            component="a"
            href={`/api/picture-snapshots/${snapshot.id}/board-report.pdf`}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t('download')}
          </Button>
          <Button leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()}>
            {t('print')}
          </Button>
        </Group>
      </Group>
      <div>
        <Title order={1}>{t('title')}</Title>
        <Text mt="xs">{t('intro', { date })}</Text>
        <Text size="sm" mt={4}>
          {t('threshold', { k: snapshot.threshold, n: snapshot.municipalityCount })}
        </Text>
        {snapshot.note && (
          <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
            {snapshot.note}
          </Text>
        )}
      </div>
      <section aria-labelledby="report-picture" className="rd-print-section">
        <Title order={2} size="h3" id="report-picture" mb="sm">
          {t('picture')}
        </Title>
        <PictureView picture={snapshot} />
      </section>
      <section aria-labelledby="report-advice">
        <Title order={2} size="h3" id="report-advice" mb="sm">
          {t('advice')}
        </Title>
        <Stack gap="sm">
          {report.advice.map((a) => (
            <AdviceCard key={a.id} advice={a} />
          ))}
        </Stack>
      </section>
      <section aria-labelledby="report-learning" className="rd-print-section">
        <Title order={2} size="h3" id="report-learning" mb="sm">
          {t('learning', { date })}
        </Title>
        <Table withTableBorder maw={560}>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row">{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
      <Text size="xs" c="dimmed">
        {t('generated', { date: formatDate(report.generatedAt) })}
      </Text>
    </Stack>
  );
}
