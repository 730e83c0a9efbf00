import type { PeerGroupWorkQuery, PeerMeetingInput, PeerMeetingKind } from '../../../gql/graphql';

type Meeting = PeerGroupWorkQuery['peerGroupWork']['meetings'][number];

/** A meeting as its form holds it: times as `datetime-local` values in the browser's time zone. */
export interface MeetingFormValues {
  kind: PeerMeetingKind;
  startsAt: string;
  endsAt: string;
  location: string;
  onlineUrl: string;
  hostMunicipalityId: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a `datetime-local` value, in the same (browser) time zone the form reads it back in. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function meetingFormValues(meeting: Meeting): MeetingFormValues {
  return {
    kind: meeting.kind,
    startsAt: toLocalInput(meeting.startsAt),
    endsAt: toLocalInput(meeting.endsAt),
    location: meeting.location,
    onlineUrl: meeting.onlineUrl ?? '',
    hostMunicipalityId: meeting.hostMunicipalityId ?? '',
  };
}

export function toMeetingInput(values: MeetingFormValues): PeerMeetingInput {
  return {
    kind: values.kind,
    startsAt: new Date(values.startsAt).toISOString(),
    endsAt: new Date(values.endsAt).toISOString(),
    location: values.location,
    onlineUrl: values.onlineUrl.trim() || null,
    hostMunicipalityId: values.hostMunicipalityId || null,
  };
}
