import type { Locale } from '@rode-draad/shared';
import type { NotificationKind } from './outbox';
import type { RenderedMail, MailSettings } from './mail.render';

/** The outbox kinds about role grants: no session, everything they say is in the payload. */
export const ROLE_GRANT_KINDS = ['ROLE_GRANT_REQUESTED', 'ROLE_GRANT_DECIDED'] as const;
export type RoleGrantKind = (typeof ROLE_GRANT_KINDS)[number];

export const isRoleGrantKind = (kind: NotificationKind): kind is RoleGrantKind => (ROLE_GRANT_KINDS as readonly string[]).includes(kind);

export interface RoleGrantMailContext {
  kind: RoleGrantKind;
  payload: Record<string, unknown>;
  recipient: { name: string; locale: Locale };
}

/** Role names as the mail reads them (labels only; who may do what lives in access/permissions.ts). */
const ROLE_LABELS: Record<Locale, Record<string, string>> = {
  nl: { RIEC_ANALYST: 'RIEC-analist', MUNICIPAL_COORDINATOR: 'gemeentelijk coördinator' },
  en: { RIEC_ANALYST: 'RIEC analyst', MUNICIPAL_COORDINATOR: 'municipal coordinator' },
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The e-mail about a role grant request or decision, in the recipient's language. */
export function renderRoleGrantMail(ctx: RoleGrantMailContext, settings: MailSettings): RenderedMail {
  const nl = ctx.recipient.locale === 'nl';
  const p = ctx.payload;
  const roleLabel = ROLE_LABELS[ctx.recipient.locale][text(p.role)] ?? text(p.role);
  const municipality = text(p.municipalityName);
  const what = municipality ? (nl ? `${roleLabel} van ${municipality}` : `${roleLabel} of ${municipality}`) : roleLabel;
  const who = `${text(p.userName)} (${text(p.userEmail)})`;
  const note = text(p.note);
  let subject: string;
  let lines: string[];
  let link: string;
  if (ctx.kind === 'ROLE_GRANT_REQUESTED') {
    subject = nl ? `Rolaanvraag: ${text(p.userName)} als ${what}` : `Role request: ${text(p.userName)} as ${what}`;
    lines = nl
      ? [`Een beheerder vraagt de rol ${what} aan voor ${who}.`, 'De rol gaat pas in als een andere RIEC-analist van de regio de aanvraag goedkeurt.']
      : [`An administrator requests the role ${what} for ${who}.`, 'The role takes effect only when another RIEC analyst of the region approves the request.'];
    link = `${settings.publicUrl}/role-requests`;
  } else {
    const approved = p.status === 'APPROVED';
    subject = nl
      ? `Rolaanvraag ${approved ? 'goedgekeurd' : 'afgewezen'}: ${text(p.userName)} als ${what}`
      : `Role request ${approved ? 'approved' : 'rejected'}: ${text(p.userName)} as ${what}`;
    lines = nl
      ? [
          `De aanvraag van de rol ${what} voor ${who} is ${approved ? 'goedgekeurd. De rol geldt bij de volgende keer inloggen.' : 'afgewezen.'}`,
          ...(note ? [`Toelichting: ${note}`] : []),
        ]
      : [
          `The request for the role ${what} for ${who} was ${approved ? 'approved. The role applies from the next login.' : 'rejected.'}`,
          ...(note ? [`Note: ${note}`] : []),
        ];
    link = `${settings.publicUrl}/`;
  }
  const greeting = nl ? `Beste ${ctx.recipient.name},` : `Dear ${ctx.recipient.name},`;
  const linkLabel = nl ? 'Open Rode Draad' : 'Open Rode Draad';
  const footer = nl
    ? 'Dit bericht is automatisch verstuurd door Rode Draad, het leerprogramma Weerbaar Twente.'
    : 'This message was sent automatically by Rode Draad, the Weerbaar Twente learning programme.';
  return {
    subject,
    text: [greeting, '', ...lines, '', `${linkLabel}: ${link}`, '', '-- ', footer, ''].join('\n'),
    html: [
      `<!doctype html><html lang="${ctx.recipient.locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
      '<body style="font-family: sans-serif; line-height: 1.5">',
      `<p>${escapeHtml(greeting)}</p>`,
      ...lines.map((l) => `<p>${escapeHtml(l)}</p>`),
      `<p><a href="${escapeHtml(link)}">${escapeHtml(linkLabel)}</a></p>`,
      `<p style="color: #555; font-size: 0.9em">${escapeHtml(footer)}</p>`,
      '</body></html>',
    ].join('\n'),
  };
}
