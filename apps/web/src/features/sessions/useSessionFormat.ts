import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TIME_ZONE } from './calendarDays';
import { dateTimeFormat } from '../../lib/dateFormat';

/** Dates and times as Amsterdam sees them, in the interface language, whatever the browser's own zone. */
export function useSessionFormat() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const locale = i18n.language;
    const date = dateTimeFormat(locale, {
      timeZone: TIME_ZONE,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
    const longDate = dateTimeFormat(locale, {
      timeZone: TIME_ZONE,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    const time = dateTimeFormat(locale, { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });
    const dateTime = dateTimeFormat(locale, { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' });
    // Calendar days are zone-free keys ("2025-03-04"): format them at UTC so they never shift.
    const dayLabel = dateTimeFormat(locale, {
      timeZone: 'UTC',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    });
    const monthLabel = dateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' });
    const weekdayShort = dateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short' });
    const weekdayLong = dateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long' });
    const shortDay = dateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' });
    const utcDay = (key: string) => new Date(`${key}T00:00:00Z`);
    return {
      date: (iso: string) => date.format(new Date(iso)),
      longDate: (iso: string) => longDate.format(new Date(iso)),
      time: (iso: string) => time.format(new Date(iso)),
      timeRange: (start: string, end: string) => `${time.format(new Date(start))}–${time.format(new Date(end))}`,
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      day: (key: string) => dayLabel.format(utcDay(key)),
      shortDay: (key: string) => shortDay.format(utcDay(key)),
      month: (key: string) => monthLabel.format(utcDay(key)),
      weekdayShort: (key: string) => weekdayShort.format(utcDay(key)),
      weekdayLong: (key: string) => weekdayLong.format(utcDay(key)),
    };
  }, [i18n.language]);
}
