import { term, type Locale, type Role } from '@rode-draad/shared';
import { isUuid } from '../../common/ids';
import { layoutMail, type MailContent, type RenderedMail } from './mail.render';
import type { MessageKind, Queryable } from './message-kind';

/**
 * The messages about a request for a privileged role (features/role-grants). Their payload names the
 * grant; who it is for, the role, the municipality and the decision are loaded when the message is
 * rendered. A request and its decision never change once written (migration RoleGrants), so a late
 * mail still says what was asked and decided. OPERATIONAL: they are about an account and its access,
 * and carry no municipality's confidential data.
 */

interface AboutGrant {
  grantId: string;
}

export interface RoleGrantMessagePayloads {
  /** A privileged role was asked for: to the region's approvers and the role's holders in the municipality. */
  ROLE_GRANT_REQUESTED: AboutGrant;
  /** A request was approved or rejected: to the account and the administrator who asked. */
  ROLE_GRANT_DECIDED: AboutGrant;
}

interface GrantFacts {
  role: Role;
  status: string;
  note: string | null;
  userName: string;
  userEmail: string;
  municipalityName: string | null;
}

async function loadGrants(db: Queryable, ids: string[]): Promise<Map<string, GrantFacts>> {
  const rows = await db.query<
    {
      id: string;
      requested_role: Role;
      status: string;
      note: string | null;
      user_name: string;
      user_email: string;
      municipality_name: string | null;
    }[]
  >(
    `SELECT g.id, g.requested_role, g.status, g.note, u.name AS user_name, u.email AS user_email, m.name AS municipality_name
       FROM role_grants g
       JOIN users u ON u.id = g.user_id
       LEFT JOIN municipalities m ON m.id = g.municipality_id
      WHERE g.id = ANY($1::uuid[])`,
    [[...new Set(ids)]],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        role: r.requested_role,
        status: r.status,
        note: r.note,
        userName: r.user_name,
        userEmail: r.user_email,
        municipalityName: r.municipality_name,
      },
    ]),
  );
}

const T = {
  nl: {
    of: (role: string, municipality: string) => `${role} van ${municipality}`,
    link: 'Open Rode Draad',
    requested: (g: GrantFacts, what: string, who: string): Pick<MailContent, 'subject' | 'lines'> => ({
      subject: `Rolaanvraag: ${g.userName} als ${what}`,
      lines: [
        `Een beheerder vraagt de rol ${what} aan voor ${who}.`,
        'De rol gaat pas in als een andere RIEC-analist van de regio de aanvraag goedkeurt.',
      ],
    }),
    decided: (g: GrantFacts, what: string, who: string, approved: boolean): Pick<MailContent, 'subject' | 'lines'> => ({
      subject: `Rolaanvraag ${approved ? 'goedgekeurd' : 'afgewezen'}: ${g.userName} als ${what}`,
      lines: [
        `De aanvraag van de rol ${what} voor ${who} is ${approved ? 'goedgekeurd. De rol geldt bij de volgende keer inloggen.' : 'afgewezen.'}`,
        ...(g.note ? [`Toelichting: ${g.note}`] : []),
      ],
    }),
  },
  en: {
    of: (role: string, municipality: string) => `${role} of ${municipality}`,
    link: 'Open Rode Draad',
    requested: (g: GrantFacts, what: string, who: string): Pick<MailContent, 'subject' | 'lines'> => ({
      subject: `Role request: ${g.userName} as ${what}`,
      lines: [
        `An administrator requests the role ${what} for ${who}.`,
        'The role takes effect only when another RIEC analyst of the region approves the request.',
      ],
    }),
    decided: (g: GrantFacts, what: string, who: string, approved: boolean): Pick<MailContent, 'subject' | 'lines'> => ({
      subject: `Role request ${approved ? 'approved' : 'rejected'}: ${g.userName} as ${what}`,
      lines: [
        `The request for the role ${what} for ${who} was ${approved ? 'approved. The role applies from the next login.' : 'rejected.'}`,
        ...(g.note ? [`Note: ${g.note}`] : []),
      ],
    }),
  },
} as const;

/**
 * A role grant kind: its words (null when the grant is not in a state the kind speaks of) and where
 * its link leads.
 */
function roleGrantKind(
  words: (
    grant: GrantFacts,
    locale: Locale,
    what: string,
    who: string,
  ) => Pick<MailContent, 'subject' | 'lines'> | null,
  appPath: string,
): MessageKind<AboutGrant> {
  return {
    confidentiality: 'OPERATIONAL',
    parse({ grantId }) {
      return typeof grantId === 'string' && isUuid(grantId) ? { grantId } : null;
    },
    async render(db, messages, settings) {
      const grants = await loadGrants(
        db,
        messages.map((m) => m.payload.grantId),
      );
      return messages.map(({ payload, recipient }): RenderedMail | null => {
        const grant = grants.get(payload.grantId);
        if (!grant) {
          return null;
        }
        const t = T[recipient.locale];
        const role = term('role', grant.role, recipient.locale);
        const what = grant.municipalityName ? t.of(role, grant.municipalityName) : role;
        const content = words(grant, recipient.locale, what, `${grant.userName} (${grant.userEmail})`);
        return content
          ? {
              ...layoutMail(recipient, { ...content, link: { label: t.link, url: `${settings.publicUrl}${appPath}` } }),
              appPath,
            }
          : null;
      });
    },
  };
}

export const ROLE_GRANT_MESSAGE_KINDS: {
  [K in keyof RoleGrantMessagePayloads]: MessageKind<RoleGrantMessagePayloads[K]>;
} = {
  ROLE_GRANT_REQUESTED: roleGrantKind(
    (grant, locale, what, who) => T[locale].requested(grant, what, who),
    '/role-requests',
  ),
  ROLE_GRANT_DECIDED: roleGrantKind((grant, locale, what, who) => {
    if (grant.status !== 'APPROVED' && grant.status !== 'REJECTED') {
      return null;
    }
    return T[locale].decided(grant, what, who, grant.status === 'APPROVED');
  }, '/'),
};
