import { PAGE_SIZE_DEFAULT } from '@rode-draad/shared';
import type { PeerTrackFieldsFragment } from '../../gql/graphql';
import { defineListParams, intField, nextSort as nextListSort, oneOfField, textField } from '../../lib/listParams';

export type TrackPhase = 'upcoming' | 'running' | 'completed';
export const TRACK_PHASES: readonly TrackPhase[] = ['upcoming', 'running', 'completed'];

/** Where a track stands on `today` (YYYY-MM-DD, local): completed tracks stay listed, as the programme's history. */
export function trackPhase(track: Pick<PeerTrackFieldsFragment, 'startsOn' | 'endsOn'>, today: string): TrackPhase {
  return track.endsOn < today ? 'completed' : track.startsOn > today ? 'upcoming' : 'running';
}

/** The years the tracks' periods touch, newest first: the choices of the year filter. */
export function trackYears(tracks: readonly Pick<PeerTrackFieldsFragment, 'startsOn' | 'endsOn'>[]): number[] {
  const years = new Set<number>();
  for (const track of tracks) {
    for (let year = Number(track.startsOn.slice(0, 4)); year <= Number(track.endsOn.slice(0, 4)); year += 1) {
      years.add(year);
    }
  }
  return [...years].sort((a, b) => b - a);
}

/** Today as YYYY-MM-DD in the browser's time zone. */
export const localToday = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

export type TrackSortField = 'TITLE' | 'STARTS_ON' | 'ENROLMENT_CLOSES_AT';
const SORT_FIELDS: readonly TrackSortField[] = ['TITLE', 'STARTS_ON', 'ENROLMENT_CLOSES_AT'];

export const trackListParams = defineListParams({
  filters: {
    search: textField('q'),
    enrolment: oneOfField('enrolment', ['open', 'closed'] as const),
    phase: oneOfField('phase', TRACK_PHASES),
    year: intField('year', 2000, 2100),
  },
  sort: { fields: SORT_FIELDS, initial: 'STARTS_ON' },
});

export type TrackListParams = typeof trackListParams.defaults;

/** Titles A–Z first; dates newest first. */
export function nextSort(params: TrackListParams, field: TrackSortField) {
  return nextListSort(params, field, field === 'TITLE' ? 'ASC' : 'DESC');
}

const sortKey = (track: PeerTrackFieldsFragment, field: TrackSortField): string => {
  switch (field) {
    case 'TITLE':
      return track.title.toLocaleLowerCase();
    case 'STARTS_ON':
      return track.startsOn;
    case 'ENROLMENT_CLOSES_AT':
      return track.enrolmentClosesAt;
  }
};

/**
 * The region's tracks are few (a handful a year) and come in one answer, so the list filters, sorts
 * and pages them here, with the same URL state as the lists the API pages.
 */
export function visibleTracks(
  tracks: readonly PeerTrackFieldsFragment[],
  params: TrackListParams,
  today: string = localToday(),
): { total: number; items: PeerTrackFieldsFragment[] } {
  const words = params.search.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const matching = tracks.filter((track) => {
    if (params.enrolment !== null && track.enrolmentOpen !== (params.enrolment === 'open')) {
      return false;
    }
    if (params.phase !== null && trackPhase(track, today) !== params.phase) {
      return false;
    }
    if (
      params.year !== null &&
      (Number(track.startsOn.slice(0, 4)) > params.year || Number(track.endsOn.slice(0, 4)) < params.year)
    ) {
      return false;
    }
    const text = [
      track.title,
      track.description,
      ...track.themes.map((t) => t.title),
      ...track.goals.map((g) => g.title),
    ]
      .join(' ')
      .toLocaleLowerCase();
    return words.every((word) => text.includes(word));
  });
  const direction = params.sortDirection === 'ASC' ? 1 : -1;
  const sorted = [...matching].sort(
    (a, b) =>
      direction * sortKey(a, params.sortField).localeCompare(sortKey(b, params.sortField)) ||
      a.title.localeCompare(b.title) ||
      a.id.localeCompare(b.id),
  );
  const start = (params.page - 1) * PAGE_SIZE_DEFAULT;
  return { total: matching.length, items: sorted.slice(start, start + PAGE_SIZE_DEFAULT) };
}
