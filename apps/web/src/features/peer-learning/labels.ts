import type { TFunction } from 'i18next';
import type { PeerTrackFieldsFragment } from '../../gql/graphql';
import { formatAmsterdamDate } from '../../lib/amsterdamTime';
import { dateTimeFormat } from '../../lib/dateFormat';

/** An enrolment count as the API gives it: exact, or a band under the region's k rule. */
export function bandText(band: PeerTrackFieldsFragment['enrolmentCount'], t: TFunction<'peerLearning'>): string {
  switch (band.kind) {
    case 'EXACT':
      return String(band.value ?? 0);
    case 'FEWER_THAN':
      return t('band.FEWER_THAN', { bound: band.bound ?? '' });
    case 'MORE_THAN':
      return t('band.MORE_THAN', { bound: band.bound ?? '' });
  }
}

/** A date-only value (YYYY-MM-DD) as "4 mrt 2025": read at noon UTC so no time zone shifts the day. */
export function formatDay(date: string, locale: string): string {
  return dateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

export function formatPeriod(startsOn: string, endsOn: string, locale: string): string {
  return `${formatDay(startsOn, locale)} – ${formatDay(endsOn, locale)}`;
}

/** "mrt 2025" for a YYYY-MM month. */
export function formatMonth(month: string, locale: string): string {
  return dateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
}

export const formatInstant = formatAmsterdamDate;
