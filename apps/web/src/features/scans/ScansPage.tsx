import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Select, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { ScansDocument, type ScanFieldsFragment } from '../../gql/graphql';
import { scanPath } from '../../lib/navigation';
import { useMunicipalityOptions } from '../admin-users/useMunicipalityOptions';
import { useCan } from '../auth/useCan';
import { formatLocalDate } from '../recommendations/followUp';
import { ScanActions } from './ScanActions';
import { ScanFormModal } from './ScanFormModal';

export function ScansPage() {
  const { t, i18n } = useTranslation('scans');
  // Analysts record scans for every municipality; coordinators only read their own.
  const recordsScans = useCan()('SCAN_WRITE');
  const [searchParams, setSearchParams] = useSearchParams();
  const municipalityId = searchParams.get('municipality') || null;
  const [editing, setEditing] = useState<ScanFieldsFragment | 'new' | null>(null);
  const municipalities = useMunicipalityOptions();
  const { data, previousData, loading, error, refetch } = useQuery(ScansDocument, { variables: { municipalityId } });
  const scans = data?.scans ?? previousData?.scans;

  const chooseMunicipality = (value: string | null) => {
    setSearchParams(value ? { municipality: value } : {}, { replace: true });
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          recordsScans && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('new')}>
              {t('create')}
            </Button>
          )
        }
      />
      <Card withBorder padding="lg">
        <Stack gap="md">
          {recordsScans && (
            <Select
              label={t('municipalityFilter')}
              placeholder={t('allMunicipalities')}
              data={municipalities.options}
              value={municipalityId}
              onChange={chooseMunicipality}
              clearable
              searchable
              w={{ base: '100%', sm: 260 }}
            />
          )}
          {municipalities.error && (
            <QueryError error={municipalities.error} onRetry={() => void municipalities.refetch()} />
          )}
          {error ? (
            <QueryError error={error} onRetry={() => void refetch()} />
          ) : !scans ? (
            <Stack gap="xs" aria-busy="true">
              <VisuallyHidden role="status">{t('loading')}</VisuallyHidden>
              {Array.from({ length: 6 }, (_, i) => (
                <Skeleton key={i} height={36} />
              ))}
            </Stack>
          ) : (
            <Stack gap="md" aria-busy={loading}>
              <Text size="sm" c="dimmed" role="status">
                {t('total', { count: scans.length })}
              </Text>
              {scans.length === 0 ? (
                <Text py="lg">{t(municipalityId ? 'emptyFiltered' : 'empty')}</Text>
              ) : (
                <Table.ScrollContainer minWidth={720}>
                  <Table striped highlightOnHover verticalSpacing="sm">
                    <VisuallyHidden component="caption">{t('tableCaption')}</VisuallyHidden>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('columns.scanDate')}</Table.Th>
                        <Table.Th>{t('columns.municipality')}</Table.Th>
                        <Table.Th>{t('columns.kind')}</Table.Th>
                        <Table.Th>{t('columns.scope')}</Table.Th>
                        <Table.Th>
                          <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {scans.map((scan) => (
                        <Table.Tr key={scan.id}>
                          <Table.Td>
                            <Anchor component={Link} to={scanPath(scan.id)} size="sm" fw={500}>
                              {formatLocalDate(scan.scanDate, i18n.language)}
                            </Anchor>
                          </Table.Td>
                          <Table.Td>{scan.municipality.name}</Table.Td>
                          <Table.Td>{t(`kind.${scan.kind}`)}</Table.Td>
                          <Table.Td>
                            <Text size="sm" lineClamp={2}>
                              {scan.scope || '—'}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            {scan.viewerCan.edit && <ScanActions scan={scan} onEdit={() => setEditing(scan)} />}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Stack>
          )}
        </Stack>
      </Card>
      {editing !== null && (
        <ScanFormModal
          scan={editing === 'new' ? null : editing}
          defaultMunicipalityId={municipalityId}
          municipalityOptions={municipalities.options}
          onClose={() => setEditing(null)}
          onSaved={() => void refetch()}
        />
      )}
    </Stack>
  );
}
