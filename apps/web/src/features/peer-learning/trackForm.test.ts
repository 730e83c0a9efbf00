import { describe, expect, it } from 'vitest';
import type { PeerTrackFieldsFragment } from '../../gql/graphql';
import { moveGoal, toTrackInput, trackFormValues, validateTrackForm, type TrackFormValues } from './trackForm';

const track: PeerTrackFieldsFragment = {
  __typename: 'PeerTrack',
  id: 't1',
  version: 3,
  programmeId: 'p1',
  title: 'Zicht op vastgoed',
  description: 'Leren van elkaar',
  startsOn: '2025-03-01',
  endsOn: '2025-12-31',
  // 09:00 and 17:30 in Amsterdam (winter and summer time).
  enrolmentOpensAt: '2025-01-06T08:00:00.000Z',
  enrolmentClosesAt: '2025-04-01T15:30:00.000Z',
  evaluationClosesAt: null,
  enrolmentOpen: false,
  groupForm: 'PAIRS_OR_TRIOS',
  multipleGroupsAllowed: true,
  createdAt: '2025-01-01T00:00:00.000Z',
  themes: [{ __typename: 'PeerTrackTheme', id: 'th1', title: 'Vastgoed' }],
  goals: [
    { __typename: 'PeerTrackGoal', id: 'g2', position: 1, title: 'Tweede' },
    { __typename: 'PeerTrackGoal', id: 'g1', position: 0, title: 'Eerste' },
  ],
  enrolmentCount: { __typename: 'CountBand', kind: 'EXACT', value: 4, bound: null },
  viewerCan: { __typename: 'PeerTrackPermissions', enrol: false, manage: true },
};

const valid = (): TrackFormValues => ({ ...trackFormValues(track, null) });

describe('track form values', () => {
  it('reads a stored track in Amsterdam wall-clock time with its goals in order, and writes it back unchanged', () => {
    const values = trackFormValues(track, null);
    expect(values).toMatchObject({
      goals: ['Eerste', 'Tweede'],
      opensDate: '2025-01-06',
      opensTime: '09:00',
      closesDate: '2025-04-01',
      closesTime: '17:30',
      evaluationDate: '',
      themeIds: ['th1'],
    });
    expect(toTrackInput(values)).toEqual({
      programmeId: 'p1',
      themeIds: ['th1'],
      title: 'Zicht op vastgoed',
      description: 'Leren van elkaar',
      goals: ['Eerste', 'Tweede'],
      startsOn: '2025-03-01',
      endsOn: '2025-12-31',
      enrolmentOpensAt: '2025-01-06T08:00:00.000Z',
      enrolmentClosesAt: '2025-04-01T15:30:00.000Z',
      evaluationClosesAt: null,
      groupForm: 'PAIRS_OR_TRIOS',
      multipleGroupsAllowed: true,
    });
  });

  it('starts a new track in the given programme with one empty goal and pairs', () => {
    expect(trackFormValues(null, 'p9')).toMatchObject({ programmeId: 'p9', goals: [''], groupForm: 'PAIRS' });
  });

  it('accepts a complete track and names each problem by its field', () => {
    expect(validateTrackForm(valid())).toEqual({});
    const problems = validateTrackForm({
      ...valid(),
      title: ' ',
      themeIds: [],
      goals: ['Eerste', ''],
      endsOn: '2025-02-01',
      closesDate: '2025-01-01',
      evaluationDate: '2024-12-01',
    });
    expect(problems).toEqual({
      title: { key: 'validation.required' },
      themeIds: { key: 'validation.themeRequired' },
      'goals.1': { key: 'validation.required' },
      endsOn: { key: 'validation.endsBeforeStart' },
      closesDate: { key: 'validation.closesBeforeOpens' },
      evaluationDate: { key: 'validation.evaluationBeforeClose' },
    });
  });

  it('limits the number of goals', () => {
    expect(validateTrackForm({ ...valid(), goals: Array.from({ length: 13 }, (_, i) => `Doel ${i}`) }).goals).toEqual({
      key: 'validation.tooManyGoals',
      values: { max: 12 },
    });
  });

  it('moves a goal up or down and leaves the ends alone', () => {
    expect(moveGoal(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveGoal(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveGoal(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveGoal(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
