import { term } from '@rode-draad/shared';
import { grantNeedsApproval } from '../../access/permissions';
import { isUuid } from '../../common/ids';
import { invitationLink, invitationToken, passwordResetLink } from '../invitations/invitation-token';
import { loadInvitations } from './invitation-messages';
import { dateFormats, layoutMail, type MailContent, type RenderedMail } from './mail.render';
import type { MessageKind, MessageToRender } from './message-kind';

/**
 * The mails of accounts without typed passwords: an invitation to a new account and a password
 * reset link (features/invitations, features/auth). Both go to an address, never to an account's
 * in-app messages, and carry a link computed from the link key at send time (the outbox holds only
 * the invitation's id). OPERATIONAL: about an account, no confidential data. In the recipient's
 * language, in the app's tone ("je").
 */

export interface AccountMessagePayloads {
  /** An invitation to a new account with a role: to the invited address. */
  ACCOUNT_INVITATION: { invitationId: string };
  /** A "forgot password" link: to the account's own address, in the account's language. */
  PASSWORD_RESET: { invitationId: string };
}

const T = {
  nl: {
    invitation: (inviter: string, role: string, until: string): MailContent => ({
      subject: 'Je uitnodiging voor Rode Draad',
      lines: [
        `${inviter} nodigt je uit voor Rode Draad, het platform van het leerprogramma Weerbaar Twente, als ${role}.`,
        'Kies via de link hieronder je wachtwoord; daarna kun je meteen aan de slag.',
        `De link werkt één keer en tot ${until}. Verwachtte je deze uitnodiging niet, dan kun je deze e-mail negeren.`,
      ],
    }),
    pendingRole:
      'Voor deze rol geeft een RIEC-analist van de regio nog akkoord; tot dan kun je alleen inloggen en je account beheren.',
    invitationLink: 'Uitnodiging accepteren',
    reset: (): MailContent => ({
      subject: 'Nieuw wachtwoord voor Rode Draad',
      lines: [
        'Je hebt gevraagd om een nieuw wachtwoord voor Rode Draad. Kies het via de link hieronder.',
        'De link werkt één keer en een uur lang. Daarna word je overal uitgelogd en log je in met je nieuwe wachtwoord.',
        'Heb je dit niet zelf gevraagd? Dan kun je deze e-mail negeren: je wachtwoord blijft zoals het is.',
      ],
    }),
    resetLink: 'Nieuw wachtwoord kiezen',
    someone: 'Een beheerder',
    of: (role: string, municipality: string) => `${role} van ${municipality}`,
  },
  en: {
    invitation: (inviter: string, role: string, until: string): MailContent => ({
      subject: 'Your invitation to Rode Draad',
      lines: [
        `${inviter} invites you to Rode Draad, the platform of the Weerbaar Twente learning programme, as ${role}.`,
        'Choose your password through the link below; then you can get started.',
        `The link works once and until ${until}. If you did not expect this invitation, you can ignore this e-mail.`,
      ],
    }),
    pendingRole:
      'An RIEC analyst of the region still approves this role; until then you can only log in and manage your account.',
    invitationLink: 'Accept the invitation',
    reset: (): MailContent => ({
      subject: 'New password for Rode Draad',
      lines: [
        'You asked for a new password for Rode Draad. Choose it through the link below.',
        'The link works once and for one hour. Afterwards you are logged out everywhere and log in with your new password.',
        'Did you not ask for this? Then you can ignore this e-mail: your password stays as it is.',
      ],
    }),
    resetLink: 'Choose a new password',
    someone: 'An administrator',
    of: (role: string, municipality: string) => `${role} of ${municipality}`,
  },
} as const;

const parse = ({ invitationId }: Record<string, unknown>) =>
  typeof invitationId === 'string' && isUuid(invitationId) ? { invitationId } : null;

/** A link that was used, revoked or expired before the mail went out is not worth sending. */
const obsolete: MessageKind<{ invitationId: string }>['obsolete'] = async (db, messages, settings) =>
  (await loadInvitations(db, messages, settings.linkSecret)).map((invitation) => !!invitation && !invitation.open);

export const ACCOUNT_MESSAGE_KINDS: {
  [K in keyof AccountMessagePayloads]: MessageKind<AccountMessagePayloads[K]>;
} = {
  ACCOUNT_INVITATION: {
    confidentiality: 'OPERATIONAL',
    parse,
    async render(db, messages: readonly MessageToRender<{ invitationId: string }>[], settings) {
      const invitations = await loadInvitations(db, messages, settings.linkSecret);
      return messages.map(({ payload, recipient }, i): RenderedMail | null => {
        const invitation = invitations[i];
        if (invitation?.purpose !== 'ACCOUNT' || !invitation.role || !settings.linkSecret) {
          return null;
        }
        const t = T[recipient.locale];
        const label = term('role', invitation.role, recipient.locale);
        const role = invitation.municipality_name ? t.of(label, invitation.municipality_name) : label;
        const content = t.invitation(
          invitation.inviter_name ?? t.someone,
          role,
          dateFormats[recipient.locale].format(invitation.expires_at),
        );
        return layoutMail(recipient, {
          ...content,
          lines: grantNeedsApproval(invitation.role) ? [...content.lines, t.pendingRole] : content.lines,
          link: {
            label: t.invitationLink,
            url: invitationLink(settings.publicUrl, invitationToken(settings.linkSecret, payload.invitationId)),
          },
        });
      });
    },
    obsolete,
  },
  PASSWORD_RESET: {
    confidentiality: 'OPERATIONAL',
    parse,
    async render(db, messages: readonly MessageToRender<{ invitationId: string }>[], settings) {
      const links = await loadInvitations(db, messages, settings.linkSecret);
      return messages.map(({ payload, recipient }, i): RenderedMail | null => {
        if (links[i]?.purpose !== 'PASSWORD_RESET' || !settings.linkSecret) {
          return null;
        }
        const t = T[recipient.locale];
        return layoutMail(recipient, {
          ...t.reset(),
          link: {
            label: t.resetLink,
            url: passwordResetLink(settings.publicUrl, invitationToken(settings.linkSecret, payload.invitationId)),
          },
        });
      });
    },
    obsolete,
  },
};
