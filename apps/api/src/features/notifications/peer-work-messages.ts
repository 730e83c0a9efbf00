import { isUuid } from '../../common/ids';
import { formatWhen, layoutMail, type RenderedMail } from './mail.render';
import type { MessageKind } from './message-kind';

/**
 * Messages to a peer group's members (coordinators and the enrolment's contact persons) while the
 * group works. Both are PERSONAL: they tell the recipient that their municipality is in the group.
 * The payload names the track (readable without a session) and the group by id; a reminder also
 * carries the meeting's time and place as they were when the system path enqueued it a day or two
 * ahead (the renderer runs without a session and may not read meetings), never partners or the log.
 */
export interface PeerWorkMessagePayloads {
  PEER_MEETING_REMINDER: { trackId: string; groupId: string; startsAt: string; endsAt: string; place: string };
  PEER_GROUP_NUDGE: { trackId: string; groupId: string };
}

const T = {
  nl: {
    reminder: (track: string) => `Herinnering: bijeenkomst van je leergroep (${track})`,
    reminderLines: (track: string, when: string, place: string) => [
      `Je leergroep in het traject "${track}" komt binnenkort bij elkaar: ${when}.`,
      ...(place ? [`Plaats: ${place}`] : []),
    ],
    nudge: (track: string) => `Je leergroep in "${track}" heeft al twee maanden geen bijeenkomst`,
    nudgeLines: (track: string) => [
      `Je leergroep in het traject "${track}" heeft al twee maanden geen bijeenkomst gehad of gepland.`,
      'Plan een werkbezoek of intervisie met je partner(s) in Rode Draad.',
    ],
    link: 'Naar je leergroep',
  },
  en: {
    reminder: (track: string) => `Reminder: your peer group meets (${track})`,
    reminderLines: (track: string, when: string, place: string) => [
      `Your peer group in the track "${track}" meets soon: ${when}.`,
      ...(place ? [`Place: ${place}`] : []),
    ],
    nudge: (track: string) => `Your peer group in "${track}" has not met for two months`,
    nudgeLines: (track: string) => [
      `Your peer group in the track "${track}" has had no meeting, held or planned, for two months.`,
      'Plan a site visit or peer consultation with your partner(s) in Rode Draad.',
    ],
    link: 'Go to your peer group',
  },
} as const;

const isIso = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

async function trackTitles(
  db: Parameters<MessageKind<unknown>['render']>[0],
  trackIds: string[],
): Promise<Map<string, string>> {
  // Tracks are the programme's offer: readable without a session (migration PeerLearning).
  const rows = await db.query<{ id: string; title: string }[]>(
    'SELECT id, title FROM peer_tracks WHERE id = ANY($1::uuid[])',
    [[...new Set(trackIds)]],
  );
  return new Map(rows.map((r) => [r.id, r.title]));
}

export const PEER_WORK_MESSAGE_KINDS: {
  [K in keyof PeerWorkMessagePayloads]: MessageKind<PeerWorkMessagePayloads[K]>;
} = {
  PEER_MEETING_REMINDER: {
    confidentiality: 'PERSONAL',
    parse({ trackId, groupId, startsAt, endsAt, place }) {
      return typeof trackId === 'string' &&
        isUuid(trackId) &&
        typeof groupId === 'string' &&
        isUuid(groupId) &&
        isIso(startsAt) &&
        isIso(endsAt) &&
        typeof place === 'string'
        ? { trackId, groupId, startsAt, endsAt, place }
        : null;
    },
    async render(db, messages, settings) {
      const titles = await trackTitles(
        db,
        messages.map((m) => m.payload.trackId),
      );
      return messages.map(({ payload, recipient }): RenderedMail | null => {
        const title = titles.get(payload.trackId);
        if (title === undefined) {
          return null;
        }
        const t = T[recipient.locale];
        const when = formatWhen(recipient.locale, new Date(payload.startsAt), new Date(payload.endsAt));
        const appPath = `/peer-groups/${payload.groupId}`;
        return {
          ...layoutMail(recipient, {
            subject: t.reminder(title),
            lines: [...t.reminderLines(title, when, payload.place)],
            link: { label: t.link, url: `${settings.publicUrl}${appPath}` },
          }),
          appPath,
        };
      });
    },
  },
  PEER_GROUP_NUDGE: {
    confidentiality: 'PERSONAL',
    parse({ trackId, groupId }) {
      return typeof trackId === 'string' && isUuid(trackId) && typeof groupId === 'string' && isUuid(groupId)
        ? { trackId, groupId }
        : null;
    },
    async render(db, messages, settings) {
      const titles = await trackTitles(
        db,
        messages.map((m) => m.payload.trackId),
      );
      return messages.map(({ payload, recipient }): RenderedMail | null => {
        const title = titles.get(payload.trackId);
        if (title === undefined) {
          return null;
        }
        const t = T[recipient.locale];
        const appPath = `/peer-groups/${payload.groupId}`;
        return {
          ...layoutMail(recipient, {
            subject: t.nudge(title),
            lines: [...t.nudgeLines(title)],
            link: { label: t.link, url: `${settings.publicUrl}${appPath}` },
          }),
          appPath,
        };
      });
    },
  },
};
