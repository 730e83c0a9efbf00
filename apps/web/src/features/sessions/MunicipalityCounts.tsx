import { useQuery } from '@apollo/client/react';
import { Card, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/PageState';
import { RegistrationsByMunicipalityDocument } from '../../gql/graphql';

const COLUMNS = ['confirmed', 'waitlisted', 'cancelled', 'attended'] as const;

/** Programme staff: counts per municipality, for spreading seats fairly over the region. */
export function MunicipalityCounts({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('sessions');
  const { data, error, refetch } = useQuery(RegistrationsByMunicipalityDocument, { variables: { sessionId } });
  const rows = data?.registrationsByMunicipality;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="per-municipality-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="per-municipality-title">
          {t('perMunicipality.title')}
        </Title>
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !rows ? (
          <Skeleton height={80} />
        ) : rows.length === 0 ? (
          <Text size="sm">{t('perMunicipality.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table striped verticalSpacing="xs">
              <Table.Caption>{t('perMunicipality.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('perMunicipality.municipality')}</Table.Th>
                  {COLUMNS.map((column) => (
                    <Table.Th key={column} scope="col" ta="right">
                      {t(`perMunicipality.${column}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.municipality.id}>
                    <Table.Th scope="row" fw={500}>
                      {row.municipality.name}
                    </Table.Th>
                    {COLUMNS.map((column) => (
                      <Table.Td key={column} ta="right">
                        {row[column]}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
