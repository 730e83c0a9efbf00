import { describe, expect, it } from 'vitest';
import type { PeerTrackFieldsFragment } from '../../gql/graphql';
import { explainPeerGroup, explainProposalGroup } from './explanation';
import { nextSort, trackListParams, trackPhase, trackYears, visibleTracks } from './trackListParams';

const { defaults, parse, serialize } = trackListParams;

const track = (
  id: string,
  title: string,
  startsOn: string,
  open: boolean,
  theme = 'Bibob',
): PeerTrackFieldsFragment => ({
  __typename: 'PeerTrack',
  id,
  version: 1,
  programmeId: 'p',
  title,
  description: '',
  startsOn,
  endsOn: startsOn,
  enrolmentOpensAt: `${startsOn}T00:00:00.000Z`,
  enrolmentClosesAt: `${startsOn}T00:00:00.000Z`,
  evaluationClosesAt: null,
  enrolmentOpen: open,
  groupForm: 'PAIRS',
  multipleGroupsAllowed: false,
  createdAt: startsOn,
  themes: [{ __typename: 'PeerTrackTheme', id: theme, title: theme }],
  goals: [],
  enrolmentCount: { __typename: 'CountBand', kind: 'FEWER_THAN', value: null, bound: 3 },
  viewerCan: { __typename: 'PeerTrackPermissions', enrol: false, manage: false },
});

const tracks = [
  track('1', 'Bibob in de praktijk', '2024-03-01', false),
  track('2', 'Zicht op vastgoed', '2025-03-01', true, 'Vastgoed'),
  track('3', 'Arbeidsuitbuiting', '2025-09-01', true),
];

describe('track list', () => {
  it('round-trips through the URL and keeps the default list out of it', () => {
    const params = {
      search: 'vastgoed',
      enrolment: 'open' as const,
      phase: 'completed' as const,
      year: 2023,
      sortField: 'TITLE' as const,
      sortDirection: 'DESC' as const,
      page: 2,
    };
    expect(parse(serialize(params))).toEqual(params);
    expect(serialize(defaults).toString()).toBe('');
  });

  it('searches titles and themes, filters on open enrolment, and sorts', () => {
    expect(visibleTracks(tracks, { ...defaults, search: 'vastgoed' }).items.map((t) => t.id)).toEqual(['2']);
    expect(visibleTracks(tracks, { ...defaults, search: 'bibob' }).items.map((t) => t.id)).toEqual(['1', '3']);
    expect(visibleTracks(tracks, { ...defaults, enrolment: 'closed' }).total).toBe(1);
    expect(visibleTracks(tracks, { ...defaults, ...nextSort(defaults, 'TITLE') }).items.map((t) => t.id)).toEqual([
      '3',
      '1',
      '2',
    ]);
  });

  it('keeps completed tracks reachable: filters by phase and by the years a period touches', () => {
    const today = '2025-06-15';
    const history = [
      { ...track('old', 'Bibob 2023', '2023-01-01', false), endsOn: '2023-12-31' },
      { ...track('now', 'Vastgoed', '2025-01-01', false), endsOn: '2026-06-30' },
      { ...track('next', 'Later', '2025-09-01', true), endsOn: '2025-12-31' },
    ];
    expect(history.map((t) => trackPhase(t, today))).toEqual(['completed', 'running', 'upcoming']);
    expect(visibleTracks(history, { ...defaults, phase: 'completed' }, today).items.map((t) => t.id)).toEqual(['old']);
    expect(visibleTracks(history, { ...defaults, year: 2026 }, today).items.map((t) => t.id)).toEqual(['now']);
    expect(visibleTracks(history, { ...defaults, year: 2025 }, today).total).toBe(2);
    expect(trackYears(history)).toEqual([2026, 2025, 2023]);
  });

  it('pages in the default page size', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      track(String(i), `T${String(i).padStart(2, '0')}`, '2025-01-01', true),
    );
    const second = visibleTracks(many, { ...defaults, sortField: 'TITLE', page: 2 });
    expect(second.total).toBe(30);
    expect(second.items[0]?.title).toBe('T25');
  });
});

describe('group explanations', () => {
  it('lists per goal in track order who learns from whom, with points for staff only', () => {
    const group = {
      __typename: 'PeerProposalGroup' as const,
      id: 'g',
      position: 0,
      locked: false,
      score: 9,
      bonus: 0,
      repeats: 0,
      costOfBreaking: 2,
      members: [
        { __typename: 'PeerMunicipality' as const, id: 'a', name: 'Almelo' },
        { __typename: 'PeerMunicipality' as const, id: 'b', name: 'Borne' },
      ],
      learning: [
        { __typename: 'PeerLearningLine' as const, goalId: 'g2', learnerId: 'a', fromId: 'b', points: 6 },
        { __typename: 'PeerLearningLine' as const, goalId: 'g1', learnerId: 'b', fromId: 'a', points: 3 },
      ],
    };
    const goals = [
      { id: 'g2', title: 'Twee', position: 1 },
      { id: 'g1', title: 'Een', position: 0 },
    ];
    expect(explainProposalGroup(group, goals)).toEqual([
      { goalId: 'g1', goalTitle: 'Een', lines: [{ learner: 'Borne', from: 'Almelo', points: 3 }] },
      { goalId: 'g2', goalTitle: 'Twee', lines: [{ learner: 'Almelo', from: 'Borne', points: 6 }] },
    ]);
    const members = group.members.map((m) => ({
      __typename: 'PeerPartner' as const,
      municipalityId: m.id,
      name: m.name,
      contacts: [],
    }));
    const seen = explainPeerGroup({
      __typename: 'PeerGroup',
      id: 'g',
      trackId: 't',
      trackTitle: 'T',
      trackStartsOn: '2025-01-01',
      trackEndsOn: '2025-12-31',
      members,
      pairedGoals: [{ __typename: 'PeerPairedGoal', goalId: 'g2', goalTitle: 'Twee', learnerId: 'a', fromId: 'b' }],
    });
    expect(seen).toEqual([{ goalId: 'g2', goalTitle: 'Twee', lines: [{ learner: 'Almelo', from: 'Borne' }] }]);
    expect(JSON.stringify(seen)).not.toContain('points');
  });
});
