import { PAGE_SIZE_DEFAULT } from '@rode-draad/shared';
import type { PeerTrackFieldsFragment } from '../../gql/graphql';
import { defineListParams, nextSort as nextListSort, oneOfField, textField } from '../../lib/listParams';

export type TrackSortField = 'TITLE' | 'STARTS_ON' | 'ENROLMENT_CLOSES_AT';
const SORT_FIELDS: readonly TrackSortField[] = ['TITLE', 'STARTS_ON', 'ENROLMENT_CLOSES_AT'];

export const trackListParams = defineListParams({
  filters: {
    search: textField('q'),
    enrolment: oneOfField('enrolment', ['open', 'closed'] as const),
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
): { total: number; items: PeerTrackFieldsFragment[] } {
  const words = params.search.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const matching = tracks.filter((track) => {
    if (params.enrolment !== null && track.enrolmentOpen !== (params.enrolment === 'open')) {
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
