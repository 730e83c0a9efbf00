import { describe, expect, it } from 'vitest';
import { meetingFormValues, toLocalInput, toMeetingInput } from './meetingForm';

describe('meeting form values', () => {
  it('round-trips a stored meeting through the form unchanged', () => {
    const meeting = {
      __typename: 'PeerMeeting' as const,
      id: 'm',
      kind: 'INTERVISIE' as const,
      startsAt: '2025-03-04T09:30:00.000Z',
      endsAt: '2025-03-04T11:00:00.000Z',
      location: 'Stadhuis',
      onlineUrl: null,
      hostMunicipalityId: 'h',
      hostMunicipalityName: 'Hengelo',
      status: 'PLANNED' as const,
      version: 3,
      log: [],
    };
    const values = meetingFormValues(meeting);
    expect(values).toMatchObject({ kind: 'INTERVISIE', location: 'Stadhuis', onlineUrl: '', hostMunicipalityId: 'h' });
    expect(values.startsAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(toMeetingInput(values)).toEqual({
      kind: 'INTERVISIE',
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      location: 'Stadhuis',
      onlineUrl: null,
      hostMunicipalityId: 'h',
    });
    expect(toLocalInput(new Date(2025, 0, 2, 8, 5).toISOString())).toBe('2025-01-02T08:05');
  });
});
