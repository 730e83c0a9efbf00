import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivity, createSession, createVenue } from '../../test/programme-factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { Recipient } from './mail.render';
import { MESSAGE_KINDS, NOTIFICATION_KINDS, renderMessages } from './message-kinds';
import { SESSION_MESSAGE_KINDS, type SessionMessagePayloads } from './session-messages';

/** The session kinds; the role grant kinds are tested with their feature (role-grant.test.ts). */
type SessionKind = keyof SessionMessagePayloads;

let app: TestApp;
let sessionId: string;
const settings = { publicUrl: 'https://rodedraad.test', from: 'Rode Draad <noreply@rodedraad.test>' };
const nl: Recipient = { userId: null, name: 'Anne Jansen', email: 'anne@almelo.example', locale: 'nl' };
const en: Recipient = { ...nl, locale: 'en' };
const registrationId = '00000000-0000-4000-8000-000000000001';
const staffId = '00000000-0000-4000-8000-000000000002';

beforeAll(async () => {
  app = await startTestApp();
  sessionId = await createSession(app, {
    activityId: await createActivity(app, { title: 'Masterclass Bibob' }),
    startsAt: new Date('2030-07-01T07:30:00Z'),
    endsAt: new Date('2030-07-01T10:00:00Z'),
    venueId: await createVenue(app, { name: 'Stadhuis Almelo', room: 'Raadzaal' }),
  });
});
afterAll(() => app.close());

const place = (startsAt: string, endsAt: string) => ({ startsAt, endsAt, venueId: null, onlineUrl: null });

/** One payload of every kind, as the code that enqueues it writes it. */
const payloads = (): { [K in SessionKind]: SessionMessagePayloads[K] } => ({
  REGISTERED: { sessionId, registrationId },
  WAITLISTED: { sessionId, registrationId, waitlistPosition: 3 },
  PROMOTED: { sessionId, registrationId },
  CANCELLED_BY_STAFF: { sessionId, registrationId, cause: 'SESSION_CANCELLED', cancelledBy: staffId },
  SESSION_CHANGED: {
    sessionId,
    registrationId,
    previous: place('2030-06-30T07:30:00Z', '2030-06-30T10:00:00Z'),
    current: place('2030-07-01T07:30:00Z', '2030-07-01T10:00:00Z'),
  },
  REMINDER: { sessionId, registrationId },
});

/** A payload as the outbox stores it: parsed JSON, checked by each kind's parser. */
const stored = (payload: object) => payload as Record<string, unknown>;

async function render(kind: string, payload: object, recipient = nl) {
  const [mail] = await renderMessages(app.app, [{ kind, payload: stored(payload), recipient }], settings);
  return mail;
}

const EXPECTED: Record<
  SessionKind,
  { nl: string; en: string; line: string; calendar: 'REQUEST' | 'CANCEL' | undefined }
> = {
  REGISTERED: {
    nl: 'Ingeschreven: Masterclass Bibob',
    en: 'Registration confirmed: Masterclass Bibob',
    line: 'Je bent ingeschreven voor Masterclass Bibob.',
    calendar: 'REQUEST',
  },
  WAITLISTED: {
    nl: 'Op de wachtlijst: Masterclass Bibob',
    en: 'On the waitlist: Masterclass Bibob',
    line: 'Je staat op de wachtlijst (plaats 3).',
    calendar: undefined,
  },
  PROMOTED: {
    nl: 'Er is een plaats vrij: je bent ingeschreven voor Masterclass Bibob',
    en: 'A seat opened up: you are registered for Masterclass Bibob',
    line: 'Je bent nu ingeschreven voor Masterclass Bibob.',
    calendar: 'REQUEST',
  },
  CANCELLED_BY_STAFF: {
    nl: 'Geannuleerd: Masterclass Bibob',
    en: 'Cancelled: Masterclass Bibob',
    line: 'Masterclass Bibob gaat niet door',
    calendar: 'CANCEL',
  },
  SESSION_CHANGED: {
    nl: 'Gewijzigd: Masterclass Bibob',
    en: 'Changed: Masterclass Bibob',
    line: 'Eerder: zondag 30 juni 2030, 09:30–12:00',
    calendar: 'REQUEST',
  },
  REMINDER: {
    nl: 'Herinnering: Masterclass Bibob op maandag 1 juli 2030',
    en: 'Reminder: Masterclass Bibob on Monday, 1 July 2030',
    line: 'Een herinnering: je bent ingeschreven voor Masterclass Bibob.',
    calendar: undefined,
  },
};

/** Formal Dutch ("u", "uw"): the app speaks informally, with "je" and "jouw". */
const formalDutch = (text: string) => text.match(/(?<![\p{L}.])(u|uw|U|Uw)(?=[\s,.!?:;)])/gu) ?? [];
/** Common Dutch words that no English sentence contains. */
const dutchWords = (text: string) => text.match(/\b(je|jouw|het|een|bent|voor|wachtlijst|bijeenkomst|Beste)\b/g) ?? [];

describe('message kinds', () => {
  it('registers every kind with a confidentiality class: session, staff-message and peer-group kinds PERSONAL (enrolment), follow-up reminders CONFIDENTIAL, the rest OPERATIONAL', () => {
    expect(NOTIFICATION_KINDS).toEqual([
      'REGISTERED',
      'WAITLISTED',
      'PROMOTED',
      'CANCELLED_BY_STAFF',
      'SESSION_CHANGED',
      'REMINDER',
      'ROLE_GRANT_REQUESTED',
      'ROLE_GRANT_DECIDED',
      'PEER_GROUP_PUBLISHED',
      'PEER_MEETING_REMINDER',
      'PEER_GROUP_NUDGE',
      'FOLLOW_UP_DUE_SOON',
      'FOLLOW_UP_OVERDUE_DIGEST',
      'OWNER_INVITATION',
      'ACCOUNT_INVITATION',
      'PASSWORD_RESET',
      'STAFF_SESSION_MESSAGE',
    ]);
    for (const kind of NOTIFICATION_KINDS) {
      expect(MESSAGE_KINDS[kind].confidentiality, kind).toBe(
        Object.hasOwn(SESSION_MESSAGE_KINDS, kind) || kind.startsWith('PEER_') || kind === 'STAFF_SESSION_MESSAGE'
          ? 'PERSONAL'
          : kind.startsWith('FOLLOW_UP_')
            ? 'CONFIDENTIAL'
            : 'OPERATIONAL',
      );
    }
  });

  for (const kind of Object.keys(EXPECTED) as SessionKind[]) {
    it(`${kind}: renders subject, text, HTML and attachment in Dutch and English`, async () => {
      const expected = EXPECTED[kind];
      const mail = await render(kind, payloads()[kind]);
      expect(mail?.subject).toBe(expected.nl);
      expect(mail!.text).toContain('Beste Anne Jansen,');
      expect(mail!.text).toContain(expected.line);
      expect(mail!.text).toContain('Wanneer: maandag 1 juli 2030, 09:30–12:00 (Nederlandse tijd)');
      expect(mail!.text).toContain('Waar: Stadhuis Almelo, Raadzaal');
      expect(mail!.text).toContain(`https://rodedraad.test/sessions/${sessionId}`);
      expect(mail!.html).toContain('<p>Beste Anne Jansen,</p>');
      expect(mail!.appPath).toBe(`/sessions/${sessionId}`);
      expect(mail!.calendar?.method).toBe(expected.calendar);
      if (expected.calendar) {
        expect(mail!.calendar!.content).toContain(`UID:session-${sessionId}@rodedraad`);
        expect(mail!.calendar!.content.replace(/\r\n[ \t]/g, '')).toContain('mailto:anne@almelo.example');
      }

      expect(formalDutch(mail!.subject + mail!.text), 'the app says "je", so the mail does too').toEqual([]);

      const english = await render(kind, payloads()[kind], en);
      expect(english?.subject).toBe(expected.en);
      expect(dutchWords(english!.subject + english!.text), 'an English recipient reads English').toEqual([]);
      expect(english!.text).toContain('Dear Anne Jansen,');
      expect(english!.text).toContain('When: Monday, 1 July 2030, 09:30–12:00 (Amsterdam time)');
    });
  }

  it('speaks informal Dutch in every kind’s texts, the ones rendered from other features’ data too', () => {
    // The session kinds are rendered above; this guards the words of every renderer in this folder.
    const formal =
      /\b(u|uw)\s+(bent|staat|kunt|heeft|hebt|krijgt|ontvangt|wordt|wilt|aanmelding|inschrijving|gegevens|account|wachtwoord|rol|gemeente|plaats|plek|aanbeveling|groep)\b|\b(bent|kunt|heeft|krijgt|ontvangt|wilt|hebt|vindt|ziet) u\b/gi;
    const folder = new URL('.', import.meta.url);
    const renderers = readdirSync(folder).filter((f) => /(-messages|mail\.render)\.ts$/.test(f));
    expect(renderers.length).toBeGreaterThanOrEqual(7);
    for (const file of renderers) {
      expect(readFileSync(new URL(file, folder), 'utf8').match(formal) ?? [], file).toEqual([]);
    }
  });

  it('tells a cancelled registration apart from a cancelled session', async () => {
    const mail = await render('CANCELLED_BY_STAFF', {
      ...payloads().CANCELLED_BY_STAFF,
      cause: 'REGISTRATION_CANCELLED',
    });
    expect(mail?.subject).toBe('Inschrijving geannuleerd: Masterclass Bibob');
    expect(mail?.text).toContain('Je inschrijving voor Masterclass Bibob is geannuleerd');
    expect(mail?.calendar?.method).toBe('CANCEL');
  });

  it('escapes HTML from the data it renders', async () => {
    const risky = await createSession(app, {
      activityId: await createActivity(app, { title: 'Bibob <script>alert(1)</script>' }),
    });
    const mail = await render('REGISTERED', { sessionId: risky, registrationId });
    expect(mail!.html).not.toContain('<script>');
    expect(mail!.html).toContain('&lt;script&gt;');
  });

  it('renders nothing for an unknown kind, a payload that is not the kind’s, or a session that does not exist', async () => {
    expect(await render('SOMETHING_NEW', payloads().REGISTERED)).toBeNull();
    expect(await render('REGISTERED', { registrationId })).toBeNull();
    expect(await render('REGISTERED', { sessionId: 'not-a-uuid', registrationId })).toBeNull();
    expect(await render('WAITLISTED', { sessionId, registrationId })).toBeNull();
    expect(
      await render('REGISTERED', { sessionId: '00000000-0000-4000-8000-00000000abcd', registrationId }),
    ).toBeNull();
  });

  it('renders a mixed batch with one query per kind, each result in its place', async () => {
    let queries = 0;
    const counting = { query: (sql: string, params?: unknown[]) => ((queries += 1), app.app.query(sql, params)) };
    const mails = await renderMessages(
      counting,
      [
        { kind: 'REGISTERED', payload: stored(payloads().REGISTERED), recipient: nl },
        { kind: 'REMINDER', payload: stored(payloads().REMINDER), recipient: en },
        { kind: 'REGISTERED', payload: { bogus: true }, recipient: nl },
        { kind: 'REGISTERED', payload: stored(payloads().REGISTERED), recipient: en },
      ],
      settings,
    );
    expect(mails.map((m) => m?.subject ?? null)).toEqual([
      'Ingeschreven: Masterclass Bibob',
      'Reminder: Masterclass Bibob on Monday, 1 July 2030',
      null,
      'Registration confirmed: Masterclass Bibob',
    ]);
    expect(queries).toBe(2);
  });
});
