import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { ProgrammesDocument } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';
import { useCan } from '../auth/useCan';
import { ProgrammeFormModal } from './ProgrammeFormModal';
import { AppBadge } from '../../components/AppBadge';

export function ProgrammesPage() {
  const { t } = useTranslation('programmes');
  const { t: tc } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { data, error, refetch } = useQuery(ProgrammesDocument);
  const programmes = data?.programmes;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          can('PROGRAMME_PLAN') && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
              {t('create')}
            </Button>
          )
        }
      />
      <Card withBorder padding="lg">
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !programmes ? (
          <Stack gap="xs" aria-busy="true">
            <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
            {Array.from({ length: 3 }, (_, i) => (
              <Skeleton key={i} height={36} />
            ))}
          </Stack>
        ) : programmes.length === 0 ? (
          <Text>{t('empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('columns.name')}</Table.Th>
                  <Table.Th>{t('columns.period')}</Table.Th>
                  <Table.Th>{t('columns.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {programmes.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={generatePath(PATHS.programme, { id: p.id })} fw={500} size="sm">
                        {p.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t('period', { start: p.startYear, end: p.endYear })}</Table.Td>
                    <Table.Td>
                      <AppBadge variant="default">{t(`status.${p.status}`)}</AppBadge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      {creating && (
        <ProgrammeFormModal
          programme={null}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            void refetch();
            void navigate(generatePath(PATHS.programme, { id: saved.id }));
          }}
        />
      )}
    </Stack>
  );
}
