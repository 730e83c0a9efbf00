import { Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PeerEnrolmentFieldsFragment, PeerTrackFieldsFragment } from '../../gql/graphql';

interface Props {
  track: PeerTrackFieldsFragment;
  enrolments: PeerEnrolmentFieldsFragment[];
}

/** Staff's view of who enrolled and what each declared: per goal want to learn / can share, and preferences. */
export function EnrolmentsTable({ track, enrolments }: Props) {
  const { t } = useTranslation('peerLearning');
  const goals = [...track.goals].sort((a, b) => a.position - b.position);
  const sorted = [...enrolments].sort(
    (a, b) => Number(!!a.withdrawnAt) - Number(!!b.withdrawnAt) || a.municipalityName.localeCompare(b.municipalityName),
  );
  return (
    <section aria-labelledby="enrolments-heading">
      <Title order={2} size="h3" id="enrolments-heading" mb="sm">
        {t('review.enrolments')} ({enrolments.filter((e) => !e.withdrawnAt).length})
      </Title>
      {sorted.length === 0 ? (
        <Text>{t('review.noEnrolments')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="xs" fz="sm">
            <VisuallyHidden component="caption">{t('review.enrolmentsCaption')}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('review.municipality')}</Table.Th>
                {goals.map((goal) => (
                  <Table.Th key={goal.id}>{goal.title}</Table.Th>
                ))}
                <Table.Th>{t('review.preferences')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((enrolment) => {
                const declared = new Map(enrolment.declarations.map((d) => [d.goalId, d]));
                const names = (kind: 'PREFER' | 'AVOID') =>
                  enrolment.preferences
                    .filter((p) => p.kind === kind)
                    .map((p) => p.municipalityName)
                    .join(', ');
                return (
                  <Table.Tr key={enrolment.id}>
                    <Table.Th scope="row" fw={500}>
                      {enrolment.municipalityName}{' '}
                      {enrolment.withdrawnAt && (
                        <Text span size="xs" fw={400}>
                          ({t('review.withdrawn')})
                        </Text>
                      )}
                      {!enrolment.consentShowGoals && (
                        <Text size="xs" c="dimmed">
                          {t('review.noConsent')}
                        </Text>
                      )}
                    </Table.Th>
                    {goals.map((goal) => {
                      const d = declared.get(goal.id);
                      const values = { need: d?.need ?? 0, share: d?.share ?? 0 };
                      return (
                        <Table.Td key={goal.id}>
                          <span aria-hidden>{t('review.learnShare', values)}</span>
                          <VisuallyHidden>{t('review.learnShareLabel', values)}</VisuallyHidden>
                        </Table.Td>
                      );
                    })}
                    <Table.Td>
                      {names('PREFER') && <Text size="xs">{t('review.prefers', { names: names('PREFER') })}</Text>}
                      {names('AVOID') && <Text size="xs">{t('review.avoids', { names: names('AVOID') })}</Text>}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
