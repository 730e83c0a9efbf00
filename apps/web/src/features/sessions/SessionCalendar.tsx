import { Alert, Anchor, Button, Group, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionSummaryFragment } from '../../gql/graphql';
import { sessionPath } from '../../lib/navigation';
import { addDays, addMonths, startOfWeek, zonedDayKey, type DayKey } from './calendarDays';
import classes from './SessionCalendar.module.css';
import { calendarDays, stepAnchor } from './sessionListParams';
import { useSessionFormat } from './useSessionFormat';

interface Props {
  view: 'month' | 'week';
  anchor: DayKey;
  today: DayKey;
  sessions: SessionSummaryFragment[];
  /** More sessions match than were loaded. */
  truncated: boolean;
  onNavigate: (anchor: DayKey) => void;
}

const KEY_STEPS: Partial<Record<string, number>> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/** A month or week as a table of days with the sessions as links; arrow keys move between days. */
export function SessionCalendar({ view, anchor, today, sessions, truncated, onNavigate }: Props) {
  const { t } = useTranslation('sessions');
  const format = useSessionFormat();
  const headingId = useId();
  const weeks = useMemo(() => calendarDays(view, anchor), [view, anchor]);
  const visible = weeks.flat();
  const first = visible[0]!;
  const last = visible[visible.length - 1]!;
  const [focused, setFocused] = useState<DayKey>(anchor);
  const focusAfterRender = useRef(false);
  const cells = useRef(new Map<DayKey, HTMLTableCellElement>());
  const activeDay = focused >= first && focused <= last ? focused : today >= first && today <= last ? today : anchor;

  const byDay = useMemo(() => {
    const map = new Map<DayKey, SessionSummaryFragment[]>();
    for (const session of sessions) {
      const key = zonedDayKey(session.startsAt);
      map.set(key, [...(map.get(key) ?? []), session]);
    }
    return map;
  }, [sessions]);

  useEffect(() => {
    if (focusAfterRender.current) {
      focusAfterRender.current = false;
      cells.current.get(activeDay)?.focus();
    }
  });

  const moveTo = (day: DayKey) => {
    focusAfterRender.current = true;
    setFocused(day);
    if (day < first || day > last) {
      onNavigate(day);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableCellElement>, day: DayKey) => {
    const step = KEY_STEPS[event.key];
    let target: DayKey | null = step === undefined ? null : addDays(day, step);
    if (event.key === 'Home') {
      target = startOfWeek(day);
    } else if (event.key === 'End') {
      target = addDays(startOfWeek(day), 6);
    } else if (event.key === 'PageUp' || event.key === 'PageDown') {
      target =
        view === 'month'
          ? addMonths(day, event.key === 'PageUp' ? -1 : 1)
          : addDays(day, event.key === 'PageUp' ? -7 : 7);
    }
    if (target) {
      event.preventDefault();
      moveTo(target);
    }
  };

  const periodLabel =
    view === 'month'
      ? format.month(anchor)
      : t('calendar.weekOf', { start: format.shortDay(first), end: format.shortDay(last) });
  const isMonth = view === 'month';
  const go = (direction: 1 | -1) => {
    const next = stepAnchor(view, anchor, direction);
    setFocused(next);
    onNavigate(next);
  };

  return (
    <div>
      <Group justify="space-between" mb="sm" gap="sm">
        <Title order={2} size="h3" id={headingId} aria-live="polite">
          {periodLabel}
        </Title>
        <Group gap="xs">
          <Button
            variant="default"
            size="sm"
            onClick={() => go(-1)}
            leftSection={<IconChevronLeft size={16} aria-hidden />}
          >
            {t(isMonth ? 'calendar.previousMonth' : 'calendar.previousWeek')}
          </Button>
          <Button
            variant="default"
            size="sm"
            onClick={() => {
              setFocused(today);
              onNavigate(today);
            }}
          >
            {t('calendar.today')}
          </Button>
          <Button
            variant="default"
            size="sm"
            onClick={() => go(1)}
            rightSection={<IconChevronRight size={16} aria-hidden />}
          >
            {t(isMonth ? 'calendar.nextMonth' : 'calendar.nextWeek')}
          </Button>
        </Group>
      </Group>
      {truncated && (
        <Alert color="yellow" variant="light" mb="sm">
          {t('calendar.tooMany')}
        </Alert>
      )}
      <table role="grid" aria-labelledby={headingId} className={`${classes.grid} ${isMonth ? '' : classes.week}`}>
        <VisuallyHidden component="caption">{t('calendar.caption', { period: periodLabel })}</VisuallyHidden>
        <thead>
          <tr>
            {weeks[0]!.map((day) => (
              <th key={day} scope="col">
                <abbr title={format.weekdayLong(day)}>{format.weekdayShort(day)}</abbr>
                {!isMonth && (
                  <Text span size="xs" c="dimmed" ml={4}>
                    {format.shortDay(day)}
                  </Text>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((day) => {
                const daySessions = byDay.get(day) ?? [];
                const outside = isMonth && day.slice(0, 7) !== anchor.slice(0, 7);
                return (
                  <td
                    key={day}
                    ref={(element) => {
                      if (element) {
                        cells.current.set(day, element);
                      } else {
                        cells.current.delete(day);
                      }
                    }}
                    tabIndex={day === activeDay ? 0 : -1}
                    aria-current={day === today ? 'date' : undefined}
                    aria-selected={day === activeDay}
                    className={[classes.cell, outside ? classes.outside : '', day === today ? classes.today : ''].join(
                      ' ',
                    )}
                    onKeyDown={(event) => onKeyDown(event, day)}
                    onFocus={(event) => {
                      if (event.target === event.currentTarget) {
                        setFocused(day);
                      }
                    }}
                  >
                    <Text
                      span
                      size="sm"
                      fw={600}
                      c={outside ? 'dimmed' : undefined}
                      className={classes.dayNumber}
                      aria-hidden
                    >
                      {Number(day.slice(8))}
                    </Text>
                    <VisuallyHidden>
                      {format.day(day)}:{' '}
                      {daySessions.length === 0
                        ? t('calendar.noSessions')
                        : t('calendar.sessionsOnDay', { count: daySessions.length })}
                    </VisuallyHidden>
                    {daySessions.length > 0 && (
                      <ul className={classes.events}>
                        {daySessions.map((session) => (
                          <li key={session.id}>
                            <Anchor
                              component={Link}
                              to={sessionPath(session.id)}
                              className={`${classes.event} ${session.status === 'CANCELLED' ? classes.cancelled : ''}`}
                              c="dark.8"
                            >
                              {isMonth
                                ? format.time(session.startsAt)
                                : format.timeRange(session.startsAt, session.endsAt)}{' '}
                              {session.activity.title}
                              {session.status === 'CANCELLED' || session.status === 'FULL'
                                ? ` (${t(`status.${session.status}`)})`
                                : ''}
                            </Anchor>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
