import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Menu,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowsMove } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MoveRecommendationDocument, type FollowUpStatus } from '../../gql/graphql';
import { describeError, isStaleVersion } from '../../lib/errors';
import { recommendationPath } from '../../lib/navigation';
import { columnsOf, mayMove, moveInput, moveTargets, needsReason, type BoardCard } from './board';
import { formatLocalDate } from './followUp';
import { MoveReasonDialog } from './MoveReasonDialog';
import { OverdueBadge, PriorityBadge } from './RecommendationBadges';

interface Props {
  cards: BoardCard[];
  /** Whether the viewer moves cards (the municipality's coordinators); others see the board only. */
  canMove: boolean;
  /** Reloads the board after a move or a conflict. */
  onReload: () => Promise<unknown>;
}

const DRAG_TYPE = 'application/x-rode-draad-recommendation';

/**
 * The follow-up board: a column per status. A card moves by drag and drop or, from the keyboard, by
 * its "move to" menu; both offer only the workflow's moves, ask a reason for "not adopted", save on
 * the card's version (CONFLICT when someone else changed it) and announce the result.
 */
export function RecommendationsBoard({ cards, canMove, onReload }: Props) {
  const { t, i18n } = useTranslation('recommendations');
  const { t: tc } = useTranslation();
  const [move, { loading }] = useMutation(MoveRecommendationDocument);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<{ card: BoardCard; to: FollowUpStatus } | null>(null);
  const [dragged, setDragged] = useState<BoardCard | null>(null);

  const send = async (card: BoardCard, to: FollowUpStatus, reason: string | null = null) => {
    setProblem(null);
    setAnnouncement('');
    try {
      await move({ variables: { id: card.id, input: moveInput(card, to, reason) } });
      setAnnouncement(t('board.moved', { title: card.title, status: t(`status.${to}`) }));
    } catch (error) {
      setProblem(isStaleVersion(error) ? t('board.conflict', { title: card.title }) : messageOf(error));
    }
    await onReload();
    // The card now lives in another column: keep the keyboard user on it.
    requestAnimationFrame(() => document.getElementById(`move-${card.id}`)?.focus());
  };
  const messageOf = (error: unknown) => {
    const { message } = describeError(error);
    return tc(message.key, message.values);
  };
  const request = (card: BoardCard, to: FollowUpStatus) => {
    if (!mayMove(card, to)) {
      setAnnouncement(t('board.notAllowed', { status: t(`status.${to}`) }));
      return;
    }
    if (needsReason(to)) {
      setPending({ card, to });
    } else {
      void send(card, to);
    }
  };

  const dropProps = (status: FollowUpStatus) =>
    canMove
      ? {
          onDragOver: (event: DragEvent) => {
            if (dragged && mayMove(dragged, status)) {
              event.preventDefault();
            }
          },
          onDrop: (event: DragEvent) => {
            event.preventDefault();
            if (dragged) {
              request(dragged, status);
            }
            setDragged(null);
          },
        }
      : {};

  return (
    <Stack gap="md" aria-busy={loading}>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      {problem && (
        <Alert
          color="red"
          title={t('board.notMoved')}
          withCloseButton
          closeButtonLabel={tc('common.close')}
          onClose={() => setProblem(null)}
          role="alert"
        >
          {problem}
        </Alert>
      )}
      {canMove && (
        <Text size="sm" c="dimmed">
          {t('board.help')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        {columnsOf(cards).map((column) => (
          <Paper
            key={column.status}
            component="section"
            withBorder
            p="sm"
            bg={dragged && mayMove(dragged, column.status) ? 'blue.0' : 'gray.0'}
            aria-labelledby={`column-${column.status}`}
            data-testid={`column-${column.status}`}
            {...dropProps(column.status)}
          >
            <Stack gap="sm">
              <Title order={2} size="h4" id={`column-${column.status}`}>
                {t(`status.${column.status}`)}{' '}
                <Text span c="dimmed" size="sm">
                  ({column.cards.length})
                </Text>
              </Title>
              {column.cards.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('board.emptyColumn')}
                </Text>
              ) : (
                <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                  {column.cards.map((card) => (
                    <Paper
                      key={card.id}
                      component="li"
                      withBorder
                      p="xs"
                      shadow="xs"
                      draggable={canMove}
                      onDragStart={(event: DragEvent) => {
                        event.dataTransfer.setData(DRAG_TYPE, card.id);
                        event.dataTransfer.effectAllowed = 'move';
                        setDragged(card);
                      }}
                      onDragEnd={() => setDragged(null)}
                      style={card.overdue ? { borderLeft: '4px solid var(--mantine-color-red-9)' } : undefined}
                      data-testid="board-card"
                    >
                      <Stack gap={6}>
                        <Anchor component={Link} to={recommendationPath(card.id)} size="sm" fw={500}>
                          {card.title}
                        </Anchor>
                        <Group gap="xs">
                          <PriorityBadge priority={card.priority} />
                          {card.overdue && <OverdueBadge />}
                        </Group>
                        <Text size="xs" c="dimmed">
                          {[
                            card.reference,
                            card.owner?.name ?? t('detail.noOwner'),
                            card.dueDate ? formatLocalDate(card.dueDate, i18n.language) : null,
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </Text>
                        {canMove && (
                          <Menu position="bottom-start" withinPortal>
                            <Menu.Target>
                              <Button
                                id={`move-${card.id}`}
                                size="compact-xs"
                                variant="default"
                                leftSection={<IconArrowsMove size={14} aria-hidden />}
                                aria-label={t('board.moveLabel', { title: card.title })}
                                disabled={loading}
                              >
                                {t('board.move')}
                              </Button>
                            </Menu.Target>
                            <Menu.Dropdown>
                              {moveTargets(card).map((to) => (
                                <Menu.Item key={to} onClick={() => request(card, to)}>
                                  {t('board.moveTo', { status: t(`status.${to}`) })}
                                </Menu.Item>
                              ))}
                            </Menu.Dropdown>
                          </Menu>
                        )}
                      </Stack>
                    </Paper>
                  ))}
                </Stack>
              )}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      <MoveReasonDialog
        title={pending?.card.title ?? null}
        onCancel={() => setPending(null)}
        onConfirm={(reason) => {
          if (pending) {
            void send(pending.card, pending.to, reason);
          }
          setPending(null);
        }}
      />
    </Stack>
  );
}
