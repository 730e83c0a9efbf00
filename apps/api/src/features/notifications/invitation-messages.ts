import type { Role } from '@rode-draad/shared';
import { isUuid } from '../../common/ids';
import { invitationLink, invitationToken } from '../invitations/invitation-token';
import { dateFormats, layoutMail, type RenderedMail } from './mail.render';
import type { MessageKind, MessageToRender, Queryable } from './message-kind';

/**
 * The mail with an invitation's link (features/invitations). It goes to an address, not an account.
 * The invitation table is readable only with its token (row-level security), so the renderer
 * computes each token from the link key and opens its own invitation with it, inside the sender's
 * transaction. OPERATIONAL: it names the municipality and who invites, never the recommendation
 * (the invitee may read that only once they accepted).
 */

export interface InvitationMessagePayloads {
  /** An invitation to become owner of a recommendation: to the invited address. */
  OWNER_INVITATION: { invitationId: string };
}

export interface InvitationFacts {
  purpose: string;
  role: Role | null;
  expires_at: Date;
  open: boolean;
  municipality_name: string | null;
  inviter_name: string | null;
}

/** Each message's link row, opened with its own token (row-level security shows nothing else), or null. */
export async function loadInvitations(
  db: Queryable,
  messages: readonly MessageToRender<{ invitationId: string }>[],
  linkSecret: string | undefined,
): Promise<(InvitationFacts | null)[]> {
  if (!linkSecret) {
    return messages.map(() => null);
  }
  const found: (InvitationFacts | null)[] = [];
  for (const { payload } of messages) {
    await db.query(`SELECT set_config('app.invitation_token', $1, true)`, [
      invitationToken(linkSecret, payload.invitationId),
    ]);
    const [row] = await db.query<InvitationFacts[]>(
      `SELECT i.purpose, i.role, i.expires_at, (i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()) AS open,
              m.name AS municipality_name, u.name AS inviter_name
         FROM invitations i
         LEFT JOIN municipalities m ON m.id = i.municipality_id
         LEFT JOIN users u ON u.id = i.invited_by
        WHERE i.id = $1`,
      [payload.invitationId],
    );
    found.push(row ?? null);
  }
  await db.query(`SELECT set_config('app.invitation_token', '', true)`);
  return found;
}

const T = {
  nl: {
    subject: (municipality: string) => `Uitnodiging voor Rode Draad van gemeente ${municipality}`,
    lines: (inviter: string, municipality: string, until: string) => [
      `${inviter} van gemeente ${municipality} nodigt je uit om eigenaar te worden van een aanbeveling in Rode Draad, waarin de gemeente de opvolging van haar weerbaarheidsscan bijhoudt.`,
      'Kies via de link hieronder je naam en wachtwoord; daarna zie je de aanbeveling.',
      `De link werkt één keer en tot ${until}. Verwachtte je deze uitnodiging niet, dan kun je deze e-mail negeren.`,
    ],
    link: 'Uitnodiging accepteren',
    someone: 'Een coördinator',
  },
  en: {
    subject: (municipality: string) => `Invitation to Rode Draad from the municipality of ${municipality}`,
    lines: (inviter: string, municipality: string, until: string) => [
      `${inviter} of the municipality of ${municipality} invites you to become owner of a recommendation in Rode Draad, where the municipality follows up its resilience scan.`,
      'Choose your name and password through the link below; then you will see the recommendation.',
      `The link works once and until ${until}. If you did not expect this invitation, you can ignore this e-mail.`,
    ],
    link: 'Accept the invitation',
    someone: 'A coordinator',
  },
} as const;

export const INVITATION_MESSAGE_KINDS: {
  [K in keyof InvitationMessagePayloads]: MessageKind<InvitationMessagePayloads[K]>;
} = {
  OWNER_INVITATION: {
    confidentiality: 'OPERATIONAL',
    parse({ invitationId }) {
      return typeof invitationId === 'string' && isUuid(invitationId) ? { invitationId } : null;
    },
    async render(db, messages, settings) {
      const invitations = await loadInvitations(db, messages, settings.linkSecret);
      return messages.map(({ payload, recipient }, i): RenderedMail | null => {
        const invitation = invitations[i];
        if (!invitation?.municipality_name || !settings.linkSecret) {
          return null;
        }
        const t = T[recipient.locale];
        return layoutMail(recipient, {
          subject: t.subject(invitation.municipality_name),
          lines: t.lines(
            invitation.inviter_name ?? t.someone,
            invitation.municipality_name,
            dateFormats[recipient.locale].format(invitation.expires_at),
          ),
          link: {
            label: t.link,
            url: invitationLink(settings.publicUrl, invitationToken(settings.linkSecret, payload.invitationId)),
          },
        });
      });
    },
    async obsolete(db, messages, settings) {
      // Used, revoked or expired before the mail went out: a dead link is not worth sending.
      const invitations = await loadInvitations(db, messages, settings.linkSecret);
      return invitations.map((invitation) => !!invitation && !invitation.open);
    },
  },
};
