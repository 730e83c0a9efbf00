import { isUuid } from '../../common/ids';
import { layoutMail, type RenderedMail } from './mail.render';
import type { MessageKind } from './message-kind';

/**
 * The message to a group's coordinators and contact persons when staff publish (or re-publish) the
 * groups of a peer-learning track. The payload names the track only; the mail says the group is
 * ready and links to it, so neither the outbox nor the mail carries partners, goals or scores (those
 * stay behind the app's row-level security). PERSONAL: it tells its recipient that their municipality
 * takes part in the track.
 */
export interface PeerGroupMessagePayloads {
  PEER_GROUP_PUBLISHED: { trackId: string };
}

const T = {
  nl: {
    subject: (track: string) => `Je leergroep in het traject "${track}" staat klaar`,
    lines: (track: string) => [
      `De programmaorganisatie heeft de leergroepen van het traject "${track}" gepubliceerd.`,
      'In Rode Draad zie je met welke gemeente(n) je gemeente een groep vormt en op welke leerdoelen.',
    ],
    link: 'Bekijk je leergroep',
  },
  en: {
    subject: (track: string) => `Your peer group in the track "${track}" is ready`,
    lines: (track: string) => [
      `The programme team has published the peer groups of the track "${track}".`,
      'In Rode Draad you see which municipalities your municipality is grouped with, and on which learning goals.',
    ],
    link: 'See your peer group',
  },
} as const;

export const PEER_GROUP_MESSAGE_KINDS: {
  [K in keyof PeerGroupMessagePayloads]: MessageKind<PeerGroupMessagePayloads[K]>;
} = {
  PEER_GROUP_PUBLISHED: {
    confidentiality: 'PERSONAL',
    parse({ trackId }) {
      return typeof trackId === 'string' && isUuid(trackId) ? { trackId } : null;
    },
    async render(db, messages, settings) {
      // Tracks are the programme's offer: readable without a session (migration PeerLearning).
      const rows = await db.query<{ id: string; title: string }[]>(
        'SELECT id, title FROM peer_tracks WHERE id = ANY($1::uuid[])',
        [[...new Set(messages.map((m) => m.payload.trackId))]],
      );
      const titles = new Map(rows.map((r) => [r.id, r.title]));
      return messages.map(({ payload, recipient }): RenderedMail | null => {
        const title = titles.get(payload.trackId);
        if (title === undefined) {
          return null;
        }
        const t = T[recipient.locale];
        const appPath = `/peer-tracks/${payload.trackId}`;
        return {
          ...layoutMail(recipient, {
            subject: t.subject(title),
            lines: [...t.lines(title)],
            link: { label: t.link, url: `${settings.publicUrl}${appPath}` },
          }),
          appPath,
        };
      });
    },
  },
};
