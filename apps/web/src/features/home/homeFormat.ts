import { formatAmsterdamDate, formatAmsterdamTime } from '../../lib/amsterdamTime';

/** "di 4 mrt 2025, 09:30": when something happens or closes, in Amsterdam time. */
export function formatMoment(iso: string, locale: string): string {
  return `${formatAmsterdamDate(iso, locale)}, ${formatAmsterdamTime(iso, locale)}`;
}

/** A calendar day (YYYY-MM-DD) as "di 4 mrt 2025"; noon UTC is the same day in Amsterdam. */
export function formatDay(day: string, locale: string): string {
  return formatAmsterdamDate(`${day}T12:00:00Z`, locale);
}
